package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.report.Problem;

class SidecarMetadataTest {

    @TempDir
    Path dir;

    @Test
    void sidecarFillsTheMetadataAndIsNotReadAsAnArticle() throws IOException {
        Files.writeString(dir.resolve("story.txt"), "Article body");
        Files.writeString(dir.resolve("story.meta.json"), """
                {"url": "https://example.org/s", "title": " The title ", "publisher": "Wire",
                 "published": "2026-04-10", "extra": {"ignored": true}}""");

        IngestRun run = IngestRun.of(dir);

        assertEquals(new DocumentMetadata("The title", "https://example.org/s", "Wire", "2026-04-10"),
                run.only().metadata());
        assertTrue(run.problems().isEmpty(), run.problems()::toString);
    }

    @Test
    void invalidSidecarGivesOneWarningAndTheDocumentIsStillRead() throws IOException {
        Files.writeString(dir.resolve("story.md"), "Article body");
        Path sidecar = Files.writeString(dir.resolve("story.meta.json"), "{\"title\": ");

        IngestRun run = IngestRun.of(dir);

        assertEquals(DocumentMetadata.empty(), run.only().metadata());
        assertEquals(1, run.problems().size());
        Problem warning = run.warnings().get(0);
        assertEquals(sidecar.toString(), warning.source());
        assertTrue(warning.reason().startsWith("invalid metadata sidecar"), warning.reason());
    }

    @Test
    void sidecarThatIsNotAnObjectIsAWarning() throws IOException {
        Files.writeString(dir.resolve("story.txt"), "Article body");
        Files.writeString(dir.resolve("story.meta.json"), "[\"title\"]");

        IngestRun run = IngestRun.of(dir);

        assertEquals(1, run.documents().size());
        assertEquals("invalid metadata sidecar, ignored: not a JSON object",
                run.warnings().get(0).reason());
    }

    @Test
    void sidecarGivenAsAPathIsSkipped() throws IOException {
        Path sidecar = Files.writeString(dir.resolve("story.meta.json"), "{}");

        IngestRun run = IngestRun.of(sidecar);

        assertTrue(run.documents().isEmpty());
        assertTrue(run.problems().isEmpty());
    }
}
