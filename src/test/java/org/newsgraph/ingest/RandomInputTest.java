package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.report.Problem;

/** Random bytes and random text in every format: never an exception, always a clear outcome. */
class RandomInputTest {

    private static final List<String> EXTENSIONS = List.of("txt", "md", "html", "jsonl");
    private static final List<String> FRAGMENTS = List.of(
            "<div>", "</div>", "<p>", "</p>", "<article>", "<nav>", "<script>", "<!--", "-->", "<br>",
            "<table><tr><td>", "&amp;", "&#0;", "{", "}", "[", "]", "\"text\":", "\"id\":", "\"", ",",
            ":", "\\u0000", "\\", "\n", "\r\n", "\r", " ", "\t", "\uFEFF", "\u00A0", "\u200B",
            "word", "Ünïcödé", "日本語", "😀", "null", "42");

    @TempDir
    Path dir;

    @Test
    void threeHundredRandomInputsEachGiveDocumentsOrExactlyOneRejection() throws IOException {
        Random random = new Random(20260410L);
        DocumentSource source = new DocumentSource(64 * 1024);
        int withDocuments = 0;
        for (int i = 0; i < 300; i++) {
            String extension = EXTENSIONS.get(random.nextInt(EXTENSIONS.size()));
            Path file = dir.resolve("input" + i + "." + extension);
            Files.write(file, randomInput(random, i % 3));

            IngestRun run = IngestRun.of(source, file);

            check(file, run);
            withDocuments += run.documents().isEmpty() ? 0 : 1;
        }
        assertTrue(withDocuments > 30 && withDocuments < 270, "both outcomes occur: " + withDocuments);
    }

    @Test
    void validJsonlRecordsWithRandomTextAreRead() throws IOException {
        Random random = new Random(7L);
        for (int i = 0; i < 50; i++) {
            String text = randomText(random, 1 + random.nextInt(40)).replace("\\", "\\\\")
                    .replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
            Path file = Files.writeString(dir.resolve("r" + i + ".jsonl"), "{\"text\":\"" + text + "\"}\n");

            check(file, IngestRun.of(file));
        }
    }

    private static void check(Path file, IngestRun run) {
        if (run.documents().isEmpty()) {
            assertEquals(1, run.problems().size(), () -> file + ": " + run.problems());
            Problem problem = run.problems().get(0);
            assertEquals(Problem.Severity.REJECTED, problem.severity());
            assertEquals(file.toString(), problem.source());
            assertFalse(problem.reason().isBlank());
            return;
        }
        for (Document doc : run.documents()) {
            assertFalse(doc.text().isBlank(), () -> file + " gave a blank document");
            assertTrue(ContentChecks.hasVisibleText(doc.text()), () -> file + ": " + doc.text());
            assertTrue(doc.source().startsWith(file.toString()));
        }
        for (Problem problem : run.problems()) {
            assertTrue(problem.source().startsWith(file.toString()), problem::line);
        }
    }

    private static byte[] randomInput(Random random, int kind) {
        if (kind == 0) {
            byte[] bytes = new byte[random.nextInt(3000)];
            random.nextBytes(bytes);
            return bytes;
        }
        int length = random.nextInt(kind == 1 ? 400 : 60);
        String text = kind == 1 ? randomText(random, length) : randomMarkup(random, length);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String randomText(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int range = random.nextInt(4);
            int codePoint = switch (range) {
                case 0 -> 0x20 + random.nextInt(0x5F);
                case 1 -> random.nextInt(0x20);
                case 2 -> 0xA0 + random.nextInt(0xD7FF - 0xA0);
                default -> 0x10000 + random.nextInt(0x10FFFF - 0x10000);
            };
            text.appendCodePoint(codePoint);
        }
        return text.toString();
    }

    private static String randomMarkup(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
        }
        return text.toString();
    }
}
