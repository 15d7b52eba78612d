package org.newsgraph.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weekday names relative to the anchor: "on Friday", "Friday's gain" and a bare "Friday" denote
 * the latest such weekday on or before the anchor (the anchor itself when it is that weekday),
 * "last Friday" the one before the anchor, "next Friday" the one after, "this Friday" the one on
 * or after it. Indefinite or habitual uses ("on a Friday", "every Friday") and holidays
 * ("Black Friday") are skipped; nothing is found without an anchor.
 */
final class Weekdays implements DateRule {

    private static final Pattern WEEKDAY = Pattern.compile("(?=[LlNnTtMWFS])(?<![A-Za-z])"
            + "(?:(?<rel>(?i:last|next|this))\\s{1,3})?(?<wd>" + Lexicon.WEEKDAY + ")"
            + "(?=['\u2019]s\\b|(?![A-Za-z\\d]))");

    private static final Set<String> NOT_A_DATE_BEFORE = Set.of("a", "an", "every", "each", "one",
            "any", "some", "other", "another", "black", "good", "cyber", "super", "ash", "holy",
            "palm", "easter", "giving", "bloody", "manic", "casual", "maundy", "shrove", "whit");

    @Override
    public void collect(Region region) {
        if (!region.anchored() || !region.contains(Lexicon.WEEKDAYS)) {
            return;
        }
        Matcher m = region.matcher(WEEKDAY);
        while (m.find()) {
            String rel = m.group("rel");
            if (rel == null && NOT_A_DATE_BEFORE.contains(
                    region.wordBefore(m.start()).toLowerCase(Locale.ROOT))) {
                continue;
            }
            DayOfWeek day = DayOfWeek.of(Lexicon.weekday(m.group("wd")));
            region.add(m.start(), m.end(), Values.day(resolve(region.anchor(), rel, day)));
        }
    }

    private static LocalDate resolve(LocalDate anchor, String rel, DayOfWeek day) {
        String r = rel == null ? "" : rel.toLowerCase(Locale.ROOT);
        return switch (r) {
            case "last" -> anchor.with(TemporalAdjusters.previous(day));
            case "next" -> anchor.with(TemporalAdjusters.next(day));
            case "this" -> anchor.with(TemporalAdjusters.nextOrSame(day));
            default -> anchor.with(TemporalAdjusters.previousOrSame(day));
        };
    }
}
