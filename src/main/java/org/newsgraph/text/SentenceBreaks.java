package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sentence ends the statistical splitter misses: a full stop after a number or a lower-case word,
 * followed by a capitalised word ("... than Veo 3. The more ..."), unless the word before the
 * stop is a common abbreviation ("Mr.", "No.", "Inc."). In: a span of text. Out: the offsets
 * just after each missed full stop, in order.
 */
final class SentenceBreaks {
    private static final Pattern STOP = Pattern.compile("(\\p{L}+|\\d+)([.!?])\\s+(?=\\p{Lu}\\p{Ll})");
    private static final Set<String> ABBREVIATIONS = Set.of("Mr", "Mrs", "Ms", "Dr", "St", "vs", "No",
            "Inc", "Corp", "Ltd", "Co", "Jr", "Sr", "Prof", "Gen", "Sen", "Rep", "Gov", "Jan", "Feb", "Mar",
            "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "est", "e.g", "i.e");

    private SentenceBreaks() { }

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
