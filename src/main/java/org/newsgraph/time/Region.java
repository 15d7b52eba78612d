package org.newsgraph.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One search request: the document text, the range [from, to) to search and the anchor date
 * (null when unknown). Collects the candidate mentions the rules find; not thread-safe, one per
 * call.
 */
final class Region {
    private final String text;
    private final int from;
    private final int to;
    private final LocalDate anchor;
    private final List<DateMention> found = new ArrayList<>();
    private final List<int[]> blocked = new ArrayList<>();
    private final String plain;
    private final String lowerCase;
    private final boolean hasDigit;

    Region(String text, int from, int to, LocalDate anchor) {
        this.text = text;
        this.from = from;
        this.to = to;
        this.anchor = anchor;
        this.plain = text.substring(from, to);
        this.lowerCase = plain.toLowerCase(Locale.ROOT);
        this.hasDigit = lowerCase.chars().anyMatch(c -> c >= '0' && c <= '9');
    }

    /** Whether the range contains any of the lower-case words, ignoring case: a quick pre-test. */
    boolean mentions(String... words) {
        for (String word : words) {
            if (lowerCase.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the range contains any of the words exactly as given: a quick pre-test. */
    boolean contains(String... words) {
        for (String word : words) {
            if (plain.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the range contains an ASCII digit. */
    boolean hasDigit() {
        return hasDigit;
    }

    /** The publication date, or null when unknown. */
    LocalDate anchor() {
        return anchor;
    }

    boolean anchored() {
        return anchor != null;
    }

    /** A matcher limited to the range, whose look-arounds may see the text around it. */
    Matcher matcher(Pattern pattern) {
        return pattern.matcher(text).region(from, to).useTransparentBounds(true);
    }

    /** Adds a candidate when the value is known; spans outside the range are ignored. */
    void add(int begin, int end, TemporalValue value) {
        if (value != null && begin >= from && end <= to && begin < end) {
            found.add(new DateMention(begin, end, text.substring(begin, end), value));
        }
    }

    /**
     * Marks a span as a date expression that has no value (an impossible date such as "February 30,
     * 2026"), so that no shorter expression inside it (the year) is reported either.
     */
    void block(int begin, int end) {
        if (begin >= from && end <= to && begin < end) {
            blocked.add(new int[] {begin, end});
        }
    }

    /** The candidates added so far (overlapping ones included). */
    List<DateMention> candidates() {
        return found;
    }

    /** The blocked spans as {begin, end} pairs. */
    List<int[]> blocked() {
        return blocked;
    }

    /** The word (letters, digits, apostrophes, dots) ending before {@code pos}, spaces skipped. */
    String wordBefore(int pos) {
        int end = pos;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
            end--;
        }
        int begin = end;
        while (begin > 0 && isWordChar(text.charAt(begin - 1))) {
            begin--;
        }
        return text.substring(begin, end);
    }

    /** The word starting after {@code pos}, skipping spaces; empty when none. */
    String wordAfter(int pos) {
        int begin = pos;
        while (begin < text.length() && (text.charAt(begin) == ' ' || text.charAt(begin) == '\t')) {
            begin++;
        }
        int end = begin;
        while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
            end++;
        }
        return text.substring(begin, end);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '\u2019';
    }
}
