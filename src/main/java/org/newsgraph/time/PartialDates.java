package org.newsgraph.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Month- and year-precision expressions: "January 2026", "January of 2026", "early April",
 * "mid-March 2025", "end of June", "in March", "last March", "early 2026", "mid-2025", "late 2025".
 * Year-less months take the year that puts them closest to the anchor (none without anchor).
 */
final class PartialDates implements DateRule {

    private static final String YEAR_TAIL = "(?:,?\\s{1,3}(?:of\\s{1,3})?(?<y>"
            + Lexicon.PLAUSIBLE_YEAR + "))";
    private static final String QUALIFIER_START = "(?=[EeMmLlSsBb])" + Lexicon.QUALIFIER;
    private static final String MONTH = "(?<![A-Za-z])(?<m>" + Lexicon.MONTH + ")";

    private static final Pattern MONTH_YEAR = Pattern.compile("(?=[A-Z])" + MONTH + YEAR_TAIL);
    private static final Pattern QUALIFIED_MONTH = Pattern.compile(QUALIFIER_START + MONTH
            + YEAR_TAIL + "?");
    private static final Pattern QUALIFIED_YEAR = Pattern.compile(QUALIFIER_START + "(?<y>"
            + Lexicon.PLAUSIBLE_YEAR + ")");
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("(?=[A-Z])"
            + "(?<=(?<![A-Za-z])(?i:in|since|by|until|till|through|throughout|from|during|before"
            + "|after)\\s{1,3})" + MONTH + "(?![\\w'\u2019])");
    private static final Pattern RELATIVE_MONTH = Pattern.compile("(?=[LlNnTtPp])(?<![A-Za-z])"
            + "(?<rel>(?i:last|next|this|past))\\s{1,3}" + MONTH + "(?![\\w'\u2019])");

    @Override
    public void collect(Region region) {
        if (region.hasDigit()) {
            Matcher m = region.matcher(QUALIFIED_YEAR);
            while (m.find()) {
                TemporalValue year = Values.year(Integer.parseInt(m.group("y")));
                String qualifier = Values.qualifier(m.group("q"));
                region.add(m.start(), m.end(), Values.qualified(year, qualifier));
            }
        }
        if (region.contains(Lexicon.MONTH_STEMS)) {
            collectMonths(region);
        }
    }

    private static void collectMonths(Region region) {
        Matcher m = region.matcher(MONTH_YEAR);
        while (m.find()) {
            region.add(m.start(), m.end(), month(region, m.group("m"), m.group("y")));
        }
        m = region.matcher(QUALIFIED_MONTH);
        while (m.find()) {
            TemporalValue month = month(region, m.group("m"), m.group("y"));
            region.add(m.start(), m.end(), Values.qualified(month, Values.qualifier(m.group("q"))));
        }
        m = region.matcher(AFTER_PREPOSITION);
        while (m.find()) {
            region.add(m.start(), m.end(), month(region, m.group("m"), null));
        }
        if (region.anchored()) {
            m = region.matcher(RELATIVE_MONTH);
            while (m.find()) {
                region.add(m.start(), m.end(), relative(region.anchor(), m.group("rel"),
                        Lexicon.month(m.group("m"))));
            }
        }
    }

    /** The month named, in the year given or else nearest the anchor (null without anchor). */
    private static TemporalValue month(Region region, String monthWord, String year) {
        int month = Lexicon.month(monthWord);
        if (year != null) {
            return Values.month(Integer.parseInt(year), month);
        }
        return region.anchored() ? Values.nearestMonth(region.anchor(), month) : null;
    }

    /** "last March": the latest March before the anchor's month; "next": the first after. */
    private static TemporalValue relative(LocalDate anchor, String rel, int month) {
        int anchorIndex = anchor.getYear() * 12 + anchor.getMonthValue() - 1;
        String r = rel.toLowerCase(Locale.ROOT);
        if (r.equals("this")) {
            return Values.nearestMonth(anchor, month);
        }
        int step = r.equals("next") ? 1 : -1;
        int index = anchorIndex + step;
        while ((index % 12) + 1 != month) {
            index += step;
        }
        return Values.month(index / 12, month);
    }
}
