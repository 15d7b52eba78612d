package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.bench.ArticleMaker;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.GraphStore;

/**
 * One build over a folder of hostile inputs next to good articles: random bytes, invalid UTF-8, a
 * 5 MB single line, HTML nested 50,000 deep, bidi and zero-width characters, only punctuation, an
 * empty file and a 50 MB article. Each is stored or gets one clean line on stderr (no stack
 * trace), and the good articles are stored.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    @Test
    void hostileInputsGetOneLineEachAndTheGoodArticlesAreStored() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        ArticleMaker maker = new ArticleMaker(11);
        Files.writeString(in.resolve("good-1.txt"), maker.make(1).text());
        Files.writeString(in.resolve("good-2.txt"), maker.make(2).text());
        writeHostileInputs(in, maker);
        CliFixture.Run run = CliFixture.run("build", "--db", dir.resolve("db").toString(), in.toString());

        assertEquals(ExitCodes.REJECTED, run.exitCode(), run.err());
        List<String> lines = run.err().lines().toList();
        for (String line : lines) {
            assertFalse(line.startsWith("\tat ") || line.contains("Exception:") || line.contains(".java:"), line);
        }
        Set<String> rejected = lines.stream().filter(l -> l.contains(": rejected: "))
                .map(l -> Path.of(l.substring(0, l.indexOf(": rejected: "))).getFileName().toString())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("big.txt", "empty.txt", "invalid-utf8.txt", "random.txt"), rejected, run.err());
        assertTrue(lines.stream().anyMatch(l -> l.endsWith("big.txt: rejected: too long to analyse (52428800 characters,"
                + " limit 8000000)")), run.err());
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            Set<String> stored = store.graphNames().stream().filter(n -> n.startsWith(Vocab.DOC))
                    .map(n -> n.substring(Vocab.DOC.length())).collect(Collectors.toCollection(TreeSet::new));
            assertEquals(Set.of("bidi", "good-1", "good-2", "long-line", "nested", "punctuation"), stored);
        }
    }

    private static void writeHostileInputs(Path in, ArticleMaker maker) throws IOException {
        byte[] random = new byte[64 * 1024];
        new Random(5).nextBytes(random);
        Files.write(in.resolve("random.txt"), random);
        byte[] text = maker.make(3).text().getBytes(StandardCharsets.UTF_8);
        text[text.length / 2] = (byte) 0xC3;
        text[text.length / 2 + 1] = (byte) 0x28;
        Files.write(in.resolve("invalid-utf8.txt"), text);
        Files.writeString(in.resolve("long-line.txt"), oneLine(maker, 5 * 1024 * 1024));
        String nested = "<div>".repeat(50_000) + "Nested text about the video race." + "</div>".repeat(50_000);
        Files.writeString(in.resolve("nested.html"), "<html><body>" + nested + "</body></html>");
        String article = maker.make(4).text();
        Files.writeString(in.resolve("bidi.txt"), article.replace(" ", " \u200B").replace("Labs", "La\u202Ebs\u202C")
                .replace("model", "mo\u200Ddel\uFEFF") + "\u2066\u2067\u2069");
        Files.writeString(in.resolve("punctuation.txt"), ".,;:!?-()[]{}'\"".repeat(2000));
        Files.writeString(in.resolve("empty.txt"), "");
        try (OutputStream out = Files.newOutputStream(in.resolve("big.txt"))) {
            byte[] chunk = oneLine(maker, 1024 * 1024).replace('\u2014', '-').getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 50; i++) {
                out.write(chunk, 0, 1024 * 1024);
            }
        }
    }

    /** Articles' sentences on one line, {@code length} characters. */
    private static String oneLine(ArticleMaker maker, int length) {
        StringBuilder line = new StringBuilder(length + 4096);
        for (int i = 100; line.length() < length; i++) {
            line.append(maker.make(i).text().replace('\n', ' ')).append(' ');
        }
        return line.substring(0, length);
    }
}
