package org.newsgraph.time;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counted offsets: "three days before April 10, 2026", "two weeks after Friday", "six months
 * ago", "a year from now". Offsets from a date found by the other rules must run after them; the
 * result is never more precise than its base (days and weeks need a DAY, months a DAY or MONTH,
 * years anything). Offsets from an unknown event ("two weeks after the launch") yield nothing.
 */
final class Offsets implements DateRule {

    private static final String AMOUNT = "(?=[0-9AaOoTtFfSsEeNn])(?<![\\w.,])(?<n>"
            + Lexicon.COUNT + ")\\s{1,3}"
            + "(?<unit>(?i:days?|weeks?|months?|years?))\\s{1,3}";
    private static final Pattern FROM_ANCHOR = Pattern.compile(AMOUNT
            + "(?<dir>(?i:ago|from\\s{1,3}now))(?![A-Za-z])");
    private static final Pattern FROM_DATE = Pattern.compile(AMOUNT
            + "(?<dir>(?i:after|before|prior\\s{1,3}to))\\s{1,3}");

    @Override
    public void collect(Region region) {
        if (!region.candidates().isEmpty() && region.mentions("after", "before", "prior")) {
            collectFromDates(region);
        }
        if (region.anchored() && region.mentions("ago", "now")) {
            collectFromAnchor(region);
        }
    }

    private static void collectFromDates(Region region) {
        Map<Integer, DateMention> byBegin = longestByBegin(region.candidates());
        Matcher m = region.matcher(FROM_DATE);
        while (m.find()) {
            DateMention base = byBegin.get(m.end());
            int amount = Lexicon.count(m.group("n"));
            if (base != null && amount >= 0) {
                boolean after = m.group("dir").toLowerCase(Locale.ROOT).equals("after");
                int signed = after ? amount : -amount;
                region.add(m.start(), base.end(), shift(base.value(), signed, unit(m)));
            }
        }
    }

    private static void collectFromAnchor(Region region) {
        TemporalValue anchor = Values.day(region.anchor());
        Matcher m = region.matcher(FROM_ANCHOR);
        while (anchor != null && m.find()) {
            int amount = Lexicon.count(m.group("n"));
            int signed = m.group("dir").toLowerCase(Locale.ROOT).equals("ago") ? -amount : amount;
            TemporalValue shifted = shift(anchor, signed, unit(m));
            region.add(m.start(), m.end(), coarsen(shifted, unit(m)));
        }
    }

    private static Map<Integer, DateMention> longestByBegin(List<DateMention> candidates) {
        Map<Integer, DateMention> byBegin = new HashMap<>();
        for (DateMention c : candidates) {
            byBegin.merge(c.begin(), c, (a, b) -> a.end() >= b.end() ? a : b);
        }
        return byBegin;
    }

    /** 'd', 'w', 'm' or 'y'. */
    private static char unit(Matcher m) {
        return Character.toLowerCase(m.group("unit").charAt(0));
    }

    /** The value moved by n units, or null when the base is too coarse for the unit. */
    static TemporalValue shift(TemporalValue base, int n, char unit) {
        Precision p = base.precision();
        TemporalValue moved = switch (unit) {
            case 'd', 'w' -> p == Precision.DAY
                    ? Values.day(base.toLocalDate().plusDays(unit == 'w' ? 7L * n : n)) : null;
            case 'm' -> shiftMonths(base, n);
            default -> yearShifted(base, n);
        };
        return Values.qualified(moved, base.qualifier());
    }

    private static TemporalValue shiftMonths(TemporalValue base, int n) {
        return switch (base.precision()) {
            case DAY -> Values.day(base.toLocalDate().plusMonths(n));
            case MONTH -> {
                LocalDate first = LocalDate.of(base.year(), base.month(), 1).plusMonths(n);
                yield Values.month(first.getYear(), first.getMonthValue());
            }
            case QUARTER -> n % 3 == 0 ? quarterShifted(base, n / 3) : null;
            default -> n % 12 == 0 ? yearShifted(base, n / 12) : null;
        };
    }

    private static TemporalValue quarterShifted(TemporalValue base, int quarters) {
        int index = base.year() * 4 + base.part() - 1 + quarters;
        return Values.quarter(Math.floorDiv(index, 4), Math.floorMod(index, 4) + 1);
    }

    private static TemporalValue yearShifted(TemporalValue base, int years) {
        int year = base.year() + years;
        return switch (base.precision()) {
            case DAY -> Values.day(base.toLocalDate().plusYears(years));
            case MONTH -> Values.month(year, base.month());
            case SEASON -> Values.season(year, base.part());
            case QUARTER -> Values.quarter(year, base.part());
            default -> Values.year(year);
        };
    }

    /** Offsets from the anchor are as precise as their unit: months give MONTH, years YEAR. */
    private static TemporalValue coarsen(TemporalValue day, char unit) {
        if (day == null || unit == 'd' || unit == 'w') {
            return day;
        }
        return unit == 'm' ? Values.month(day.year(), day.month()) : Values.year(day.year());
    }
}
