package org.newsgraph.bench;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.newsgraph.mention.Keys;

/**
 * Who and what one synthetic article is about, and when: the values of every slot of the
 * patterns ({@code ORG}, {@code MODEL}, {@code WEEKDAY}...) and of the gold keys
 * ({@code org.key}, {@code weekday.edtf}...). Popular companies are picked more often than rare
 * ones, as in real news, so entities recur across articles.
 */
final class ArticleCast {
    private static final int COMPANIES = 4000;
    private static final int PEOPLE = 30_000;
    private static final int LEADERBOARDS = 40;
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 1, 1);
    private static final String[] ORDINALS = {"first", "second", "third", "fourth"};

    private final Map<String, String> slots = new HashMap<>();

    private ArticleCast() {
    }

    /** The cast of one article, drawn from {@code random}. */
    static ArticleCast draw(Random random, InventedNames names, String city) {
        ArticleCast cast = new ArticleCast();
        int company = skewed(random, COMPANIES);
        int rival = (company + 1 + skewed(random, COMPANIES - 1)) % COMPANIES;
        cast.entity("ORG", "org", names.company(company));
        cast.entity("ORG2", "org2", names.company(rival));
        cast.entity("PARENT", "parent", names.holding(company));
        cast.entity("UNIT", "unit", names.unit(company));
        cast.entity("PERSON", "person", names.person(random.nextInt(PEOPLE)));
        cast.entity("PERSON2", "person2", names.person(random.nextInt(PEOPLE)));
        cast.entity("BOARD", "board", names.leaderboard(skewed(random, LEADERBOARDS)));
        cast.models(random, names, company, rival);
        cast.numbers(random);
        cast.dates(random, city);
        return cast;
    }

    /** Slot values, keyed by slot name ({@code ORG}, {@code org.key}...). */
    Map<String, String> slots() {
        return slots;
    }

    private void entity(String slot, String key, String name) {
        slots.put(slot, name);
        slots.put(key + ".key", Keys.slug(name));
    }

    private void models(Random random, InventedNames names, int company, int rival) {
        String family = names.word("family", company * 3 + random.nextInt(3));
        String family2 = names.word("family", rival * 3 + random.nextInt(3));
        int major = 2 + random.nextInt(5);
        String version = major + "." + random.nextInt(10);
        slots.put("FAMILY", family);
        slots.put("family.key", Keys.slug(family));
        slots.put("FAMILY2", family2);
        slots.put("family2.key", Keys.slug(family2));
        entity("MODEL", "model", family + " " + version);
        entity("PREV", "prev", family + " " + (major - 1) + "." + random.nextInt(10));
        entity("MODEL2", "model2", family2 + " " + (1 + random.nextInt(6)) + "." + random.nextInt(10));
    }

    private void numbers(Random random) {
        int amount = 20 + random.nextInt(900);
        slots.put("AMOUNT", Integer.toString(amount));
        slots.put("amount.value", amount + "000000");
        slots.put("PCT", (1 + random.nextInt(9)) + "." + (1 + random.nextInt(9)));
        slots.put("N", Integer.toString(6 + random.nextInt(18)));
        slots.put("RANK", Integer.toString(2 + random.nextInt(8)));
    }

    private void dates(Random random, String city) {
        LocalDate published = FIRST_DAY.plusDays(random.nextInt(3 * 365));
        slots.put("DATELINE", city + ", " + monthName(published) + " " + published.getDayOfMonth()
                + ", " + published.getYear() + " (Newswire)");
        LocalDate weekday = published.minusDays(1 + random.nextInt(6));
        slots.put("WEEKDAY", weekday.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
        slots.put("weekday.edtf", weekday.toString());
        int quarter = random.nextInt(4);
        int year = published.getYear() - 1;
        slots.put("QUARTER", ORDINALS[quarter] + " quarter of " + year);
        slots.put("quarter.edtf", year + "-" + (33 + quarter));
        LocalDate previous = published.minusMonths(2 + random.nextInt(12));
        slots.put("PREV_MONTH", monthName(previous) + " " + previous.getYear());
        slots.put("prev_month.edtf", previous.toString().substring(0, 7));
    }

    private static String monthName(LocalDate day) {
        return day.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    /** An index in [0, size) where small indices are much more likely (popular entities). */
    private static int skewed(Random random, int size) {
        double u = random.nextDouble();
        return (int) Math.min(size - 1, Math.floor(size * u * u * u));
    }
}
