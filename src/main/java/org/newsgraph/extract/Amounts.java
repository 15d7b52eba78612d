package org.newsgraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.text.WordLists;

/**
 * Finds amounts in a sentence: money with its currency ("$0.08", "RMB 1.2 billion", "600 million
 * yuan", "HK$88"), percentages ("2.12 percent", "35%", "by roughly half"), sizes written as
 * compound adjectives ("70-billion-parameter", "256,000-token") and counts of things news counts
 * ("100 million daily active users", "2,000 domestic GPUs", "forty points", "and sixty above").
 * In: text and a range; out: the amounts in text order, none overlapping. Durations, years and
 * bare numbers are not amounts.
 */
final class Amounts {
    /** One amount: where the number and its unit are written, the value and the unit. */
    record Amount(int begin, int end, BigDecimal quantity, String unit) { }

    private static final String NUM = "(?<num>" + Quantities.NUMBER + ")";
    private static final String SCALE = "(?:[\\s-]?(?<scale>" + Quantities.SCALE + "))?";
    private static final Pattern MONEY_BEFORE = Pattern.compile("(?<![\\p{L}\\d])(?<cur>US\\$|HK\\$|A\\$|C\\$|S\\$|\\$|€|£|¥|"
            + "RMB|CNY|USD|EUR|HKD|GBP)\\s?(?<num>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)"
            + "(?:\\s?(?<scale>" + Quantities.SCALE + "))?(?![\\d])");
    private static final Pattern MONEY_AFTER = Pattern.compile("(?<![\\p{L}\\d.,])" + NUM + SCALE
            + "\\s(?<cur>(?i:yuan|renminbi|dollars|euros|pounds|yen))\\b");
    private static final Pattern PERCENT = Pattern.compile("(?<![\\p{L}\\d.,])" + NUM
            + "\\s?(?:percent|per cent|%)|\\bby (?:roughly |about |nearly |almost |more than )?(?<half>half)\\b");
    private static final Pattern COMPOUND = Pattern.compile("(?<![\\p{L}\\d.,])" + NUM + "(?:-?(?<scale>"
            + Quantities.SCALE + "))?-(?<unit>parameter|token|GPU|user)\\b");
    private static final String UNIT = WordLists.alternation("count-units");
    private static final Pattern COUNT = Pattern.compile("(?<![\\p{L}\\d.,$])" + NUM + SCALE
            + "\\s(?:(?!of\\b|in\\b|on\\b|per\\b)[\\p{L}-]+\\s){0,2}?(?<unit>" + UNIT + ")\\b(?! familiar)");
    private static final Pattern ELLIPSIS = Pattern.compile("^\\s+(?:(?:above|below|ahead of|over|behind)\\s+"
            + "[^,;]{1,30}?\\s+)?and\\s+(?<num>" + Quantities.NUMBER
            + ")\\s+(?=above|below|ahead|behind|more|higher|lower|over)");
    private static final Map<String, String> CURRENCIES = Map.ofEntries(Map.entry("us$", "USD"),
            Map.entry("$", "USD"), Map.entry("hk$", "HKD"), Map.entry("a$", "AUD"), Map.entry("c$", "CAD"),
            Map.entry("s$", "SGD"), Map.entry("€", "EUR"), Map.entry("£", "GBP"), Map.entry("¥", "CNY"),
            Map.entry("rmb", "CNY"), Map.entry("yuan", "CNY"), Map.entry("renminbi", "CNY"),
            Map.entry("dollars", "USD"), Map.entry("euros", "EUR"), Map.entry("pounds", "GBP"),
            Map.entry("yen", "JPY"));

    private Amounts() { }

    static List<Amount> find(String text, int from, int to) {
        List<Amount> out = new ArrayList<>();
        money(text, from, to, MONEY_BEFORE, out);
        money(text, from, to, MONEY_AFTER, out);
        Matcher m = PERCENT.matcher(text).region(from, to);
        while (m.find()) {
            BigDecimal q = m.group("half") != null ? BigDecimal.valueOf(50) : Quantities.value(m.group("num"), null);
            add(out, m.start(), m.end(), q, "percent");
        }
        m = COMPOUND.matcher(text).region(from, to);
        while (m.find()) {
            add(out, m.start(), m.end(), Quantities.value(m.group("num"), m.group("scale")), m.group("unit") + "s");
        }
        counts(text, from, to, out);
        out.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        return out;
    }

    private static void money(String text, int from, int to, Pattern p, List<Amount> out) {
        Matcher m = p.matcher(text).region(from, to);
        while (m.find()) {
            String currency = CURRENCIES.getOrDefault(m.group("cur").toLowerCase(Locale.ROOT), m.group("cur"));
            add(out, m.start(), m.end(), Quantities.value(m.group("num"), m.group("scale")), currency);
        }
    }

    private static void counts(String text, int from, int to, List<Amount> out) {
        Matcher m = COUNT.matcher(text).region(from, to);
        while (m.find()) {
            String unit = m.group("unit");
            String clause = text.substring(from, to);
            if (unit.equals("points") && clause.contains("Elo") || unit.startsWith("Elo")) {
                unit = "Elo";
            }
            add(out, m.start(), m.end(), Quantities.value(m.group("num"), m.group("scale")), unit);
            Matcher more = ELLIPSIS.matcher(text).region(m.end(), to);
            if (more.find()) {
                add(out, more.start("num"), more.end("num"),
                        Quantities.value(more.group("num"), null), unit);
            }
        }
    }

    private static void add(List<Amount> out, int begin, int end, BigDecimal q, String unit) {
        if (q == null || q.signum() <= 0 || out.stream().anyMatch(a -> a.begin() < end && begin < a.end())) {
            return;
        }
        out.add(new Amount(begin, end, q, unit));
    }
}
