package org.newsgraph.reconcile;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The first and last day of an EDTF value: a day ({@code 2026-04-10}), a month ({@code 2026-04}),
 * a season ({@code 2024-22}: 21 spring, 22 summer, 23 autumn, 24 winter, northern meteorological),
 * a quarter ({@code 2027-33} .. {@code -36}) or a year ({@code 2025}).
 */
final class Periods {
    private Periods() { }

    static Optional<LocalDate[]> of(String edtf) {
        try {
            if (edtf.matches("\\d{4}-\\d{2}-\\d{2}")) {
                LocalDate d = LocalDate.parse(edtf);
                return Optional.of(new LocalDate[] {d, d});
            }
            if (edtf.matches("\\d{4}")) {
                int y = Integer.parseInt(edtf);
                return Optional.of(new LocalDate[] {LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)});
            }
            if (edtf.matches("\\d{4}-\\d{2}")) {
                return Optional.of(partOfYear(Integer.parseInt(edtf.substring(0, 4)),
                        Integer.parseInt(edtf.substring(5))));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static LocalDate[] partOfYear(int year, int code) {
        if (code >= 1 && code <= 12) {
            YearMonth m = YearMonth.of(year, code);
            return new LocalDate[] {m.atDay(1), m.atEndOfMonth()};
        }
        if (code >= 21 && code <= 24) {
            YearMonth first = YearMonth.of(year, 3).plusMonths(3L * (code - 21));
            return new LocalDate[] {first.atDay(1), first.plusMonths(2).atEndOfMonth()};
        }
        if (code >= 33 && code <= 36) {
            YearMonth first = YearMonth.of(year, 1).plusMonths(3L * (code - 33));
            return new LocalDate[] {first.atDay(1), first.plusMonths(2).atEndOfMonth()};
        }
        throw new IllegalArgumentException("not an EDTF month, season or quarter: " + code);
    }
}
