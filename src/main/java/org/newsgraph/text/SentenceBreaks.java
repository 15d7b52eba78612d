package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.Span;

/**
 * Corrects the statistical splitter. Missed ends: a full stop after a number or a lower-case word,
 * followed by a capitalised word ("... than version 3. The more ..."), unless the word before the
 * stop is a common abbreviation ("Mr.", "No.", "Inc."). False ends: a split right after such an
 * abbreviation when the next part starts with a digit or a lower-case letter ("ranked No. | 3 on
 * ..."), and a split after a letter or digit, where no sentence ends ("Foo-4.5 | climbed"). In: a span of text (or a line and its sentence spans). Out: the offsets just after each
 * missed full stop, in order (or the spans with false ends joined).
 */
final class SentenceBreaks {
    private static final Pattern STOP = Pattern.compile(
            "((?<!\\p{L})\\p{L}++|(?<!\\d)\\d++)([.!?])\\s++(?=\\p{Lu}\\p{Ll})");
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "vs", "No",
            "Inc", "Corp", "Ltd", "Co", "Jr", "Sr", "Prof", "Gen", "Sen", "Rep", "Gov", "Jan", "Feb", "Mar",
            "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "est", "e.g", "i.e");

    private static final Pattern ABBREVIATION_END = Pattern.compile("(?<![\\p{L}])(\\p{L}{1,5})\\.\\s*$");

    private SentenceBreaks() { }

    /** The sentence spans of {@code line} with false ends after abbreviations joined. */
    static List<Span> joined(String line, Span[] spans) {
        List<Span> out = new ArrayList<>(spans.length);
        for (Span span : spans) {
            int last = out.size() - 1;
            if (last >= 0 && falseEnd(line, out.get(last), span)) {
                out.set(last, new Span(out.get(last).getStart(), span.getEnd()));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    private static boolean falseEnd(String line, Span before, Span next) {
        String first = line.substring(before.getStart(), before.getEnd()).stripTrailing();
        if (!first.isEmpty() && Character.isLetterOrDigit(first.charAt(first.length() - 1))) {
            return true;
        }
        Matcher m = ABBREVIATION_END.matcher(first);
        String rest = line.substring(next.getStart(), next.getEnd()).stripLeading();
        return m.find() && ABBREVIATIONS.contains(m.group(1)) && !rest.isEmpty()
                && (Character.isDigit(rest.charAt(0)) || Character.isLowerCase(rest.charAt(0)));
    }

    static List<Integer> missed(String text, int begin, int end) {
        List<Integer> cuts = new ArrayList<>();
        Matcher m = STOP.matcher(text).region(begin, end);
        while (m.find()) {
            String word = m.group(1);
            boolean lowerOrDigit = Character.isDigit(word.charAt(0)) || Character.isLowerCase(word.charAt(0));
            if (lowerOrDigit && !ABBREVIATIONS.contains(word) && m.end(2) < end) {
                cuts.add(m.end(2));
            }
        }
        return cuts;
    }
}
