package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineMatchTest {
    private static boolean match(String gold, String found) {
        return LineMatch.matches(GoldLine.parse(gold), GoldLine.parse(found));
    }

    @Test
    void statedAndReportedAreOneStatusButPlannedIsNot() {
        assertTrue(match("a\tdevelopedBy\tb\tstated", "a\tdevelopedBy\tb\treported"));
        assertFalse(match("a\tavailability\tAPI\tplanned", "a\tavailability\tAPI\tstated"));
        assertFalse(match("a\tavailability\tAPI\tstated", "a\tavailability\tAPI\trumoured"));
        assertTrue(match("a\treleaseDate\t2026-22\trumoured", "a\treleaseDate\t2026-22\trumoured"));
    }

    @Test
    void comparisonsAreSymmetricOtherRelationsAreNot() {
        assertTrue(match("a\tcomparedWith\tb\tstated", "b\tcomparedWith\ta\tstated"));
        assertFalse(match("a\tdevelopedBy\tb\tstated", "b\tdevelopedBy\ta\tstated"));
    }

    @Test
    void measurementsCompareNumberAndUnitHeadWord() {
        assertTrue(match("x\tmeasurement\t100000000#daily active users#users\tstated",
                "x\tmeasurement\t1E+8#users#\tstated"));
        assertFalse(match("x\tmeasurement\t40#Elo#lead\tstated", "x\tmeasurement\t40#percent#\tstated"));
        assertFalse(match("x\tmeasurement\t40#Elo#lead\tstated", "x\tmeasurement\t41#Elo#lead\tstated"));
    }

    @Test
    void aRoleWithoutOrganizationMatchesTheSameTitleAnywhere() {
        assertTrue(match("p\thasRole\tCEO@foo\tstated", "p\thasRole\tceo@\tstated"));
        assertFalse(match("p\thasRole\tCEO@foo\tstated", "p\thasRole\tCEO@bar\tstated"));
        assertFalse(match("p\thasRole\tCEO@foo+former\tstated", "p\thasRole\tCEO@\tstated"));
        assertFalse(match("p\thasRole\tCEO@\tstated", "p\thasRole\tCEO@foo\tstated"));
    }

    @Test
    void scoresCountExtractedAndGoldLinesSeparately() {
        GoldCase c = new GoldCase("x", java.nio.file.Path.of("x.txt"), List.of(
                GoldLine.parse("a\tcomparedWith\tb\tstated"), GoldLine.parse("a\tdevelopedBy\tc\tstated")));
        CaseResult r = Evaluator.score(c, List.of(GoldLine.parse("a\tcomparedWith\tb\tstated"),
                GoldLine.parse("b\tcomparedWith\ta\tstated"), GoldLine.parse("a\tdevelopedBy\td\tstated")));
        Scores all = r.byRelation().values().stream().reduce(Scores.NONE, Scores::plus);
        assertEquals(new Scores(3, 2, 2, 1), all);
        assertEquals(List.of(GoldLine.parse("a\tdevelopedBy\tc\tstated")), r.missed());
    }

    @Test
    void roleTitlesMatchTheirAbbreviations() {
        assertTrue(match("p\thasRole\tchief operating officer@foo\tstated", "p\thasRole\tCOO@foo\tstated"));
        assertTrue(match("p\thasRole\tVice-President@foo\tstated", "p\thasRole\tvice president@foo\tstated"));
        assertFalse(match("p\thasRole\tCTO@foo\tstated", "p\thasRole\tCOO@foo\tstated"));
        assertTrue(match("p\thasRole\tcofounder@foo\tstated", "p\thasRole\tCo-Founder@foo\tstated"));
        assertTrue(match("p\thasRole\tvice-president@foo\tstated", "p\thasRole\tvice president@foo\tstated"));
        assertFalse(match("p\thasRole\tfounder@foo\tstated", "p\thasRole\tco-founder@foo\tstated"));
        assertFalse(match("p\thasRole\tchief executive officer@foo\tstated", "p\thasRole\tCFO@foo\tstated"));
    }

    @Test
    void malformedLinesAreRejectedWithTheReason() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GoldLine.parse("a\tdevelopedBy\tb"));
        assertTrue(e.getMessage().contains("4 or 5 tab-separated fields"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GoldLine.parse("a\tdevelopedBy\tb\tsure"));
    }
}
