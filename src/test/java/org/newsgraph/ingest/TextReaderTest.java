package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {

    @TempDir
    Path dir;

    @Test
    void textIsKeptAsIsWithLineEndsNormalisedAndBomRemoved() throws IOException {
        Path file = dir.resolve("story one.txt");
        byte[] bytes = "\uFEFFFirst line\r\nSecond  line\rThird\n\n  indented\n"
                .getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);

        Document doc = IngestRun.of(file).only();

        assertEquals("First line\nSecond  line\nThird\n\n  indented\n", doc.text());
        assertEquals("story_one", doc.id());
        assertEquals(file.toString(), doc.source());
        assertNull(doc.metadata().title());
    }

    @Test
    void markdownTablesStayInTheText() throws IOException {
        String md = "# Leaderboard\n\n| Rank | Model |\n|---|---|\n| 1 | Alpha |\n";
        Path file = Files.writeString(dir.resolve("board.md"), md);

        Document doc = IngestRun.of(file).only();

        assertEquals(md, doc.text());
        assertEquals("board", doc.id());
    }

    @Test
    void idKeepsOnlySafeCharactersAndIsCutTo200() throws IOException {
        Path odd = Files.writeString(dir.resolve("a.b-c_d é(1).txt"), "x");
        Path longName = Files.writeString(dir.resolve("n".repeat(230) + ".txt"), "y");

        IngestRun run = IngestRun.of(odd, longName);

        assertEquals("a.b-c_d___1_", run.documents().get(0).id());
        assertEquals("n".repeat(200), run.documents().get(1).id());
        assertTrue(run.problems().isEmpty());
    }

    @Test
    void directReaderUsesTheSidecar() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Body");
        Files.writeString(dir.resolve("a.meta.json"), "{\"title\":\"T\",\"published\":\"2026-04-10\"}");
        ContentChecks checks = new ContentChecks(1000);
        TextReader reader = new TextReader(checks, new SidecarMetadata(new ObjectMapper()));
        List<Document> out = new ArrayList<>();

        reader.read(file, p -> { throw new AssertionError(p.line()); }, out::add);

        assertEquals(new DocumentMetadata("T", null, null, "2026-04-10"), out.get(0).metadata());
    }
}
