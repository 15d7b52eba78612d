package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.Locale;

/**
 * File-name helpers shared by the readers. In: a path or a raw identifier. Out: its base name,
 * its lower-case extension, or a document id made only of {@code [A-Za-z0-9_.-]}, at most 200
 * characters, never empty and never only dots.
 */
final class DocumentIds {

    static final int MAX_LENGTH = 200;

    private DocumentIds() {
    }

    /** The document id of a file: its name without extension, sanitised. */
    static String forFile(Path file) {
        String id = sanitize(baseName(file));
        return id.isEmpty() ? "_" : id;
    }

    /** The file name without its last extension ({@code a.b.txt} gives {@code a.b}). */
    static String baseName(Path file) {
        String name = fileName(file);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    /** The lower-case extension without the dot, or "" when the name has none. */
    static String extension(Path file) {
        String name = fileName(file);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }

    /** The name of the last path element ("" for a root). */
    static String fileName(Path file) {
        Path name = file.getFileName();
        return name == null ? "" : name.toString();
    }

    /**
     * {@code raw} with every character outside {@code [A-Za-z0-9_.-]} replaced by '_', cut to
     * 200 characters; "" when {@code raw} is empty. An id of dots only becomes underscores, so
     * that it is never a relative IRI path step.
     */
    static String sanitize(String raw) {
        StringBuilder id = new StringBuilder();
        raw.codePoints().limit(MAX_LENGTH).forEach(cp -> id.append(allowed(cp) ? (char) cp : '_'));
        String result = id.toString();
        return result.chars().allMatch(c -> c == '.') ? result.replace('.', '_') : result;
    }

    private static boolean allowed(int cp) {
        return cp < 128 && (Character.isLetterOrDigit(cp) || cp == '_' || cp == '.' || cp == '-');
    }
}
