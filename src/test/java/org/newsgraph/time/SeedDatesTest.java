package org.newsgraph.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.DocumentMetadata;

class SeedDatesTest {

    private static final Path SEEDS = Path.of("seeds");
    private final DateFinder finder = new DateFinder();

    @ParameterizedTest(name = "{0}: {1} by {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            000_e726401e0f66c96d | 2026-04-10 | TEXT     | Friday, April 10, 2026
            001_b222ce6870361219 | 2026-04-10 | TEXT     | April 10, 2026
            002_2c3ab297c30c0755 | -          | UNKNOWN  | -
            003_943532976aea0a9d | 2026-06-22 | TEXT     | 22 June 2026
            004_13bdbbd430e7b177 | 2026-04-10 | DATELINE | 2026-04-10
            """)
    void publicationDates(String id, String date, PublicationDate.Basis basis, String evidence)
            throws IOException {
        String text = read(id);
        PublicationDate found = new PublicationDateFinder().find(document(id, text));
        assertEquals(basis, found.basis());
        assertEquals(date == null ? null : LocalDate.parse(date), found.date());
        if (evidence == null) {
            assertEquals(-1, found.evidenceBegin());
        } else {
            assertEquals(evidence, text.substring(found.evidenceBegin(), found.evidenceEnd()));
        }
    }

    @Test
    void seed000NormalisesAgainstItsPublicationDate() throws IOException {
        String text = read("000_e726401e0f66c96d");
        List<DateMention> found = finder.find(text, LocalDate.of(2026, 4, 10));
        assertEquals(TemporalValue.day(LocalDate.of(2026, 4, 10)), at(found, text, "on Friday", 3).value());
        TemporalValue summer = at(found, text, "the summer of 2024", 0).value();
        assertEquals(TemporalValue.season(2024, 2), summer);
        assertEquals("2024-22", summer.edtf());
        assertEquals(TemporalValue.season(2025, 3), at(found, text, "last autumn", 0).value());
        assertEquals(TemporalValue.year(2025).withQualifier("late"),
                at(found, text, "late 2025", 0).value());
        assertEquals(TemporalValue.year(2026).withQualifier("early"),
                at(found, text, "early 2026", 0).value());
        assertEquals(TemporalValue.year(2023), at(found, text, "2023 generative", 0).value());
    }

    @Test
    void seed004AprilThirtyIsInThePublicationYear() throws IOException {
        String text = read("004_13bdbbd430e7b177");
        List<DateMention> found = finder.find(text, LocalDate.of(2026, 4, 10));
        assertEquals(TemporalValue.day(LocalDate.of(2026, 4, 30)), at(found, text, "April 30", 0).value());
    }

    @Test
    void seed003ReadsTheWeekdayDate() throws IOException {
        String text = read("003_943532976aea0a9d");
        List<DateMention> found = finder.find(text, LocalDate.of(2026, 6, 22));
        DateMention sunday = at(found, text, "Sunday 21 June 2026", 0);
        assertEquals("Sunday 21 June 2026", sunday.surface());
        assertEquals(TemporalValue.day(LocalDate.of(2026, 6, 21)), sunday.value());
        assertEquals(TemporalValue.year(2025), at(found, text, "last year", 0).value());
    }

    @Test
    void seed001BlankedDatesYieldNothing() throws IOException {
        String text = read("001_b222ce6870361219");
        LocalDate anchor = LocalDate.of(2026, 4, 10);
        int end = text.indexOf('\n');
        assertTrue(text.startsWith("On , Alibaba"));
        assertEquals(List.of(), finder.find(text, 0, end, anchor));
        int early = text.indexOf("In early , ");
        assertTrue(early > 0);
        assertEquals(List.of(), finder.find(text, early, early + 20, anchor));
        DateMention mid = at(finder.find(text, anchor), text, "mid-March", 0);
        assertEquals(TemporalValue.month(2026, 3).withQualifier("mid"), mid.value());
    }

    @Test
    void seed002HasNoDayDates() throws IOException {
        String text = read("002_2c3ab297c30c0755");
        assertTrue(finder.find(text, null).isEmpty());
    }

    /** The mention that starts at the first occurrence of {@code phrase} plus {@code shift}. */
    private static DateMention at(List<DateMention> found, String text, String phrase, int shift) {
        int begin = text.indexOf(phrase);
        assertTrue(begin >= 0, "seed lacks: " + phrase);
        return found.stream().filter(m -> m.begin() == begin + shift).findFirst()
                .orElseThrow(() -> new AssertionError("no mention at '" + phrase + "': " + found));
    }

    private static String read(String id) throws IOException {
        return Files.readString(SEEDS.resolve(id + ".txt"));
    }

    private static Document document(String id, String text) {
        return new Document(id, "seeds/" + id + ".txt", text, DocumentMetadata.empty());
    }
}
