package org.newsgraph.time;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Day-precision calendar dates: "April 10, 2026", "Friday, April 10, 2026", "Oct. 29", "21 June
 * 2026", "Sunday 21 June 2026", "the 3rd of May", "2026-04-10", "2026/4/10", "2026年4月10日".
 * Dates without a year take the year that puts them closest to the anchor (none without anchor).
 */
final class CalendarDates implements DateRule {

    private static final String WEEKDAY_OPENING = "(?:(?<![A-Za-z])" + Lexicon.WEEKDAY_PREFIX
            + ",?\\s{1,3})?";
    private static final String YEAR_TAIL = "(?:,?\\s{1,3}(?<y>" + Lexicon.YEAR + "))?";

    private static final Pattern MONTH_DAY = Pattern.compile("(?=[A-Z])" + WEEKDAY_OPENING
            + "(?<![A-Za-z])(?<m>" + Lexicon.MONTH + ")\\s{1,3}(?<d>" + Lexicon.DAY + ")"
            + YEAR_TAIL);
    private static final Pattern DAY_MONTH = Pattern.compile("(?=[A-Z0-9])" + WEEKDAY_OPENING
            + "(?<d>" + Lexicon.DAY + ")\\s{1,3}(?:of\\s{1,3})?(?<m>" + Lexicon.MONTH + ")"
            + YEAR_TAIL);
    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\w.\\-/])(?<y>\\d{4})"
            + "(?:-(?<m>\\d{2})-(?<d>\\d{2})|/(?<m2>\\d{1,2})/(?<d2>\\d{1,2}))"
            + "(?![\\d/\\-])");
    private static final Pattern CJK = Pattern.compile(
            "(?<!\\d)(?<y>\\d{4})年(?<m>\\d{1,2})月(?:(?<d>\\d{1,2})[日号])?");

    @Override
    public void collect(Region region) {
        if (!region.hasDigit()) {
            return;
        }
        if (region.contains(Lexicon.MONTH_STEMS)) {
            collectWords(region, MONTH_DAY);
            collectWords(region, DAY_MONTH);
        }
        collectNumeric(region);
        if (region.mentions("\u5e74")) {
            collectCjk(region);
        }
    }

    private static void collectWords(Region region, Pattern pattern) {
        Matcher m = region.matcher(pattern);
        while (m.find()) {
            int month = Lexicon.month(m.group("m"));
            int day = Integer.parseInt(m.group("d").replaceAll("\\D", ""));
            String year = m.group("y");
            TemporalValue value;
            if (year != null) {
                value = Values.day(Integer.parseInt(year), month, day);
            } else {
                value = region.anchored() ? Values.nearestDay(region.anchor(), month, day) : null;
            }
            addOrBlock(region, m, value);
        }
    }

    private static void addOrBlock(Region region, Matcher m, TemporalValue value) {
        if (value == null) {
            region.block(m.start(), m.end());
        } else {
            region.add(m.start(), m.end(), value);
        }
    }

    private static void collectNumeric(Region region) {
        Matcher m = region.matcher(NUMERIC);
        while (m.find()) {
            String month = m.group("m") != null ? m.group("m") : m.group("m2");
            String day = m.group("d") != null ? m.group("d") : m.group("d2");
            addOrBlock(region, m, Values.day(Integer.parseInt(m.group("y")),
                    Integer.parseInt(month), Integer.parseInt(day)));
        }
    }

    private static void collectCjk(Region region) {
        Matcher m = region.matcher(CJK);
        while (m.find()) {
            int year = Integer.parseInt(m.group("y"));
            int month = Integer.parseInt(m.group("m"));
            TemporalValue value = m.group("d") == null ? Values.month(year, month)
                    : Values.day(year, month, Integer.parseInt(m.group("d")));
            addOrBlock(region, m, value);
        }
    }
}
