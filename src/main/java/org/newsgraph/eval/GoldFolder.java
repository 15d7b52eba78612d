package org.newsgraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a gold folder: every {@code NAME.gold.tsv} with its article, which is the sibling
 * {@code NAME.txt|md|html|htm|jsonl} or the file a first-line {@code # source: PATH} names
 * (relative to the folder). In: the folder; out: the cases sorted by name. A malformed line or a
 * missing article fails with an {@link IllegalArgumentException} naming the file and line.
 */
public final class GoldFolder {
    private static final String SUFFIX = ".gold.tsv";
    private static final String SOURCE = "# source:";
    private static final List<String> ARTICLE_EXTENSIONS = List.of("txt", "md", "html", "htm", "jsonl");

    private GoldFolder() { }

    /** The cases of {@code folder}, sorted by name. */
    public static List<GoldCase> read(Path folder) {
        List<GoldCase> cases = new ArrayList<>();
        for (Path gold : goldFiles(folder)) {
            String file = gold.getFileName().toString();
            cases.add(readCase(gold, file.substring(0, file.length() - SUFFIX.length())));
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

    private static GoldCase readCase(Path gold, String name) {
        List<String> lines;
        try {
            lines = Files.readAllLines(gold);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gold, e);
        }
        Path article = null;
        Set<GoldLine> facts = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith(SOURCE)) {
                article = gold.resolveSibling(line.substring(SOURCE.length()).strip()).normalize();
            } else if (!line.isEmpty() && !line.startsWith("#")) {
                facts.add(parse(gold, i + 1, line));
            }
        }
        return new GoldCase(name, article != null ? existing(gold, article) : sibling(gold, name),
                new ArrayList<>(facts));
    }

    private static GoldLine parse(Path gold, int number, String line) {
        try {
            return GoldLine.parse(line);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(gold + ":" + number + ": " + e.getMessage(), e);
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
