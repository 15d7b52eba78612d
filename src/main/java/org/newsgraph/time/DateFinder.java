package org.newsgraph.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Finds date expressions in English news text and normalises them against the publication date.
 *
 * <p>In: the document text, a range [from, to) to search (typically one sentence) and the anchor
 * (the publication date, or null when unknown: then only expressions with an explicit year are
 * returned). Out: the mentions in text order, with document offsets, none overlapping (of
 * overlapping candidates the longest is kept). Covers full dates, month-year and qualified
 * months and years ("early April", "late 2025"), weekdays, "today" / "last month" / "next year",
 * seasons, quarters, plain years, month alternatives ("January or February 2025", the year) and
 * counted offsets ("six months ago", "two weeks after April 10"). Calendar weeks ("last week")
 * yield their month when the whole week lies in one month, else nothing. Thread-safe and stateless.
 */
public final class DateFinder {

    private static final DateRule CALENDAR = new CalendarDates();
    private static final List<DateRule> RULES = List.of(CALENDAR, new PartialDates(),
            new MonthAlternatives(), new Weekdays(), new RelativeDates(), new Seasons(), new Quarters(), new PlainYears());
    private static final DateRule OFFSETS = new Offsets();

    private static final Comparator<DateMention> LONGEST_FIRST = Comparator
            .comparingInt((DateMention d) -> d.end() - d.begin()).reversed()
            .thenComparingInt(DateMention::begin);

    /**
     * The date expressions in {@code text[from, to)}.
     *
     * @throws IllegalArgumentException when the range is not inside the text
     */
    public List<DateMention> find(String text, int from, int to, LocalDate anchor) {
        Objects.requireNonNull(text, "text");
        if (from < 0 || to > text.length() || from > to) {
            throw new IllegalArgumentException("range " + from + ".." + to + " outside the text");
        }
        Region region = new Region(text, from, to, anchor);
        for (DateRule rule : RULES) {
            rule.collect(region);
        }
        OFFSETS.collect(region);
        return withoutOverlaps(region.candidates(), region.blocked());
    }

    /**
     * The full dates with an explicit year in the whole text ("April 10, 2026", "2026-04-10", and
     * counted offsets from them): what {@link #find} returns at day precision without an anchor,
     * found faster because the other rules are not run.
     */
    public List<DateMention> findFullDates(String text) {
        Region region = new Region(text, 0, text.length(), null);
        CALENDAR.collect(region);
        OFFSETS.collect(region);
        return withoutOverlaps(region.candidates(), region.blocked());
    }

    /** The date expressions in the whole text. */
    public List<DateMention> find(String text, LocalDate anchor) {
        return find(text, 0, text.length(), anchor);
    }

    /** The candidates overlapping neither a longer one nor a longer blocked span, in text order. */
    private static List<DateMention> withoutOverlaps(List<DateMention> candidates,
                                                     List<int[]> blocked) {
        List<DateMention> sorted = new ArrayList<>(candidates);
        sorted.sort(LONGEST_FIRST);
        TreeMap<Integer, DateMention> kept = new TreeMap<>();
        for (DateMention candidate : sorted) {
            int length = candidate.end() - candidate.begin();
            Map.Entry<Integer, DateMention> before = kept.lowerEntry(candidate.end());
            boolean free = (before == null || before.getValue().end() <= candidate.begin())
                    && blocked.stream().noneMatch(b -> b[1] - b[0] > length
                            && overlap(b[0], b[1], candidate));
            if (free) {
                kept.put(candidate.begin(), candidate);
            }
        }
        return List.copyOf(kept.values());
    }

    private static boolean overlap(int begin, int end, DateMention m) {
        return begin < m.end() && m.begin() < end;
    }
}
