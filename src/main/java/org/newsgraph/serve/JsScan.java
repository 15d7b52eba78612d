package org.newsgraph.serve;

/**
 * Finds the end of a call in minified JavaScript: from an opening parenthesis to the one that
 * closes it, skipping string and template literals (with their {@code ${...}} parts). In: the
 * text and the index of {@code (}; out: the index just after the matching {@code )}, or -1.
 */
final class JsScan {

    private JsScan() {
    }

    /** The index after the parenthesis that closes the one at {@code open}, or -1 if none does. */
    static int callEnd(String js, int open) {
        if (open < 0 || js.charAt(open) != '(') {
            return -1;
        }
        int depth = 0;
        int i = open;
        while (i < js.length()) {
            char c = js.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = literalEnd(js, i);
                if (i < 0) {
                    return -1;
                }
                continue;
            }
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        return -1;
    }

    /** The index after the literal that starts with the quote at {@code start}, or -1. */
    private static int literalEnd(String js, int start) {
        char quote = js.charAt(start);
        int i = start + 1;
        while (i < js.length()) {
            char c = js.charAt(i);
            if (c == '\\') {
                i += 2;
                continue;
            }
            if (c == quote) {
                return i + 1;
            }
            if (quote == '`' && c == '$' && i + 1 < js.length() && js.charAt(i + 1) == '{') {
                int close = js.indexOf('}', i);
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
                continue;
            }
            i++;
        }
        return -1;
    }
}
