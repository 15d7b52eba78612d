package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedsTest {

    private static final Path SEEDS = Path.of("seeds");

    @Test
    void theFiveSeedsAreReadAsIs() throws IOException {
        IngestRun run = IngestRun.of(SEEDS);

        assertTrue(run.problems().isEmpty(), run.problems()::toString);
        assertEquals(List.of("000_e726401e0f66c96d", "001_b222ce6870361219", "002_2c3ab297c30c0755",
                "003_943532976aea0a9d", "004_13bdbbd430e7b177"), run.ids());
        for (Document doc : run.documents()) {
            Path file = Path.of(doc.source());
            assertEquals(SEEDS.resolve(doc.id() + ".txt"), file);
            assertEquals(Files.readString(file), doc.text(), doc.id());
            assertEquals(DocumentMetadata.empty(), doc.metadata());
        }
    }
}
