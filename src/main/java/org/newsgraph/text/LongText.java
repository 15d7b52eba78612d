package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts over-long runs of text into pieces of bounded length, so that no later stage ever works on
 * an unbounded line or sentence (hostile input: a 5 MB line, a table without line breaks, one
 * endless word). A cut falls after the last sentence-final punctuation before the limit, else at
 * the last blank, else at the limit itself (never inside a surrogate pair). In: a span of text;
 * out: the spans of its pieces, without leading or trailing blanks, in order.
 */
final class LongText {
    /** Longest line given to the sentence detector at once. */
    static final int MAX_LINE_CHARS = 10_000;
    /** Longest sentence: real ones are far shorter; longer runs are cut into pieces of this size. */
    static final int MAX_SENTENCE_CHARS = 1_500;

    private LongText() {
    }

    /** The pieces of {@code text[from, to)}, each at most {@code max} characters long. */
    static List<int[]> pieces(String text, int from, int to, int max) {
        List<int[]> out = new ArrayList<>();
        int begin = skipBlanks(text, from, to);
        while (begin < to) {
            int end = to - begin <= max ? to : cut(text, begin, begin + max);
            int trimmed = end;
            while (trimmed > begin && Character.isWhitespace(text.charAt(trimmed - 1))) {
                trimmed--;
            }
            if (trimmed > begin) {
                out.add(new int[] {begin, trimmed});
            }
            begin = skipBlanks(text, end, to);
        }
        return out;
    }

    private static int cut(String text, int begin, int limit) {
        int blank = -1;
        for (int i = limit - 1; i > begin; i--) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                char before = text.charAt(i - 1);
                if (before == '.' || before == '!' || before == '?') {
                    return i;
                }
                blank = blank < 0 ? i : blank;
            }
        }
        if (blank > begin) {
            return blank;
        }
        return Character.isLowSurrogate(text.charAt(limit)) ? limit - 1 : limit;
    }

    private static int skipBlanks(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
