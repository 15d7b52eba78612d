package org.newsgraph.time;

import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seasons (northern meteorological: spring March-May, summer June-August, autumn
 * September-November, winter December-February, counted in the year its December falls in):
 * "summer of 2024", "the summer of 2024", "Fall 2025", "last autumn" / "last fall" (the latest
 * such season before the anchor's season), "next spring", "this summer" and "mid summer" /
 * "midsummer" / "late summer" (the such season nearest the anchor; qualifier kept). Bare season
 * words are skipped, and so is "fall" used as a verb or noun of decline ("an early fall in
 * prices").
 */
final class Seasons implements DateRule {

    private static final String SEASON = "(?<s>(?i:spring|summer|autumn|winter"
            + "|fall(?!\\s{1,3}(?:in|of(?!\\s{1,3}\\d)|to|from|back|below|short|off|by"
            + "|behind)\\b)))";
    private static final String QUALIFIER = "(?:(?<q>(?i:early|late)(?:-|\\s{1,3})|(?i:mid)"
            + "(?:-|\\s{1,3})?))?";

    private static final Pattern WITH_YEAR = Pattern.compile("(?=[TtEeLlMmSsAaFfWw])(?<![A-Za-z])"
            + "(?:(?i:the)\\s{1,3})?" + QUALIFIER + SEASON + "(?:\\s{1,3}of)?,?\\s{1,3}(?<y>"
            + Lexicon.PLAUSIBLE_YEAR + ")");
    private static final Pattern RELATIVE = Pattern.compile("(?=[LlNnTtPpCc])(?<![A-Za-z])"
            + "(?<rel>(?i:last|next|this|past|coming))\\s{1,3}" + SEASON + "(?![A-Za-z])");
    private static final Pattern QUALIFIED = Pattern.compile("(?=[EeLlMm])(?<![A-Za-z])"
            + "(?<q>(?i:early|late)(?:-|\\s{1,3})|(?i:mid)(?:-|\\s{1,3})?)" + SEASON
            + "(?![A-Za-z])");

    @Override
    public void collect(Region region) {
        if (!region.mentions(Lexicon.SEASON_WORDS)) {
            return;
        }
        Matcher m = region.matcher(WITH_YEAR);
        while (m.find()) {
            TemporalValue value = Values.season(Integer.parseInt(m.group("y")), season(m));
            region.add(m.start(), m.end(), Values.qualified(value, qualifier(m)));
        }
        if (!region.anchored()) {
            return;
        }
        int current = index(region.anchor());
        m = region.matcher(RELATIVE);
        while (m.find()) {
            region.add(m.start(), m.end(), value(relative(current, m.group("rel"), season(m))));
        }
        m = region.matcher(QUALIFIED);
        while (m.find()) {
            TemporalValue value = value(nearest(current, season(m)));
            region.add(m.start(), m.end(), Values.qualified(value, qualifier(m)));
        }
    }

    /** Seasons counted from year 0 spring: index = year * 4 + (season - 1). */
    static int index(LocalDate date) {
        int month = date.getMonthValue();
        int year = month <= 2 ? date.getYear() - 1 : date.getYear();
        int season = month <= 2 ? 4 : month / 3;
        return year * 4 + season - 1;
    }

    private static int relative(int current, String rel, int season) {
        String r = rel.toLowerCase(Locale.ROOT);
        if (r.equals("this")) {
            return nearest(current, season);
        }
        int step = r.equals("next") || r.equals("coming") ? 1 : -1;
        int index = current + step;
        while (index % 4 + 1 != season) {
            index += step;
        }
        return index;
    }

    /** The occurrence of the season nearest the current one; ties go to the future. */
    private static int nearest(int current, int season) {
        int forward = Math.floorMod(season - 1 - current, 4);
        return forward <= 2 ? current + forward : current + forward - 4;
    }

    private static TemporalValue value(int index) {
        return Values.season(index / 4, index % 4 + 1);
    }

    private static int season(Matcher m) {
        return Lexicon.season(m.group("s"));
    }

    private static String qualifier(Matcher m) {
        return Values.qualifier(m.group("q"));
    }
}
