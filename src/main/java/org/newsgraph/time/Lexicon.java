package org.newsgraph.time;

import java.util.Locale;
import java.util.Map;

/**
 * English calendar words: month, weekday, season and number names, and the regular-expression
 * fragments that match them. In: a word as written; out: its number, or 0 when unknown.
 */
final class Lexicon {

    /** Month names and their usual abbreviations; longer alternatives first. */
    static final String MONTH = "(?:(?:January|February|March|April|May|June|July|August"
            + "|September|October|November|December)(?![A-Za-z])"
            + "|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![A-Za-z])\\.?)";

    /** Full weekday names, capitalised. */
    static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

    /** Weekday names and abbreviations as they open a full date ("Fri., April 10"). */
    static final String WEEKDAY_PREFIX = "(?:" + WEEKDAY
            + "(?![A-Za-z])|(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?![A-Za-z])\\.?)";

    /** A four-digit year that is not part of a longer number or word. */
    static final String YEAR = "(?<![\\d.,])\\d{4}(?![\\w%])(?![.,]\\d)";

    /** A four-digit year from 1800 to 2199, the years news writes without day or month. */
    static final String PLAUSIBLE_YEAR = "(?<![\\d.,])(?:1[89]|2[01])\\d{2}(?![\\w%])(?![.,]\\d)";

    /** A qualifier opening a month or year: "early", "mid-", "late", "end of", "start of". */
    static final String QUALIFIER = "(?<![A-Za-z])(?<q>(?i:early|mid|late)(?:-|\\s{1,3})"
            + "|(?i:end|start|beginning|middle)\\s{1,3}of\\s{1,3})";

    /** A day of the month with an optional ordinal suffix. */
    static final String DAY = "(?<![\\d.,])[0-3]?\\d(?:st|nd|rd|th)?(?!\\w)(?![.,]\\d)";

    /** Small counts written as words or digits. */
    static final String COUNT = "(?i:\\d{1,3}|an?|one|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
            + "|twenty|thirty|forty|fifty|sixty|ninety)";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
            Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("ninety", 90));

    /** Capitalised stems, one of which opens every month name: a quick pre-test. */
    static final String[] MONTH_STEMS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
        "Sep", "Oct", "Nov", "Dec"};

    /** Weekday names as the patterns match them: a quick pre-test. */
    static final String[] WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
        "Saturday", "Sunday"};

    /** Lower-case season words: a quick pre-test. */
    static final String[] SEASON_WORDS = {"spring", "summer", "autumn", "fall", "winter"};

    private static final String[] MONTH_PREFIXES = {"jan", "feb", "mar", "apr", "may", "jun",
        "jul", "aug", "sep", "oct", "nov", "dec"};

    private static final String[] WEEKDAY_PREFIXES = {"mon", "tue", "wed", "thu", "fri", "sat",
        "sun"};

    private Lexicon() {
    }

    /** 1..12 for a month name or abbreviation (any case, optional dot), else 0. */
    static int month(String word) {
        return indexOfPrefix(MONTH_PREFIXES, word);
    }

    /** 1 (Monday) .. 7 (Sunday) for a weekday name or abbreviation, else 0. */
    static int weekday(String word) {
        return indexOfPrefix(WEEKDAY_PREFIXES, word);
    }

    /** 1 spring, 2 summer, 3 autumn (or fall), 4 winter, else 0. */
    static int season(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "spring" -> 1;
            case "summer" -> 2;
            case "autumn", "fall" -> 3;
            case "winter" -> 4;
            default -> 0;
        };
    }

    /** The value of a count ("six", "18", "a"), or -1 when not a count. */
    static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
            return Integer.parseInt(w);
        }
        return NUMBERS.getOrDefault(w, -1);
    }

    /** Whether a calendar word is written as a name: capitalised or all upper case. */
    static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    private static int indexOfPrefix(String[] prefixes, String word) {
        if (word.length() < 3) {
            return 0;
        }
        String head = word.substring(0, 3).toLowerCase(Locale.ROOT);
        for (int i = 0; i < prefixes.length; i++) {
            if (prefixes[i].equals(head)) {
                return i + 1;
            }
        }
        return 0;
    }
}
