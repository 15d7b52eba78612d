package org.newsgraph.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodsTest {

    @ParameterizedTest
    @CsvSource({
        "2026-04-10, 2026-04-10, 2026-04-10",
        "2026-04, 2026-04-01, 2026-04-30",
        "2024-22, 2024-06-01, 2024-08-31",
        "2025-23, 2025-09-01, 2025-11-30",
        "2025-24, 2025-12-01, 2026-02-28",
        "2027-33, 2027-01-01, 2027-03-31",
        "2026-36, 2026-10-01, 2026-12-31",
        "2025, 2025-01-01, 2025-12-31"})
    void edtfValuesCoverTheirWholePeriod(String edtf, LocalDate first, LocalDate last) {
        LocalDate[] p = Periods.of(edtf).orElseThrow();
        assertEquals(first, p[0]);
        assertEquals(last, p[1]);
    }

    @ParameterizedTest
    @CsvSource({"2026-13", "2026-30", "soon", "2026-02-30"})
    void malformedValuesGiveNoPeriod(String edtf) {
        assertTrue(Periods.of(edtf).isEmpty());
    }
}
