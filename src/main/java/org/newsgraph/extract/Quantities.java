package org.newsgraph.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/**
 * Reads numbers as news writes them: digits with thousands separators ("1,268", "2.12"), number
 * words ("forty", "nine hundred", "two and a half", "half"), and a scale word or letter after
 * them ("100 million", "1.2-trillion", "$410m"). In: the written number and scale; out: the value,
 * or null when the words are not a number.
 */
final class Quantities {
    /** Number words as a regular expression (longest forms first). */
    static final String WORDS = "(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|"
            + "sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
            + "(?: hundred)?(?: and a half)?|half)";
    /** A written number: digits or number words. */
    static final String NUMBER = "(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?i:" + WORDS + "))";
    /** A scale after a number. */
    static final String SCALE = "(?:thousand|million|billion|trillion|[bBmM][nN](?![\\p{L}\\d])|[kKmMbBT](?![\\p{L}\\d]))";

    private static final Map<String, Integer> SMALL = Map.ofEntries(Map.entry("one", 1),
            Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
            Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
            Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30),
            Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    private Quantities() { }

    /** The value of a written number times its scale (scale may be null or empty). */
    static BigDecimal value(String number, String scale) {
        BigDecimal base = base(number.strip().toLowerCase(Locale.ROOT));
        if (base == null) {
            return null;
        }
        return base.multiply(multiplier(scale)).stripTrailingZeros();
    }

    private static BigDecimal base(String n) {
        if (!n.isEmpty() && Character.isDigit(n.charAt(0))) {
            return new BigDecimal(n.replace(",", ""));
        }
        if (n.equals("half")) {
            return new BigDecimal("0.5");
        }
        BigDecimal total = BigDecimal.ZERO;
        boolean any = false;
        for (String word : n.replace("-", " ").split("\\s+")) {
            if (word.equals("hundred")) {
                total = total.multiply(BigDecimal.valueOf(100));
            } else if (word.equals("half")) {
                total = total.add(new BigDecimal("0.5"));
            } else if (SMALL.containsKey(word)) {
                total = total.add(BigDecimal.valueOf(SMALL.get(word)));
                any = true;
            } else if (!word.equals("and") && !word.equals("a")) {
                return null;
            }
        }
        return any ? total : null;
    }

    private static BigDecimal multiplier(String scale) {
        if (scale == null || scale.isBlank()) {
            return BigDecimal.ONE;
        }
        return switch (scale.strip().toLowerCase(Locale.ROOT)) {
            case "thousand", "k" -> BigDecimal.valueOf(1_000L);
            case "million", "m", "mn" -> BigDecimal.valueOf(1_000_000L);
            case "billion", "b", "bn" -> BigDecimal.valueOf(1_000_000_000L);
            case "trillion", "t" -> BigDecimal.valueOf(1_000_000_000_000L);
            default -> BigDecimal.ONE;
        };
    }
}
