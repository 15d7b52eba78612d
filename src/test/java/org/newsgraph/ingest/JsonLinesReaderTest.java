package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.report.Problem;

class JsonLinesReaderTest {

    @TempDir
    Path dir;

    @Test
    void badLineInTheMiddleIsRejectedAndTheOthersAreRead() throws IOException {
        Path file = Files.writeString(dir.resolve("feed.jsonl"), String.join("\n",
                "{\"id\":\"a/1\",\"url\":\"https://e.org/a\",\"title\":\"A\",\"published\":\"2026-04-10\","
                        + "\"text\":\"First\\r\\narticle\"}",
                "{\"id\":\"broken\", \"text\": ",
                "",
                "{\"text\":\"Third article\",\"publisher\":\"Wire\"}") + "\n");

        IngestRun run = IngestRun.of(file);

        assertEquals(List.of("a_1", "feed-4"), run.ids());
        Document first = run.documents().get(0);
        assertEquals("First\narticle", first.text());
        assertEquals(file + "#line1", first.source());
        assertEquals(new DocumentMetadata("A", "https://e.org/a", null, "2026-04-10"), first.metadata());
        assertEquals("Wire", run.documents().get(1).metadata().publisher());
        assertEquals(1, run.problems().size());
        Problem bad = run.problems().get(0);
        assertEquals(file + "#line2", bad.source());
        assertEquals(Problem.Severity.REJECTED, bad.severity());
        assertTrue(bad.reason().startsWith("invalid JSON"), bad.reason());
    }

    @Test
    void eachKindOfBadRecordHasItsReason() throws IOException {
        Path file = Files.writeString(dir.resolve("kinds.jsonl"), String.join("\n",
                "{\"text\":\"ok\"}",
                "[1,2]",
                "{\"id\":\"x\"}",
                "{\"text\":42}",
                "{\"text\":\"  \"}",
                "{\"text\":\"a\"} trailing",
                "{\"text\":\"a\",\"text\":\"b\"}",
                "[".repeat(5000)));

        IngestRun run = IngestRun.of(file);

        assertEquals(List.of("kinds-1"), run.ids());
        List<String> reasons = run.problems().stream().map(Problem::reason).toList();
        assertEquals(7, reasons.size(), reasons::toString);
        assertEquals("not a JSON object", reasons.get(0));
        assertEquals("missing \"text\"", reasons.get(1));
        assertEquals("\"text\" is not a string", reasons.get(2));
        assertEquals("empty \"text\"", reasons.get(3));
        assertTrue(reasons.get(4).startsWith("invalid JSON"), reasons.get(4));
        assertTrue(reasons.get(5).startsWith("invalid JSON"), reasons.get(5));
        assertTrue(reasons.get(6).startsWith("invalid JSON"), reasons.get(6));
    }

    @Test
    void fileWithNoGoodLineGetsOneRejection() throws IOException {
        Path file = Files.writeString(dir.resolve("junk.jsonl"), "not json\nstill not\n{}\n");

        IngestRun run = IngestRun.of(file);

        assertTrue(run.documents().isEmpty());
        assertEquals(1, run.problems().size());
        Problem only = run.problems().get(0);
        assertEquals(file.toString(), only.source());
        assertTrue(only.reason().startsWith("no valid records (3 invalid; line1: invalid JSON"),
                only.reason());
    }

    @Test
    void badLinesBeforeTheFirstGoodOneAreStillReportedPerLine() throws IOException {
        Path file = Files.writeString(dir.resolve("late.jsonl"), "oops\n{\"text\":\"fine\"}\n");

        IngestRun run = IngestRun.of(file);

        assertEquals(List.of("late-2"), run.ids());
        assertEquals(List.of(file + "#line1"), run.problems().stream().map(Problem::source).toList());
    }

    @Test
    void fileThatStartsWithManyBadLinesIsRejectedOnce() throws IOException {
        Path file = Files.writeString(dir.resolve("prose.jsonl"),
                "plain prose\n".repeat(JsonLinesReader.MAX_LEADING_BAD_LINES + 5) + "{\"text\":\"late\"}\n");

        IngestRun run = IngestRun.of(file);

        assertTrue(run.documents().isEmpty());
        assertEquals(1, run.problems().size());
        assertTrue(run.problems().get(0).reason().startsWith("not JSON Lines: the first 1000 records"),
                run.problems().get(0).reason());
    }
}
