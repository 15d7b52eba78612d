package org.newsgraph.eval;

import java.util.Map;
import java.util.TreeMap;
import org.newsgraph.ingest.DocumentMetadata;

/**
 * The {@code # key: value} header lines of a gold file of real articles ({@code url}, {@code title},
 * {@code publisher}, {@code published}, {@code text}, {@code sha256}). In: header lines one by one; out: the
 * article's metadata and the name of its text file in the texts folder.
 */
final class GoldHeader {
    private final Map<String, String> fields = new TreeMap<>();

    /** Records {@code line} when it is a header field; returns whether it was one. */
    boolean accept(String line) {
        int colon = line.indexOf(':');
        if (!line.startsWith("#") || colon < 0) {
            return false;
        }
        String key = line.substring(1, colon).strip();
        if (!key.matches("url|title|publisher|published|text|sha256")) {
            return false;
        }
        fields.putIfAbsent(key, line.substring(colon + 1).strip());
        return true;
    }

    /** The text file named by {@code # text:}, or null. */
    String textFile() {
        return fields.get("text");
    }

    /** The SHA-256 (hex) of the text the gold was written on, given by {@code # sha256:}, or null. */
    String textDigest() {
        return fields.get("sha256");
    }

    /** Whether any metadata field was given. */
    boolean hasMetadata() {
        return fields.keySet().stream().anyMatch(k -> !k.equals("text") && !k.equals("sha256"));
    }

    /** The metadata the header gives (missing fields null). */
    DocumentMetadata metadata() {
        return new DocumentMetadata(fields.get("title"), fields.get("url"), fields.get("publisher"),
                fields.get("published"));
    }
}
