package org.newsgraph.time;

import java.time.LocalDate;

/**
 * A calendar value at a given precision.
 *
 * <ul>
 *   <li>DAY: year, month, day set; lexical {@code 2026-04-10}, XSD {@code xsd:date}</li>
 *   <li>MONTH: year, month; {@code 2026-04}, {@code xsd:gYearMonth}</li>
 *   <li>SEASON: year and part = 1 spring, 2 summer, 3 autumn, 4 winter; lexical in EDTF
 *       ({@code 2024-22} for summer 2024), XSD fallback {@code xsd:gYear}</li>
 *   <li>QUARTER: year and part = 1..4; EDTF {@code 2027-33} for Q1 2027, XSD fallback gYear</li>
 *   <li>YEAR: year; {@code 2025}, {@code xsd:gYear}</li>
 * </ul>
 * Month and day are 0 when not part of the precision; part is 0 unless SEASON or QUARTER.
 * A qualifier ("early", "mid", "late") may refine MONTH or YEAR values; it is kept as text.
 */
public record TemporalValue(int year, int month, int day, int part, Precision precision,
                            String qualifier) {

    public TemporalValue {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (precision == null) {
            throw new IllegalArgumentException("precision is required");
        }
        switch (precision) {
            case DAY -> LocalDate.of(year, month, day);
            case MONTH -> require(month >= 1 && month <= 12 && day == 0 && part == 0);
            case SEASON, QUARTER -> require(part >= 1 && part <= 4 && month == 0 && day == 0);
            case YEAR -> require(month == 0 && day == 0 && part == 0);
            default -> throw new IllegalStateException();
        }
        qualifier = qualifier == null || qualifier.isBlank() ? null : qualifier;
    }

    private static void require(boolean ok) {
        if (!ok) {
            throw new IllegalArgumentException("fields do not fit the precision");
        }
    }

    public static TemporalValue day(LocalDate d) {
        return new TemporalValue(d.getYear(), d.getMonthValue(), d.getDayOfMonth(), 0,
                Precision.DAY, null);
    }

    public static TemporalValue month(int year, int month) {
        return new TemporalValue(year, month, 0, 0, Precision.MONTH, null);
    }

    public static TemporalValue year(int year) {
        return new TemporalValue(year, 0, 0, 0, Precision.YEAR, null);
    }

    public static TemporalValue season(int year, int season) {
        return new TemporalValue(year, 0, 0, season, Precision.SEASON, null);
    }

    public static TemporalValue quarter(int year, int quarter) {
        return new TemporalValue(year, 0, 0, quarter, Precision.QUARTER, null);
    }

    /** The same value with a qualifier such as "early", "mid" or "late". */
    public TemporalValue withQualifier(String q) {
        return new TemporalValue(year, month, day, part, precision, q);
    }

    /** The XSD lexical form of the value's XSD type: {@code 2026-04-10}, {@code 2026-04} or {@code 2024}. */
    public String xsdLexical() {
        return switch (precision) {
            case DAY -> String.format("%04d-%02d-%02d", year, month, day);
            case MONTH -> String.format("%04d-%02d", year, month);
            default -> String.format("%04d", year);
        };
    }

    /** The local name of the XSD datatype: date, gYearMonth or gYear. */
    public String xsdType() {
        return switch (precision) {
            case DAY -> "date";
            case MONTH -> "gYearMonth";
            default -> "gYear";
        };
    }

    /** Extended Date/Time Format (ISO 8601-2) form, exact at every precision. */
    public String edtf() {
        return switch (precision) {
            case SEASON -> String.format("%04d-%02d", year, 20 + part);
            case QUARTER -> String.format("%04d-%02d", year, 32 + part);
            default -> xsdLexical();
        };
    }

    /** The day as a LocalDate when the precision is DAY. */
    public LocalDate toLocalDate() {
        if (precision != Precision.DAY) {
            throw new IllegalStateException("not a day: " + edtf());
        }
        return LocalDate.of(year, month, day);
    }
}
