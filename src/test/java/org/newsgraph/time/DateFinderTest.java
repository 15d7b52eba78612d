package org.newsgraph.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateFinderTest {

    private static final LocalDate ANCHOR = LocalDate.of(2026, 4, 10);
    private final DateFinder finder = new DateFinder();

    /** Each row: text | expected surface | EDTF | precision | qualifier (anchor 2026-04-10, a Friday). */
    @ParameterizedTest(name = "{0} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            It happened on April 10, 2026.            | April 10, 2026            | 2026-04-10 | DAY     | -
            It ended on Friday, April 10, 2026, and   | Friday, April 10, 2026    | 2026-04-10 | DAY     | -
            Published 21 June 2026                    | 21 June 2026              | 2026-06-21 | DAY     | -
            released on Sunday 21 June 2026 (UTC)     | Sunday 21 June 2026       | 2026-06-21 | DAY     | -
            dated 2026-04-10 in the file              | 2026-04-10                | 2026-04-10 | DAY     | -
            at 2026-04-10T08:00:00Z                   | 2026-04-10                | 2026-04-10 | DAY     | -
            on Oct. 29, 2025 the board                | Oct. 29, 2025             | 2025-10-29 | DAY     | -
            due Sept 3 at noon                        | Sept 3                    | 2026-09-03 | DAY     | -
            an API scheduled to open on April 30.     | April 30                  | 2026-04-30 | DAY     | -
            a filing dated Oct. 29 showed             | Oct. 29                   | 2025-10-29 | DAY     | -
            Alibaba's April 8 announcement            | April 8                   | 2026-04-08 | DAY     | -
            the 3rd of May deadline                   | 3rd of May                | 2026-05-03 | DAY     | -
            on December 28 the team                   | December 28               | 2025-12-28 | DAY     | -
            on 2026/4/9 it shipped                    | 2026/4/9                  | 2026-04-09 | DAY     | -
            凤凰科技 2026年4月10日                     | 2026年4月10日              | 2026-04-10 | DAY     | -
            every day in January 2026, with           | January 2026              | 2026-01    | MONTH   | -
            became public in April 2026.              | April 2026                | 2026-04    | MONTH   | -
            Tencent launched ClawBot in March, adding | March                     | 2026-03    | MONTH   | -
            it became public in early April.          | early April               | 2026-04    | MONTH   | early
            told Fortune in mid-March that            | mid-March                 | 2026-03    | MONTH   | mid
            expected in late June or                  | late June                 | 2026-06    | MONTH   | late
            by the end of June 2025 it                | end of June 2025          | 2025-06    | MONTH   | late
            shipping since last March                 | last March                | 2026-03    | MONTH   | -
            in early 2026 being discounted            | early 2026                | 2026       | YEAR    | early
            by mid-2025 the lab                       | mid-2025                  | 2025       | YEAR    | mid
            Vertex AI since late 2025.                | late 2025                 | 2025       | YEAR    | late
            launched Happy Horse on Friday. By        | Friday                    | 2026-04-10 | DAY     | -
            Friday's gain, layered on                 | Friday                    | 2026-04-10 | DAY     | -
            results came on Tuesday and               | Tuesday                   | 2026-04-07 | DAY     | -
            a launch next Friday                      | next Friday               | 2026-04-17 | DAY     | -
            the demo last Friday                      | last Friday               | 2026-04-03 | DAY     | -
            as reported today by                      | today                     | 2026-04-10 | DAY     | -
            shares fell yesterday                     | yesterday                 | 2026-04-09 | DAY     | -
            the call tomorrow                         | tomorrow                  | 2026-04-11 | DAY     | -
            prices rose last month                    | last month                | 2026-03    | MONTH   | -
            opens next month                          | next month                | 2026-05    | MONTH   | -
            busy this month                           | this month                | 2026-04    | MONTH   | -
            lock up last year.                        | last year                 | 2025       | YEAR    | -
            ships next year                           | next year                 | 2027       | YEAR    | -
            earlier this year it                      | this year                 | 2026       | YEAR    | -
            shipped Kling in the summer of 2024 and   | the summer of 2024        | 2024-22    | SEASON  | -
            the summer 2024 release                   | the summer 2024           | 2024-22    | SEASON  | -
            where Sora 2 shipped last autumn and      | last autumn               | 2025-23    | SEASON  | -
            shipped last fall                         | last fall                 | 2025-23    | SEASON  | -
            coming this summer                        | this summer               | 2026-22    | SEASON  | -
            on track for a mid summer release         | mid summer                | 2026-22    | SEASON  | mid
            a midsummer release                       | midsummer                 | 2026-22    | SEASON  | mid
            in Fall 2025 the lab                      | Fall 2025                 | 2025-23    | SEASON  | -
            due next winter                           | next winter               | 2026-24    | SEASON  | -
            in the first quarter of 2027.             | the first quarter of 2027 | 2027-33    | QUARTER | -
            expected in Q1 2027 or                    | Q1 2027                   | 2027-33    | QUARTER | -
            Q3 results                                | Q3                        | 2026-35    | QUARTER | -
            during the fourth quarter, sales          | the fourth quarter        | 2026-36    | QUARTER | -
            revenue last quarter rose                 | last quarter              | 2026-33    | QUARTER | -
            the next quarter's enterprise sales       | next quarter              | 2026-35    | QUARTER | -
            fourth-quarter 2025 earnings              | fourth-quarter 2025       | 2025-36    | QUARTER | -
            has spent most of 2025 and                | 2025                      | 2025       | YEAR    | -
            built since 2023 in                       | 2023                      | 2023       | YEAR    | -
            spare power capacity by 2030, roughly     | 2030                      | 2030       | YEAR    | -
            The 2023 generative AI rules from         | 2023                      | 2023       | YEAR    | -
            (2019) was the first                      | 2019                      | 2019       | YEAR    | -
            three days before April 10, 2026 it       | three days before April 10, 2026 | 2026-04-07 | DAY | -
            two weeks after Friday the app            | two weeks after Friday    | 2026-04-24 | DAY     | -
            three months after January 2026 it        | three months after January 2026 | 2026-04 | MONTH | -
            a year after the summer of 2024           | a year after the summer of 2024 | 2025-22 | SEASON | -
            had looked, six months ago, like          | six months ago            | 2025-10    | MONTH   | -
            not the case 10 days ago                  | 10 days ago               | 2026-03-31 | DAY     | -
            a year from now                           | a year from now           | 2027       | YEAR    | -
            """)
    void normalises(String text, String surface, String edtf, Precision precision, String qualifier) {
        List<DateMention> found = finder.find(text, ANCHOR);
        assertEquals(1, found.size(), () -> "mentions in '" + text + "': " + found);
        DateMention m = found.get(0);
        assertEquals(surface, m.surface());
        assertEquals(text.indexOf(surface), m.begin());
        assertEquals(edtf, m.value().edtf());
        assertEquals(precision, m.value().precision());
        assertEquals(qualifier, m.value().qualifier());
    }

    @ParameterizedTest(name = "nothing in: {0}")
    @ValueSource(strings = {
        "On , Alibaba broke cover on a secret.",
        "In early , Alibaba had shifted on , and then",
        "when Alibaba claimed it on a Friday.",
        "Black Friday sales and every Monday",
        "1080p output, 2,000 users, Fortune 1000, $2026 raised",
        "a 2026 percent jump and 2026% more, 400 gigawatts, 2000 gigawatts",
        "Forbes 2000 list, No. 2025 spot, top 2000 apps, the 2020s",
        "version 2.2026 and 3.2025.1 builds",
        "the stress test over the next few weeks, the last three years",
        "last week, over the last year and the next month",
        "two weeks after the launch",
        "an early fall in prices, spring water, the fall of the wall",
        "May I ask? March forward. April showers.",
        "the same quarter, one quarter away, into a quarter",
        "",
    })
    void findsNothing(String text) {
        assertEquals(List.of(), finder.find(text, ANCHOR));
    }

    @Test
    void weeksGiveTheirMonthOnlyWhenTheyLieInOne() {
        List<DateMention> found = finder.find("this week and last week, but not the week", ANCHOR);
        assertEquals(List.of("this week"), found.stream().map(DateMention::surface).toList());
        assertEquals("2026-04", found.get(0).value().edtf());
    }

    @Test
    void monthAlternativesGiveTheYear() {
        List<DateMention> found = finder.find("available in January or February 2027, or June–July 2027", ANCHOR);
        assertEquals(List.of("January or February 2027", "June–July 2027"),
                found.stream().map(DateMention::surface).toList());
        assertEquals("2027", found.get(0).value().edtf());
        assertEquals(Precision.YEAR, found.get(1).value().precision());
    }

    @Test
    void withoutAnchorKeepsOnlyExplicitYears() {
        String text = "On Friday, April 10 (not April 10, 2026) and last year, in early 2026 and Q3.";
        List<String> surfaces = finder.find(text, null).stream().map(DateMention::surface).toList();
        assertEquals(List.of("April 10, 2026", "early 2026"), surfaces);
    }

    @Test
    void searchesOnlyTheRangeAndReportsDocumentOffsets() {
        String text = "In 2024 it began. On April 10, 2026 it ended. Since 2025 nothing.";
        int from = text.indexOf("On April");
        int to = text.indexOf("Since");
        List<DateMention> found = finder.find(text, from, to, ANCHOR);
        assertEquals(1, found.size());
        assertEquals(text.indexOf("April 10"), found.get(0).begin());
        assertEquals("April 10, 2026", text.substring(found.get(0).begin(), found.get(0).end()));
    }

    @Test
    void aRangeCuttingADateFindsOnlyWhatLiesInside() {
        String text = "It shipped on April 10, 2026.";
        int to = text.indexOf(", 2026");
        List<DateMention> found = finder.find(text, 0, to, ANCHOR);
        assertEquals(List.of("April 10"), found.stream().map(DateMention::surface).toList());
    }

    @Test
    void keepsTheLongestOfOverlappingExpressionsInTextOrder() {
        String text = "From Friday, April 10, 2026 to late 2026 and in 2027.";
        List<String> surfaces = finder.find(text, ANCHOR).stream().map(DateMention::surface).toList();
        assertEquals(List.of("Friday, April 10, 2026", "late 2026", "2027"), surfaces);
    }

    @Test
    void yearlessDatesTakeTheYearNearestTheAnchor() {
        LocalDate january = LocalDate.of(2026, 1, 5);
        assertEquals("2025-12-28", finder.find("on December 28 it", january).get(0).value().edtf());
        assertEquals("2025-12", finder.find("in December it", january).get(0).value().edtf());
        assertEquals("2026-02", finder.find("in February it", january).get(0).value().edtf());
    }

    @Test
    void seasonsCrossTheYearInWinter() {
        LocalDate january = LocalDate.of(2026, 1, 15);
        assertEquals("2025-24", finder.find("this winter", january).get(0).value().edtf());
        assertEquals("2025-23", finder.find("last autumn", january).get(0).value().edtf());
        assertEquals("2026-21", finder.find("this spring", january).get(0).value().edtf());
        assertEquals("2024-24", finder.find("last winter", january).get(0).value().edtf());
    }

    @Test
    void impossibleDatesAreSkipped() {
        assertEquals(List.of(), finder.find("on February 30, 2026 and 2026-13-40", ANCHOR));
        assertEquals("2028-02-29", finder.find("on February 29, 2028", ANCHOR).get(0).value().edtf());
    }

    @Test
    void rejectsARangeOutsideTheText() {
        assertThrows(IllegalArgumentException.class, () -> finder.find("abc", 2, 1, ANCHOR));
        assertThrows(IllegalArgumentException.class, () -> finder.find("abc", 0, 4, ANCHOR));
        assertTrue(finder.find("abc", 3, 3, ANCHOR).isEmpty());
    }
}
