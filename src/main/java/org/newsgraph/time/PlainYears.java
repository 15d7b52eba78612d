package org.newsgraph.time;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plain years 1900-2099: "in 2025", "since 2023", "by 2030", "The 2023 rules". Numbers that are
 * not years are skipped: part of a longer number or word ("1080p", "2,000", "2026.5"), money
 * ("$2026"), quantities ("2026 percent", "2000 gigawatts"), names and ranks ("Fortune 2000",
 * "No. 2025", "top 2000") and numbers next to other numbers.
 */
final class PlainYears implements DateRule {

    private static final Pattern YEAR = Pattern.compile("(?=[12])"
            + "(?<![\\w$\u20ac\u00a3\u00a5#.,/+])(?<![A-Za-z]-)(?:19|20)\\d{2}"
            + "(?![\\w%\u2030$\u20ac\u00a3\u00a5/])(?![.,]\\d)");

    /** Capitalised words that may stand before a year ("In 2025", "The 2023 rules"). */
    private static final Set<String> OPENERS = Set.of("the", "in", "by", "since", "until", "till",
            "from", "for", "of", "through", "during", "before", "after", "and", "or", "between",
            "around", "about", "circa", "fiscal", "fy", "as", "at", "to", "this", "that", "its",
            "year", "early", "late", "mid", "end", "spring", "summer", "autumn", "fall", "winter");

    /** Lower-case words after which a number is a rank or a count, not a year. */
    private static final Set<String> NOT_BEFORE = Set.of("no.", "no", "nos.", "number", "top",
            "rank", "ranked", "version", "v", "model", "page", "pages", "room", "route", "flight",
            "nearly", "almost", "some", "approximately", "roughly", "only");

    /** Words after a number that make it a quantity. */
    private static final Set<String> UNITS = Set.of("percent", "per", "pct", "points", "basis",
            "people", "users", "units", "employees", "staff", "workers", "jobs", "yuan", "rmb",
            "dollars", "usd", "euros", "pounds", "yen", "won", "rupees", "thousand", "million",
            "billion", "trillion", "hundred", "times", "gigawatts", "megawatts", "kilowatts",
            "watts", "gw", "mw", "kw", "gwh", "mwh", "gb", "tb", "mb", "km", "miles", "meters",
            "metres", "kilometres", "kilometers", "tons", "tonnes", "hours", "minutes", "seconds",
            "days", "weeks", "months", "years", "parameters", "tokens", "gpus", "chips", "servers",
            "cars", "vehicles", "stores", "companies", "firms", "startups", "models", "videos",
            "images", "frames", "pixels", "shares", "votes", "elo", "x");

    @Override
    public void collect(Region region) {
        if (!region.hasDigit()) {
            return;
        }
        Matcher m = region.matcher(YEAR);
        while (m.find()) {
            if (looksLikeYear(region, m.start(), m.end())) {
                region.add(m.start(), m.end(), Values.year(Integer.parseInt(m.group())));
            }
        }
    }

    private static boolean looksLikeYear(Region region, int begin, int end) {
        String before = region.wordBefore(begin);
        String after = region.wordAfter(end).toLowerCase(Locale.ROOT);
        if (UNITS.contains(after) || isNumber(after) || isNumber(before)) {
            return false;
        }
        String lower = before.toLowerCase(Locale.ROOT);
        if (NOT_BEFORE.contains(lower)) {
            return false;
        }
        boolean endsSentence = before.endsWith(".") && before.length() > 3;
        return before.isEmpty() || endsSentence || !Lexicon.capitalised(before)
                || OPENERS.contains(lower);
    }

    private static boolean isNumber(String word) {
        return !word.isEmpty() && Character.isDigit(word.charAt(0));
    }
}
