package org.newsgraph.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words relative to the anchor: "today" / "tonight" (the anchor), "yesterday", "tomorrow" (DAY);
 * "last month", "this month", "next month" (MONTH); "last year", "this year", "next year" (YEAR).
 * "the last year" and "the next month" (a span of time, not a calendar unit) are skipped. Weeks
 * ("last week", "this week", "next week"; Monday to Sunday) yield their month (MONTH) when the
 * whole week lies in one month, else nothing: no precision represents a calendar week, and a day
 * would claim more than the text says. Nothing is found without an anchor.
 */
final class RelativeDates implements DateRule {

    private static final Pattern DAY_WORD = Pattern.compile(
            "(?=[TtYy])(?<![A-Za-z])(?<w>(?i:today|tonight|yesterday|tomorrow))(?![A-Za-z])");
    private static final Pattern UNIT = Pattern.compile("(?=[LlTtNn])(?<![A-Za-z])"
            + "(?<!(?i:the)\\s)(?<!(?i:the)\\s\\s)(?<rel>(?i:last|this|next))\\s{1,3}"
            + "(?<unit>(?i:month|year))(?![A-Za-z])");
    private static final Pattern WEEK = Pattern.compile("(?=[LlTtNn])(?<![A-Za-z])"
            + "(?<!(?i:the)\\s)(?<!(?i:the)\\s\\s)(?<rel>(?i:last|this|next))\\s{1,3}(?i:week)(?![A-Za-z])");

    @Override
    public void collect(Region region) {
        if (!region.anchored()) {
            return;
        }
        LocalDate anchor = region.anchor();
        if (region.mentions("today", "tonight", "yesterday", "tomorrow")) {
            Matcher m = region.matcher(DAY_WORD);
            while (m.find()) {
                region.add(m.start(), m.end(), Values.day(day(anchor, m.group("w"))));
            }
        }
        if (region.mentions("month", "year")) {
            collectUnits(region, anchor);
        }
        if (region.mentions("week")) {
            collectWeeks(region, anchor);
        }
    }

    private static void collectWeeks(Region region, LocalDate anchor) {
        Matcher m = region.matcher(WEEK);
        while (m.find()) {
            String rel = m.group("rel").toLowerCase(Locale.ROOT);
            int step = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
            LocalDate monday = anchor.plusWeeks(step).with(DayOfWeek.MONDAY);
            LocalDate sunday = monday.plusDays(6);
            if (monday.getMonthValue() == sunday.getMonthValue()) {
                region.add(m.start(), m.end(), monthValue(monday));
            }
        }
    }

    private static void collectUnits(Region region, LocalDate anchor) {
        Matcher m = region.matcher(UNIT);
        while (m.find()) {
            String rel = m.group("rel").toLowerCase(Locale.ROOT);
            int step = rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0;
            boolean month = m.group("unit").toLowerCase(Locale.ROOT).equals("month");
            TemporalValue value = month
                    ? monthValue(anchor.plusMonths(step))
                    : Values.year(anchor.getYear() + step);
            region.add(m.start(), m.end(), value);
        }
    }

    private static LocalDate day(LocalDate anchor, String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "yesterday" -> anchor.minusDays(1);
            case "tomorrow" -> anchor.plusDays(1);
            default -> anchor;
        };
    }

    private static TemporalValue monthValue(LocalDate date) {
        return Values.month(date.getYear(), date.getMonthValue());
    }
}
