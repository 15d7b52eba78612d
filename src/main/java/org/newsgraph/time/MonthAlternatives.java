package org.newsgraph.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Two months offered as alternatives or as a span, with one year after them: "January or
 * February 2025", "March to May 2026", "June–July 2025". The text commits only to the year, so the
 * whole expression is one YEAR-precision value (longer than the month it ends with, so it wins).
 */
final class MonthAlternatives implements DateRule {

    private static final Pattern ALTERNATIVES = Pattern.compile("(?=[A-Z])(?<![A-Za-z])" + Lexicon.MONTH
            + "\\s{0,3}(?:or|to|through|-|–|—)\\s{0,3}" + Lexicon.MONTH + ",?\\s{1,3}(?<y>"
            + Lexicon.PLAUSIBLE_YEAR + ")");

    @Override
    public void collect(Region region) {
        if (!region.hasDigit() || !region.contains(Lexicon.MONTH_STEMS)) {
            return;
        }
        Matcher m = region.matcher(ALTERNATIVES);
        while (m.find()) {
            region.add(m.start(), m.end(), Values.year(Integer.parseInt(m.group("y"))));
        }
    }
}
