package org.newsgraph.time;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a dateline: a full date with an explicit year on one of the first non-empty lines, standing
 * alone or with a short lead ("科技日报 2026-04-10", "BEIJING, April 10, 2026 —", "Published 21
 * June 2026", "By A. Writer | April 10, 2026 | 3 min read"). A date inside running prose ("X
 * released Y on 21 June 2026, a major upgrade ...") is not a dateline. In: the document text; out:
 * the date mention, if any.
 */
final class Datelines {

    private static final int LINES = 5;
    private static final int MAX_LEAD_CHARS = 40;
    private static final int MAX_LEAD_WORDS = 4;
    private static final int MAX_TAIL_CHARS = 30;
    private static final Pattern SEPARATOR_START = Pattern.compile("^[\u2014\u2013|:\\-]");
    private static final Pattern SENTENCE_END = Pattern.compile("\\p{Ll}{2}[.!?](?:\\s|$)");

    private Datelines() {
    }

    static Optional<DateMention> find(DateFinder dates, String text) {
        int lineStart = 0;
        int seen = 0;
        while (lineStart < text.length() && seen < LINES) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            if (!text.substring(lineStart, lineEnd).isBlank()) {
                seen++;
                Optional<DateMention> date = inLine(dates, text, lineStart, lineEnd);
                if (date.isPresent()) {
                    return date;
                }
            }
            lineStart = lineEnd + 1;
        }
        return Optional.empty();
    }

    private static Optional<DateMention> inLine(DateFinder dates, String text, int start, int end) {
        for (DateMention m : dates.find(text, start, end, null)) {
            if (m.value().precision() == Precision.DAY
                    && isLead(text.substring(start, m.begin()).strip())
                    && isTail(text.substring(m.end(), end).strip())) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }

    private static boolean isLead(String lead) {
        return lead.length() <= MAX_LEAD_CHARS
                && (lead.isEmpty() || lead.split("\\s+").length <= MAX_LEAD_WORDS)
                && !SENTENCE_END.matcher(lead).find();
    }

    private static boolean isTail(String tail) {
        return tail.length() <= MAX_TAIL_CHARS || SEPARATOR_START.matcher(tail).find();
    }
}
