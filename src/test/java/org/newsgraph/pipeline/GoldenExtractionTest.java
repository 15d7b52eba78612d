package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.eval.ClaimLines;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.report.CollectingReporter;

/**
 * One case per folder under {@code src/test/golden}: {@code article.*} (or {@code seed.txt}, a
 * file name in {@code seeds/}) and {@code expected.tsv}, lines the extraction must produce, and
 * optionally {@code forbidden.tsv}, lines it must not. Lines are rendered by {@link ClaimLines}.
 */
class GoldenExtractionTest {
    private static final Path GOLDEN = Path.of("src/test/golden");
    private static DocumentProcessor processor;

    @BeforeAll
    static void load() {
        processor = DocumentProcessor.withCatalog(Path.of("ontology/catalog.ttl"));
    }

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(GOLDEN)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void extractsTheExpectedClaims(String name) throws IOException {
        Path dir = GOLDEN.resolve(name);
        Set<String> actual = extracted(article(dir));
        List<String> missing = new ArrayList<>(lines(dir.resolve("expected.tsv")));
        missing.removeAll(actual);
        assertTrue(missing.isEmpty(), "missing in " + name + ":\n" + String.join("\n", missing)
                + "\n--- extracted:\n" + String.join("\n", actual));
        List<String> wrong = new ArrayList<>(lines(dir.resolve("forbidden.tsv")));
        wrong.retainAll(actual);
        assertTrue(wrong.isEmpty(), "wrong claims in " + name + ":\n" + String.join("\n", wrong));
    }

    private static Path article(Path dir) throws IOException {
        Path seed = dir.resolve("seed.txt");
        if (Files.exists(seed)) {
            return Path.of("seeds").resolve(Files.readString(seed).strip());
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("article.")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no article in " + dir));
        }
    }

    private static Set<String> extracted(Path article) {
        List<Document> docs = new ArrayList<>();
        new DocumentSource().read(List.of(article), new CollectingReporter(), docs::add);
        return docs.stream().flatMap(d -> processor.resolve(d).claims().stream())
                .map(ClaimLines::line).collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<String> lines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }
}
