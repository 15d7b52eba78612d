package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsThePerRelationTableAndTheMisses() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Vantor AI released Osprey 2.0 on Monday.\n");
        Files.writeString(dir.resolve("a.gold.tsv"), "# a tiny case\nosprey-2.0\tdevelopedBy\tvantor-ai\tstated\n"
                + "osprey-2.0\tcapability\t4K@en\tstated\n");
        Files.writeString(dir.resolve("floors.properties"), "precision=0.9\nrecall=0.9\n");
        CliFixture.Run run = CliFixture.run("eval", "--gold", dir.toString(), "-v");
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("developedBy"), run.out());
        assertTrue(run.out().contains("- osprey-2.0\tcapability\t4K@en\tstated"), run.out());
        assertTrue(run.out().contains("NOT HELD"), run.out());
        CliFixture.Run strict = CliFixture.run("eval", "--gold", dir.toString(), "--strict-floors");
        assertEquals(ExitCodes.FAILURE, strict.exitCode());
        assertTrue(strict.err().contains("below the floors"), strict.err());
    }

    @Test
    void aMalformedGoldLineIsOneLineNamingTheFileAndLine() throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Some text.\n");
        Files.writeString(dir.resolve("a.gold.tsv"), "osprey\tdevelopedBy\n");
        CliFixture.Run run = CliFixture.run("eval", "--gold", dir.toString());
        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertTrue(run.err().contains("a.gold.tsv:1"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
    }
}
