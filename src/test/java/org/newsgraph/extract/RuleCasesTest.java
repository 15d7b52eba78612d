package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.eval.ClaimLines;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.DocumentMetadata;
import org.newsgraph.mention.Catalog;
import org.newsgraph.pipeline.DocumentProcessor;

/**
 * The rules one by one: {@code src/test/rules/EXTRACTOR.cases} holds short invented texts for the
 * extractor of that simple class name, each with the claim lines ({@link ClaimLines}) the full
 * pipeline must ({@code =>}) and must not ({@code !=}) extract from it. Every block is one test;
 * the format is described in {@code src/test/rules/README.md}. Every registered extractor must
 * have a case file and every case file must name a registered extractor.
 */
class RuleCasesTest {
    private static final Path RULES = Path.of("src/test/rules");
    private static final Path CATALOG = Path.of("ontology/catalog.ttl");
    private static final String SUFFIX = ".cases";
    /** The publication date every block is read with, so that relative dates resolve. */
    private static final String PARSER = "newsgraph.parser";
    static final String PUBLISHED = "2026-04-10";
    private static final Set<String> STATUSES = Set.of("stated", "reported", "planned", "rumoured");
    private static DocumentProcessor processor;

    /** One block of a case file: its text and the lines expected and forbidden. */
    record Block(String file, int line, String text, List<String> expected, List<String> forbidden) {
        @Override
        public String toString() {
            return file + ":" + line;
        }
    }

    /** Every case runs with the dependency parse on, so the structural rules are tested with the others. */
    @BeforeAll
    static void load() {
        String before = System.getProperty(PARSER);
        System.setProperty(PARSER, "nlp4j");
        try {
            processor = DocumentProcessor.withCatalog(CATALOG);
        } finally {
            if (before == null) {
                System.clearProperty(PARSER);
            } else {
                System.setProperty(PARSER, before);
            }
        }
    }

    static Stream<Block> blocks() throws IOException {
        List<Block> all = new ArrayList<>();
        for (Path file : caseFiles()) {
            all.addAll(parse(file.getFileName().toString(), Files.readAllLines(file)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("blocks")
    void extractsWhatTheBlockSays(Block block) {
        Set<String> actual = extracted(block);
        List<String> missing = new ArrayList<>(block.expected());
        missing.removeAll(actual);
        List<String> wrong = new ArrayList<>(block.forbidden());
        wrong.retainAll(actual);
        String produced = "\n--- extracted:\n" + String.join("\n", actual);
        assertTrue(missing.isEmpty(), block + ": missing:\n" + String.join("\n", missing) + produced);
        assertTrue(wrong.isEmpty(), block + ": must not be extracted:\n" + String.join("\n", wrong) + produced);
    }

    @Test
    void everyRegisteredExtractorHasACaseFile() throws IOException {
        Set<String> files = caseNames();
        List<String> without = registered().stream().filter(n -> !files.contains(n)).toList();
        assertTrue(without.isEmpty(), "registered extractors without " + RULES + "/NAME" + SUFFIX + ": " + without);
    }

    @Test
    void everyCaseFileNamesARegisteredExtractor() throws IOException {
        Set<String> names = registered();
        List<String> stray = caseNames().stream().filter(n -> !names.contains(n)).toList();
        assertTrue(stray.isEmpty(), "case files in " + RULES + " naming no registered extractor: " + stray);
    }

    @Test
    void everyCaseFileHasBlocks() throws IOException {
        for (Path file : caseFiles()) {
            assertFalse(parse(file.getFileName().toString(), Files.readAllLines(file)).isEmpty(),
                    file + " holds no block");
        }
    }

    private static Set<String> registered() {
        return ClaimExtractor.standard(Catalog.load(CATALOG)).extractors().stream()
                .map(e -> e.getClass().getSimpleName()).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> caseNames() throws IOException {
        return caseFiles().stream().map(p -> p.getFileName().toString())
                .map(n -> n.substring(0, n.length() - SUFFIX.length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static List<Path> caseFiles() throws IOException {
        try (Stream<Path> files = Files.list(RULES)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }

    /**
     * The blocks of a case file: runs of non-blank lines; {@code #} lines are comments, {@code =>}
     * and {@code !=} lines are claim lines, every other line is text (joined with newlines).
     */
    static List<Block> parse(String file, List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        List<String> text = new ArrayList<>();
        List<String> expected = new ArrayList<>();
        List<String> forbidden = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : "";
            if (line.isBlank()) {
                Block block = start > 0 ? block(file, start, text, expected, forbidden) : null;
                if (block != null) {
                    blocks.add(block);
                }
                start = -1;
                text = new ArrayList<>();
                expected = new ArrayList<>();
                forbidden = new ArrayList<>();
                continue;
            }
            if (start < 0) {
                start = i + 1;
            }
            if (line.startsWith("#")) {
                continue;
            } else if (line.startsWith("=>")) {
                expected.add(claimLine(file, i + 1, line.substring(2)));
            } else if (line.startsWith("!=")) {
                forbidden.add(claimLine(file, i + 1, line.substring(2)));
            } else {
                text.add(line);
            }
        }
        return blocks;
    }

    private static Block block(String file, int line, List<String> text, List<String> expected,
                               List<String> forbidden) {
        if (text.isEmpty() && expected.isEmpty() && forbidden.isEmpty()) {
            return null; // comments only
        }
        if (text.isEmpty() || expected.isEmpty() && forbidden.isEmpty()) {
            throw new IllegalArgumentException(file + ":" + line
                    + ": a block needs text and at least one => or != line");
        }
        return new Block(file, line, String.join("\n", text), List.copyOf(expected), List.copyOf(forbidden));
    }

    /** A claim line as written after the marker, checked for its four tab-separated fields. */
    private static String claimLine(String file, int line, String raw) {
        String claim = raw.strip();
        String[] fields = claim.split("\t", -1);
        if (fields.length != 4 || Stream.of(fields).anyMatch(String::isBlank) || !STATUSES.contains(fields[3])) {
            throw new IllegalArgumentException(file + ":" + line + ": not a claim line "
                    + "(subject TAB property TAB value TAB status): " + claim);
        }
        return claim;
    }

    private static Set<String> extracted(Block block) {
        String id = block.file().replace(SUFFIX, "") + "-" + block.line();
        Document doc = new Document(id, block.toString(), block.text(),
                new DocumentMetadata(null, null, null, PUBLISHED));
        return processor.resolve(doc).claims().stream().map(ClaimLines::line)
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
