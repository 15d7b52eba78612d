package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldFolderTest {
    private static final String TEXT = "Lumora Labs released Zephyr 2 on Monday.\n";

    @TempDir
    Path dir;

    private Path goldFolder(String... factLines) throws Exception {
        Path gold = Files.createDirectories(dir.resolve("gold"));
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.writeString(texts.resolve("a.txt"), TEXT, StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(List.of("# url: https://example.com/a", "# title: Zephyr 2",
                "# publisher: Example News", "# published: 2025-06-12", "# text: a.txt",
                "# sha256: " + TextDigest.sha256(texts.resolve("a.txt"))));
        lines.addAll(List.of(factLines));
        Files.write(gold.resolve("a.gold.tsv"), lines, StandardCharsets.UTF_8);
        return gold;
    }

    @Test
    void readsHeaderMetadataAndFactsWithEvidence() throws Exception {
        Path gold = goldFolder("zephyr-2\tdevelopedBy\tlumora-labs\tstated\t0-30");
        List<GoldCase> cases = GoldFolder.read(gold, dir.resolve("texts"), s -> { });
        assertEquals(1, cases.size());
        assertEquals("Example News", cases.get(0).metadata().publisher());
        assertEquals(List.of(GoldLine.parse("zephyr-2\tdevelopedBy\tlumora-labs\tstated")), cases.get(0).gold());
    }

    @Test
    void evidenceOutsideTheTextIsRejectedWithTheLine() throws Exception {
        Path gold = goldFolder("zephyr-2\tdevelopedBy\tlumora-labs\tstated\t10-400");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GoldFolder.read(gold, dir.resolve("texts"), s -> { }));
        assertTrue(e.getMessage().contains("a.gold.tsv:7") && e.getMessage().contains("outside the text"), e.getMessage());
    }

    @Test
    void aTextThatChangedIsNamedAndNotScored() throws Exception {
        Path gold = goldFolder("zephyr-2\tdevelopedBy\tlumora-labs\tstated\t0-30");
        Files.writeString(dir.resolve("texts/a.txt"), TEXT + "Edited.", StandardCharsets.UTF_8);
        List<String> absent = new ArrayList<>();
        assertTrue(GoldFolder.read(gold, dir.resolve("texts"), absent::add).isEmpty());
        assertTrue(absent.get(0).contains("not the text the gold was written on"), absent.toString());
    }

    @Test
    void anAbsentTextIsNamedAndNotScored() throws Exception {
        Path gold = goldFolder("zephyr-2\tdevelopedBy\tlumora-labs\tstated\t0-30");
        List<String> absent = new ArrayList<>();
        assertTrue(GoldFolder.read(gold, dir.resolve("elsewhere"), absent::add).isEmpty());
        assertTrue(absent.get(0).contains("is absent"), absent.toString());
    }
}
