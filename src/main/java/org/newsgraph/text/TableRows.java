package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Markdown table rows as cells: a row is a sentence that starts with "|"; its header is the first
 * row of its block; a cell knows its document span and text. In: sentences; out: cells, the
 * header, and the column whose header contains one of some words.
 */
public final class TableRows {
    /** One cell: document offsets of its trimmed text, and the text. */
    public record Cell(int begin, int end, String text) { }

    private TableRows() { }

    public static boolean isRow(Sentence s) {
        return s.text().startsWith("|");
    }

    public static boolean isSeparator(Sentence s) {
        return s.text().matches("[|:\\-\\s]+");
    }

    /** The first row of the table {@code s} belongs to. */
    public static Sentence header(List<Sentence> all, Sentence s) {
        int i = s.index();
        while (i > 0 && isRow(all.get(i - 1))) {
            i--;
        }
        return all.get(i);
    }

    /** The index of the last row of the table whose header is {@code header}. */
    public static int lastRow(List<Sentence> all, Sentence header) {
        int i = header.index();
        while (i + 1 < all.size() && isRow(all.get(i + 1))) {
            i++;
        }
        return i;
    }

    public static List<Cell> cells(Sentence s) {
        List<Cell> out = new ArrayList<>();
        String t = s.text();
        int start = t.indexOf('|') + 1;
        for (int bar = t.indexOf('|', start); bar >= 0; bar = t.indexOf('|', start)) {
            int b = start;
            int e = bar;
            while (b < e && Character.isWhitespace(t.charAt(b))) {
                b++;
            }
            while (e > b && Character.isWhitespace(t.charAt(e - 1))) {
                e--;
            }
            out.add(new Cell(s.begin() + b, s.begin() + e, t.substring(b, e)));
            start = bar + 1;
        }
        return out;
    }

    /** The index of the first header cell containing one of the words (lower case), or -1. */
    public static int column(List<Cell> header, String... words) {
        for (int i = 0; i < header.size(); i++) {
            String h = header.get(i).text().toLowerCase(Locale.ROOT);
            for (String w : words) {
                if (h.matches("(?s).*\\b" + w + "\\b.*")) {
                    return i;
                }
            }
        }
        return -1;
    }
}
