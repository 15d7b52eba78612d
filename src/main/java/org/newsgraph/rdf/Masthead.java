package org.newsgraph.rdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.newsgraph.text.WordLists;
import org.newsgraph.time.PublicationDate;

/**
 * The headline and publisher read from the top of an article's text, for documents whose metadata
 * gives none. The headline is the first line after the dateline (or, without a dateline, the first
 * line) when it reads like one: 2 to 25 words, not ending like a sentence. The publisher is the
 * dateline's lead when it names an outlet ("科技日报 2026-04-10", "Tech Daily | April 10, 2026"),
 * not a place ("BEIJING, April 10, 2026") or a phrase such as "Published" or "By A. Writer"
 * (word list {@code dateline-lead-words}). Without a headline, {@link #label} is the first sentence
 * (or the opening words) of the text, so that people see words, not a file hash. In: the text and its publication
 * date; out: values.
 */
final class Masthead {
    private static final int LINES = 6;
    private static final int MAX_HEADLINE_WORDS = 25;
    private static final int MAX_LEAD_WORDS = 4;
    private static final int LABEL_CHARS = 80;
    private static final Pattern SENTENCE_END = Pattern.compile("[.,;:]$");
    private static final Pattern FIRST_SENTENCE_END = Pattern.compile("\\p{Ll}[.!?](?=\\s|$)");
    private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s|\u2014\u2013:\\-]+$");
    private static final Set<String> LEAD_WORDS = WordLists.set("dateline-lead-words");

    /** One non-empty line of the text and where it starts. */
    private record Line(String text, int begin, int end) {
    }

    private final List<Line> lines;
    private final PublicationDate published;

    /** The masthead of {@code text} published as {@code published}. */
    Masthead(String text, PublicationDate published) {
        this.lines = firstLines(text);
        this.published = published;
    }

    /** The headline, if the top of the text has one. */
    Optional<String> headline() {
        int dateline = datelineIndex();
        int first = dateline < 0 ? 0 : dateline + 1;
        if (first >= lines.size()) {
            return Optional.empty();
        }
        String line = lines.get(first).text();
        int words = line.split("\\s+").length;
        return words >= 2 && words <= MAX_HEADLINE_WORDS && !SENTENCE_END.matcher(line).find()
                ? Optional.of(line) : Optional.empty();
    }

    /** The publisher named before the dateline's date, if any. */
    Optional<String> publisher() {
        int dateline = datelineIndex();
        if (dateline < 0) {
            return Optional.empty();
        }
        Line line = lines.get(dateline);
        String lead = line.text().substring(0, Math.max(0, published.evidenceBegin() - line.begin())).strip();
        if (lead.isEmpty() || lead.endsWith(",")) {
            return Optional.empty();
        }
        String name = TRAILING_SEPARATORS.matcher(lead).replaceAll("").strip();
        String[] words = name.split("\\s+");
        boolean named = !name.isEmpty() && words.length <= MAX_LEAD_WORDS && name.codePoints().anyMatch(Character::isLetter)
                && !LEAD_WORDS.contains(words[0].toLowerCase(Locale.ROOT).replaceAll("\\P{L}+$", ""));
        return named ? Optional.of(name) : Optional.empty();
    }

    /** The headline, else the opening words of the text (at most about 80 characters), else empty. */
    Optional<String> label() {
        return headline().or(() -> lines.isEmpty() ? Optional.empty() : Optional.of(opening(lines.get(0).text())));
    }

    private static String opening(String line) {
        java.util.regex.Matcher end = FIRST_SENTENCE_END.matcher(line);
        if (end.find() && end.end() <= LABEL_CHARS) {
            return line.substring(0, end.end()).strip();
        }
        if (line.length() <= LABEL_CHARS) {
            return line;
        }
        int cut = line.lastIndexOf(' ', LABEL_CHARS);
        return line.substring(0, cut > 0 ? cut : LABEL_CHARS).strip() + "\u2026";
    }

    /** The index in {@link #lines} of the line holding the dateline's date, or -1. */
    private int datelineIndex() {
        if (published.basis() != PublicationDate.Basis.DATELINE || published.evidenceBegin() < 0) {
            return -1;
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).begin() <= published.evidenceBegin() && published.evidenceBegin() < lines.get(i).end()) {
                return i;
            }
        }
        return -1;
    }

    private static List<Line> firstLines(String text) {
        List<Line> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length() && out.size() < LINES) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end;
            String raw = text.substring(start, end);
            if (!raw.isBlank()) {
                int lead = raw.length() - raw.stripLeading().length();
                out.add(new Line(raw.strip(), start + lead, end));
            }
            start = end + 1;
        }
        return out;
    }
}
