package org.newsgraph.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes synthetic news articles: a headline, a dateline lead that states a release, then
 * paragraphs mixing fact sentences (each with the gold lines it states) and filler commentary.
 * Article number {@code i} depends only on the seed and {@code i}, so a 1,000-article corpus is the
 * start of the 10,000-article one. In: a seed and an index; out: a {@link GeneratedArticle}.
 */
public final class ArticleMaker {
    private static final Pattern SLOT = Pattern.compile("\\{([A-Za-z0-9_.]+)}");

    private final long seed;
    private final PatternBook book;
    private final InventedNames names;

    /** A maker using the standard patterns. */
    public ArticleMaker(long seed) {
        this.seed = seed;
        this.book = PatternBook.standard();
        this.names = new InventedNames(seed, book.words("first"), book.words("last"));
    }

    /** Article number {@code index}, with id {@code gen-NNNNNNN}. */
    public GeneratedArticle make(int index) {
        Random random = new Random(seed * 31 + index * 0x5DEECE66DL);
        List<String> cities = book.words("city");
        Map<String, String> slots = ArticleCast.draw(random, names, cities.get(random.nextInt(cities.size()))).slots();
        Set<String> gold = new LinkedHashSet<>();
        String title = fill(pick(random, book.of("headline")).text(), slots);
        StringBuilder text = new StringBuilder(title).append("\n\n");
        paragraph(text, random, pick(random, book.of("lead")), slots, gold);
        List<PatternBook.Pattern> facts = new ArrayList<>(book.of("fact"));
        Collections.shuffle(facts, random);
        int count = 4 + random.nextInt(facts.size() - 3);
        for (PatternBook.Pattern fact : facts.subList(0, count)) {
            paragraph(text, random, fact, slots, gold);
        }
        return new GeneratedArticle(String.format("gen-%07d", index), title, text.toString().strip() + "\n",
                List.copyOf(gold));
    }

    private void paragraph(StringBuilder text, Random random, PatternBook.Pattern fact, Map<String, String> slots,
                           Set<String> gold) {
        text.append(fill(fact.text(), slots));
        int fillers = 1 + random.nextInt(3);
        for (int i = 0; i < fillers; i++) {
            text.append(' ').append(pick(random, book.of("filler")).text());
        }
        text.append("\n\n");
        fact.gold().forEach(line -> gold.add(fill(line, slots)));
    }

    private static PatternBook.Pattern pick(Random random, List<PatternBook.Pattern> patterns) {
        return patterns.get(random.nextInt(patterns.size()));
    }

    /** The text with every {@code {SLOT}} replaced by its value. */
    static String fill(String template, Map<String, String> slots) {
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = slots.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("unknown slot {" + m.group(1) + "} in: " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }
}
