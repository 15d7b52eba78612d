package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.report.Problem;

class BadInputTest {

    @TempDir
    Path dir;

    /** Writes a good article next to the bad one, reads the folder, returns the one rejection. */
    private Problem onlyRejection(DocumentSource source, Path bad) throws IOException {
        Files.writeString(dir.resolve("good.txt"), "A good article.");
        IngestRun run = IngestRun.of(source, dir);
        assertEquals(List.of("good"), run.ids(), () -> run.problems().toString());
        assertEquals(1, run.problems().size(), () -> run.problems().toString());
        Problem problem = run.problems().get(0);
        assertEquals(bad.toString(), problem.source());
        assertEquals(Problem.Severity.REJECTED, problem.severity());
        return problem;
    }

    private Problem onlyRejection(Path bad) throws IOException {
        return onlyRejection(new DocumentSource(), bad);
    }

    @Test
    void emptyFile() throws IOException {
        assertEquals("empty", onlyRejection(Files.write(dir.resolve("zero.txt"), new byte[0])).reason());
    }

    @Test
    void whitespaceOnlyFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("blank.md"), "\uFEFF \n\t\r\n  \u00A0 ");
        assertEquals("empty", onlyRejection(bad).reason());
    }

    @Test
    void nulBytesAreBinary() throws IOException {
        Path bad = Files.write(dir.resolve("nul.txt"), new byte[] {'a', 'b', 0, 'c'});
        assertEquals("binary content", onlyRejection(bad).reason());
    }

    @Test
    void manyControlCharactersAreBinary() throws IOException {
        byte[] bytes = "abcdefgh\u0001\u0002".repeat(10).getBytes(StandardCharsets.UTF_8);
        assertEquals("binary content", onlyRejection(Files.write(dir.resolve("ctl.html"), bytes)).reason());
    }

    @Test
    void invalidUtf8NamesTheByteOffset() throws IOException {
        byte[] bytes = {'a', 'b', 'c', (byte) 0xC3, (byte) 0xA9, (byte) 0xFF, 'd'};
        Path bad = Files.write(dir.resolve("latin.txt"), bytes);
        assertEquals("invalid UTF-8 at byte 5", onlyRejection(bad).reason());
    }

    @Test
    void fileOverTheSizeLimit() throws IOException {
        Path bad = Files.writeString(dir.resolve("big.txt"), "x".repeat(101));
        assertEquals("too large (101 bytes, limit 100)", onlyRejection(new DocumentSource(100), bad).reason());
    }

    @Test
    void htmlWithoutArticleText() throws IOException {
        Path bad = Files.writeString(dir.resolve("shell.html"), "<html><body><script>x</script></body></html>");
        assertEquals("no article text", onlyRejection(bad).reason());
    }

    @Test
    void unsupportedExtension() throws IOException {
        Path bad = Files.writeString(dir.resolve("paper.PDF"), "%PDF-1.7");
        assertEquals("unsupported file type (.pdf)", onlyRejection(bad).reason());
    }

    @Test
    void missingPathIsRejectedAndTheOthersAreRead() throws IOException {
        Path missing = dir.resolve("nowhere.txt");
        Path good = Files.writeString(dir.resolve("good.txt"), "Text");

        IngestRun run = IngestRun.of(missing, good);

        assertEquals(List.of("good"), run.ids());
        assertEquals(List.of(missing + ": rejected: no such file or directory"),
                run.problems().stream().map(Problem::line).toList());
    }

    @Test
    void unreadableFile() throws IOException {
        Path bad = Files.writeString(dir.resolve("secret.txt"), "Text");
        Files.setPosixFilePermissions(bad, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(bad), "running with privileges that ignore permissions");
        assertTrue(onlyRejection(bad).reason().startsWith("cannot read"));
    }

    @Test
    void unlistableDirectory() throws IOException {
        Path bad = Files.createDirectory(dir.resolve("locked"));
        Files.writeString(bad.resolve("inside.txt"), "Text");
        Files.setPosixFilePermissions(bad, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(bad), "running with privileges that ignore permissions");
            assertTrue(onlyRejection(bad).reason().startsWith("cannot list directory"));
        } finally {
            Files.setPosixFilePermissions(bad, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void walkIsSortedRecursiveAndSkipsHiddenFilesAndSymlinks() throws IOException {
        Files.createDirectories(dir.resolve("b/sub"));
        Files.createDirectories(dir.resolve(".git"));
        Files.writeString(dir.resolve("b/sub/deep.txt"), "deep");
        Files.writeString(dir.resolve("b/a.txt"), "b-a");
        Files.writeString(dir.resolve("a.md"), "top");
        Files.writeString(dir.resolve(".hidden.txt"), "hidden");
        Files.writeString(dir.resolve(".git/config.txt"), "hidden too");
        Files.createSymbolicLink(dir.resolve("c-link.txt"), dir.resolve("a.md"));
        Files.createSymbolicLink(dir.resolve("d-link"), dir.resolve("b"));

        IngestRun run = IngestRun.of(dir);

        assertEquals(List.of("a", "a", "deep"), run.ids());
        assertEquals(List.of(dir.resolve("a.md").toString(), dir.resolve("b/a.txt").toString(),
                dir.resolve("b/sub/deep.txt").toString()),
                run.documents().stream().map(Document::source).toList());
        assertTrue(run.problems().isEmpty());
    }

    @Test
    void everyBadKindInOneBatchGivesOneRejectionPerFile() throws IOException {
        Map<String, byte[]> files = new TreeMap<>(Map.of(
                "a.txt", new byte[0],
                "b.txt", new byte[] {0, 1, 2},
                "c.txt", new byte[] {(byte) 0xFE, 'x'},
                "d.html", "<nav>x</nav>".getBytes(StandardCharsets.UTF_8),
                "e.jsonl", "nope".getBytes(StandardCharsets.UTF_8),
                "f.doc", "x".getBytes(StandardCharsets.UTF_8),
                "g.txt", "Good one".getBytes(StandardCharsets.UTF_8)));
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(dir.resolve(file.getKey()), file.getValue());
        }

        IngestRun run = IngestRun.of(dir);

        assertEquals(List.of("g"), run.ids());
        assertEquals(List.of("a.txt", "b.txt", "c.txt", "d.html", "e.jsonl", "f.doc"),
                run.rejections().stream().map(p -> Path.of(p.source()).getFileName().toString()).toList());
    }

    @Test
    void exceptionsFromTheCallersSinkPropagateUnchanged() throws IOException {
        Path file = Files.writeString(dir.resolve("a.txt"), "Text");
        IllegalStateException boom = new IllegalStateException("sink failed");

        IllegalStateException thrown = assertThrows(IllegalStateException.class,
                () -> new DocumentSource().read(List.of(file), p -> { }, d -> {
                    throw boom;
                }));

        assertSame(boom, thrown);
    }
}
