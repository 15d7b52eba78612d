package org.newsgraph.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Builds temporal values safely and places year-less dates near the anchor. In: calendar fields
 * as read from text; out: a {@link TemporalValue}, or null when the fields are not a real date or
 * the year is outside 1000..9999.
 */
final class Values {

    private Values() {
    }

    /** The day, or null when it does not exist. */
    static TemporalValue day(int year, int month, int day) {
        if (!yearOk(year) || month < 1 || month > 12 || day < 1 || day > 31) {
            return null;
        }
        try {
            return TemporalValue.day(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The day, or null when it is out of range. */
    static TemporalValue day(LocalDate date) {
        return yearOk(date.getYear()) ? TemporalValue.day(date) : null;
    }

    static TemporalValue month(int year, int month) {
        return yearOk(year) && month >= 1 && month <= 12 ? TemporalValue.month(year, month) : null;
    }

    static TemporalValue year(int year) {
        return yearOk(year) ? TemporalValue.year(year) : null;
    }

    static TemporalValue season(int year, int season) {
        return yearOk(year) && season >= 1 && season <= 4
                ? TemporalValue.season(year, season) : null;
    }

    static TemporalValue quarter(int year, int quarter) {
        return yearOk(year) && quarter >= 1 && quarter <= 4
                ? TemporalValue.quarter(year, quarter) : null;
    }

    /** The value with a qualifier, or null when the value is null. */
    static TemporalValue qualified(TemporalValue value, String qualifier) {
        return value == null || qualifier == null ? value : value.withQualifier(qualifier);
    }

    /**
     * A year-less month and day placed in the year (anchor's, the one before or after) that puts
     * it closest to the anchor; ties go to the past.
     */
    static TemporalValue nearestDay(LocalDate anchor, int month, int day) {
        TemporalValue best = null;
        long bestDistance = Long.MAX_VALUE;
        for (int year = anchor.getYear() - 1; year <= anchor.getYear() + 1; year++) {
            TemporalValue candidate = day(year, month, day);
            if (candidate != null) {
                long distance = Math.abs(candidate.toLocalDate().toEpochDay()
                        - anchor.toEpochDay());
                if (distance < bestDistance) {
                    best = candidate;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    /** A year-less month placed in the year that puts it closest to the anchor's month. */
    static TemporalValue nearestMonth(LocalDate anchor, int month) {
        int diff = month - anchor.getMonthValue();
        int year = anchor.getYear();
        if (diff >= 6) {
            year--;
        } else if (diff < -6) {
            year++;
        }
        return month(year, month);
    }

    /** The qualifier word normalised: early, mid or late; null for anything else. */
    static String qualifier(String word) {
        if (word == null) {
            return null;
        }
        String w = word.toLowerCase(Locale.ROOT);
        if (w.startsWith("early") || w.startsWith("start") || w.startsWith("beginning")) {
            return "early";
        }
        if (w.startsWith("mid") || w.startsWith("middle")) {
            return "mid";
        }
        return w.startsWith("late") || w.startsWith("end") ? "late" : null;
    }

    private static boolean yearOk(int year) {
        return year >= 1000 && year <= 9999;
    }
}
