package org.newsgraph.text;

import java.util.Locale;

/**
 * The parser this process uses, loaded once and shared by every pipeline in it. The setting is the
 * system property {@code newsgraph.parser} or else the environment variable
 * {@code NEWSGRAPH_PARSER}: {@code none} (the default: no parse) or {@code nlp4j} (the rules that
 * read sentence structure run too: about 17 s more start-up, a 3 GB heap, and extraction about
 * 2.4 times slower; see README, "Dependency parse").
 */
public final class DependencyParsers {
    private static volatile DependencyParser shared;

    private DependencyParsers() { }

    /** The configured parser; NLP4J is loaded on first use and kept for the life of the process. */
    public static DependencyParser configured() {
        String setting = setting();
        if ("none".equals(setting)) {
            return DependencyParser.NONE;
        }
        if (!"nlp4j".equals(setting)) {
            throw new IllegalArgumentException("unknown parser '" + setting
                    + "' (newsgraph.parser or NEWSGRAPH_PARSER): use none or nlp4j");
        }
        DependencyParser p = shared;
        if (p == null) {
            synchronized (DependencyParsers.class) {
                if (shared == null) {
                    shared = Nlp4jParser.load();
                }
                p = shared;
            }
        }
        return p;
    }

    /** The setting in lower case ("none" when nothing is set). */
    public static String setting() {
        String value = System.getProperty("newsgraph.parser", System.getenv("NEWSGRAPH_PARSER"));
        return value == null || value.isBlank() ? "none" : value.strip().toLowerCase(Locale.ROOT);
    }
}
