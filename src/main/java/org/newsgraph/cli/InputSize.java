package org.newsgraph.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The total size in bytes of the article files under some inputs (files or folders), for the
 * time-left estimate of a build. Unreadable paths count as 0: the build reports them itself.
 */
final class InputSize {
    private static final Set<String> ARTICLE_TYPES = Set.of("txt", "md", "html", "htm", "jsonl");

    private InputSize() {
    }

    /** Bytes of the article files under {@code inputs}. */
    static long of(List<Path> inputs) {
        long total = 0;
        for (Path input : inputs) {
            try (Stream<Path> files = Files.walk(input)) {
                total += files.filter(InputSize::isArticle).mapToLong(InputSize::size).sum();
            } catch (IOException | UncheckedIOException | SecurityException e) {
                continue;
            }
        }
        return total;
    }

    private static boolean isArticle(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot > 0 && ARTICLE_TYPES.contains(name.substring(dot + 1)) && Files.isRegularFile(file);
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
