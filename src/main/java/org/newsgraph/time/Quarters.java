package org.newsgraph.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar quarters: "the first quarter of 2027", "fourth-quarter 2025", "Q1 2027", "Q3'25", "Q3"
 * and "the fourth quarter" (year of the anchor), "the final quarter of 2025" (Q4), "last quarter",
 * "next quarter", "this quarter" / "the current quarter" (relative to the anchor's quarter).
 * Year-less quarters need an anchor.
 */
final class Quarters implements DateRule {

    private static final String YEAR = "(?<y>" + Lexicon.PLAUSIBLE_YEAR + ")";
    private static final Pattern ORDINAL = Pattern.compile("(?=[TtFfSs1-4])(?<![A-Za-z])"
            + "(?:(?i:the)\\s{1,3})?(?<ord>(?i:first|second|third|fourth|1st|2nd|3rd|4th))"
            + "(?:-|\\s{1,3})(?i:quarter)"
            + "(?![A-Za-z])(?:(?:\\s{1,3}of|,)?\\s{1,3}" + YEAR + ")?");
    private static final Pattern FINAL_OF_YEAR = Pattern.compile("(?=[TtFfLl])(?<![A-Za-z])"
            + "(?:(?i:the)\\s{1,3})?(?i:final|last)(?:-|\\s{1,3})(?i:quarter)"
            + "(?:\\s{1,3}of|,)?\\s{1,3}" + YEAR);
    private static final Pattern SHORT = Pattern.compile("(?=Q)(?<![\\w-])Q(?<n>[1-4])"
            + "(?:(?:\\s{1,3}(?:of\\s{1,3})?|-)" + YEAR + "|['\u2019](?<yy>\\d{2}))?(?![\\w-])");
    private static final Pattern RELATIVE = Pattern.compile("(?=[LlNnTtCcPp])(?<![A-Za-z])"
            + "(?<rel>(?i:last|next|this|current|previous))(?:-|\\s{1,3})(?i:quarter)(?![A-Za-z])");

    @Override
    public void collect(Region region) {
        if (region.hasDigit() && region.contains("Q")) {
            Matcher m = region.matcher(SHORT);
            while (m.find()) {
                String year = m.group("yy") != null ? "20" + m.group("yy") : m.group("y");
                int quarter = Integer.parseInt(m.group("n"));
                region.add(m.start(), m.end(), quarter(region, year, quarter));
            }
        }
        if (region.mentions("quarter")) {
            collectWords(region);
        }
    }

    private static void collectWords(Region region) {
        Matcher m = region.matcher(ORDINAL);
        while (m.find()) {
            region.add(m.start(), m.end(), quarter(region, m.group("y"), ordinal(m.group("ord"))));
        }
        m = region.matcher(FINAL_OF_YEAR);
        while (m.find()) {
            region.add(m.start(), m.end(), quarter(region, m.group("y"), 4));
        }
        if (region.anchored()) {
            m = region.matcher(RELATIVE);
            while (m.find()) {
                region.add(m.start(), m.end(), relative(region.anchor(), m.group("rel")));
            }
        }
    }

    private static TemporalValue quarter(Region region, String year, int quarter) {
        if (year != null) {
            return Values.quarter(Integer.parseInt(year), quarter);
        }
        return region.anchored() ? Values.quarter(region.anchor().getYear(), quarter) : null;
    }

    private static int ordinal(String word) {
        return switch (word.toLowerCase(Locale.ROOT).charAt(0)) {
            case 'f' -> word.toLowerCase(Locale.ROOT).startsWith("fi") ? 1 : 4;
            case 's', '2' -> 2;
            case 't', '3' -> 3;
            case '4' -> 4;
            default -> 1;
        };
    }

    private static TemporalValue relative(LocalDate anchor, String rel) {
        int index = anchor.getYear() * 4 + (anchor.getMonthValue() - 1) / 3;
        String r = rel.toLowerCase(Locale.ROOT);
        if (r.equals("last") || r.equals("previous")) {
            index--;
        } else if (r.equals("next")) {
            index++;
        }
        return Values.quarter(index / 4, index % 4 + 1);
    }
}
