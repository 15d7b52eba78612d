package org.newsgraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads a gold folder: every {@code NAME.gold.tsv} with its article, which is the sibling
 * {@code NAME.txt|md|html|htm|jsonl}, the file a first-line {@code # source: PATH} names (relative
 * to the folder), or, for real articles whose text is kept outside the repository, the file the
 * {@code # text:} header names inside a texts folder. In: the folder (and the texts folder);
 * out: the cases sorted by name. A malformed line, an evidence span outside the text or a missing
 * article fails with an {@link IllegalArgumentException} naming the file and line; a real
 * article whose text is absent is passed to the caller and skipped.
 */
public final class GoldFolder {
    private static final String SUFFIX = ".gold.tsv";
    private static final String SOURCE = "# source:";
    private static final List<String> ARTICLE_EXTENSIONS = List.of("txt", "md", "html", "htm", "jsonl");

    private final Path texts;
    private final Consumer<String> absent;

    private GoldFolder(Path texts, Consumer<String> absent) {
        this.texts = texts;
        this.absent = absent;
    }

    /** The cases of {@code folder}, sorted by name; every article must be present. */
    public static List<GoldCase> read(Path folder) {
        return read(folder, null, name -> { });
    }

    /**
     * The cases of {@code folder}, sorted by name, with real articles' texts looked up in
     * {@code texts} (null: beside the gold files); a case whose text is absent is named to
     * {@code absent} and left out.
     */
    public static List<GoldCase> read(Path folder, Path texts, Consumer<String> absent) {
        if (goldFiles(folder).isEmpty()) {
            return batches(folder, texts, absent);
        }
        GoldFolder reader = new GoldFolder(texts, absent);
        List<GoldCase> cases = new ArrayList<>();
        for (Path gold : goldFiles(folder)) {
            String file = gold.getFileName().toString();
            GoldCase c = reader.readCase(gold, file.substring(0, file.length() - SUFFIX.length()));
            if (c != null) {
                cases.add(c);
            }
        }
        return cases;
    }

    /** A folder of batches ({@code eval/real/batch1, batch2 ...}): each read with its own texts folder of the same name. */
    private static List<GoldCase> batches(Path folder, Path texts, Consumer<String> absent) {
        List<GoldCase> cases = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path batch : entries.filter(Files::isDirectory).sorted().toList()) {
                if (!goldFiles(batch).isEmpty()) {
                    String name = batch.getFileName().toString();
                    for (GoldCase c : read(batch, texts == null ? null : texts.resolve(name), absent)) {
                        cases.add(new GoldCase(name + "/" + c.name(), c.article(), c.gold(), c.metadata()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the gold folder " + folder, e);
        }
        return cases;
    }

    private static List<Path> goldFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the gold folder " + folder, e);
        }
    }

    private GoldCase readCase(Path gold, String name) {
        List<String> lines = readLines(gold);
        GoldHeader header = new GoldHeader();
        Path source = null;
        for (String raw : lines) {
            String line = raw.strip();
            if (line.startsWith(SOURCE)) {
                source = gold.resolveSibling(line.substring(SOURCE.length()).strip()).normalize();
            } else if (line.startsWith("#")) {
                header.accept(line);
            }
        }
        Path article = article(gold, name, source, header);
        if (article == null) {
            return null;
        }
        List<GoldLine> facts = facts(gold, lines, header.textFile() != null ? codePoints(article) : -1);
        return new GoldCase(name, article, facts, header.hasMetadata() ? header.metadata() : null);
    }

    private Path article(Path gold, String name, Path source, GoldHeader header) {
        if (source != null) {
            return existing(gold, source);
        }
        if (header.textFile() == null) {
            return sibling(gold, name);
        }
        Path text = (texts != null ? texts : gold.getParent()).resolve(header.textFile()).normalize();
        if (!Files.isRegularFile(text)) {
            absent.accept(gold.getFileName() + ": text " + text + " is absent");
            return null;
        }
        String digest = TextDigest.sha256(text);
        if (header.textDigest() != null && !header.textDigest().equalsIgnoreCase(digest)) {
            absent.accept(gold.getFileName() + ": text " + text + " is not the text the gold was written on (sha256 "
                    + digest + ", gold says " + header.textDigest() + ")");
            return null;
        }
        return text;
    }

    private static List<GoldLine> facts(Path gold, List<String> lines, int textLength) {
        Set<GoldLine> facts = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                facts.add(parse(gold, i + 1, line, textLength));
            }
        }
        return new ArrayList<>(facts);
    }

    private static GoldLine parse(Path gold, int number, String line, int textLength) {
        try {
            GoldLine parsed = GoldLine.parse(line);
            String[] fields = line.split("\t");
            if (textLength >= 0) {
                checkEvidence(fields, textLength);
            }
            return parsed;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(gold + ":" + number + ": " + e.getMessage(), e);
        }
    }

    private static void checkEvidence(String[] fields, int textLength) {
        if (fields.length != 5) {
            throw new IllegalArgumentException("a real article's gold line needs its evidence offsets (BEGIN-END)");
        }
        EvidenceSpan span = EvidenceSpan.parse(fields[4]);
        if (!span.fitsIn(textLength)) {
            throw new IllegalArgumentException("evidence " + span + " lies outside the text ("
                    + textLength + " code points)");
        }
    }

    private static int codePoints(Path article) {
        try {
            String text = Files.readString(article, StandardCharsets.UTF_8);
            return text.codePointCount(0, text.length());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + article, e);
        }
    }

    private static List<String> readLines(Path gold) {
        try {
            return Files.readAllLines(gold);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gold, e);
        }
    }

    private static Path sibling(Path gold, String name) {
        for (String ext : ARTICLE_EXTENSIONS) {
            Path candidate = gold.resolveSibling(name + "." + ext);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalArgumentException(gold + ": no article " + name + ".{"
                + String.join(",", ARTICLE_EXTENSIONS) + "} beside it and no '# source:' line");
    }

    private static Path existing(Path gold, Path article) {
        if (!Files.isRegularFile(article)) {
            throw new IllegalArgumentException(gold + ": source " + article + " is not a file");
        }
        return article;
    }
}
