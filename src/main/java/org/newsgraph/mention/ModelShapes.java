package org.newsgraph.mention;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.WordLists;

/**
 * Model names recognised by their shape alone, where the family is not in the catalog or the
 * version is not spaced: a version glued to the family ("Foo2.5", "Bar3"), a bare code next to a
 * model word or a possessive ("Foo's R1 model", "o3"), a size after a name ("Foo 7B", "Foo
 * 8x7B"), a variant word glued to a capitalised name ("Foo-Large", "Foo Small model"; list
 * {@code named-variant-words}), lower-case API ids of a known family ("foo-2.5-pro", a word version before a size:
 * "foo-oss-120b"), and the variant words that may follow any model name ("Foo 2 Pro", "Foo2.5-Max",
 * "Foo-3-72B-Instruct", "foo-2-2025-04-16", mode codes: "Foo2.2-T2V-A14B"). In: one
 * sentence; out: candidate mentions, or the same mention read with its variant words.
 */
final class ModelShapes {
    private static final Set<String> NOT_FAMILIES = NameWords.NOT_MODEL_FAMILIES;
    private static final Set<String> NOT_NAMES = WordLists.union("not-name-start", "headline-words", "calendar-words");
    private static final Pattern GLUED = Pattern.compile("(?<![\\p{L}\\d.-])(\\p{Lu}\\p{L}*\\p{Ll}\\p{L}*?)"
            + "(\\d{1,2}(?:\\.\\d{1,2})?)(?![\\d%]|\\.\\d|\\p{L}\\p{L})");
    private static final Pattern CODE = Pattern.compile("(?<![\\p{L}\\d.-])([a-zA-Z]\\d{1,2})(?![\\p{L}\\d]|\\.\\d)");
    private static final Pattern CODE_BEFORE = Pattern.compile("(?:['’]s?|\\b(?:its|released|launched|unveiled|"
            + "introduced|called|named|and|or|than|vs\\.?|versus|like|including|with))\\s+$");
    private static final Pattern CODE_AFTER = Pattern.compile("^(?:-|\\s+(?:[a-z-]+\\s+){0,2}(?:model|models|"
            + "reasoning|chatbot|series|family)\\b)");
    private static final Pattern API_ID = Pattern.compile("(?<![\\p{L}\\d.-])([a-z]{2,15}(?:-[a-z]{2,15}){0,2})-(\\d{1,2}(?:\\.\\d{1,2})?"
            + "(?:-\\d(?=-\\p{L}))?(?:(?![bkmpsx])[a-z])?)(?![\\p{L}\\d]|\\.\\d)");
    private static final Pattern API_WORD_VERSION = Pattern.compile("(?<![\\p{L}\\d.-])([a-z]{2,15})-([a-z]{2,8})"
            + "(?=-\\d{1,4}(?:\\.\\d)?[bm](?![\\p{L}\\d]))");
    private static final Pattern NAMED_VARIANT = Pattern.compile("(?<![\\p{L}\\d.-])(\\p{Lu}\\p{Ll}\\p{L}{1,19})(?:-("
            + WordLists.alternation("named-variant-words") + ")(?![\\p{L}\\d-])| (" + WordLists.alternation("named-variant-words")
            + ")(?=\\s+models?\\b))");
    private static final Pattern SIZED = Pattern.compile("(?<![\\p{L}\\d.-])(\\p{Lu}[\\p{L}\\d-]{2,20})[ -]"
            + "(\\d{1,3}(?:\\.\\d)?[BM]|\\d{1,2}x\\d{1,3}[BM])(?![\\p{L}\\d]|\\s*(?:yuan|dollars|euros|USD|in\\b|of\\b|"
            + "worth|valuation|funding|round|revenue|deal|market))");
    private static final String SHAPE = "(?:\\p{Lu}{3,}|\\p{Lu}{2,}\\p{Ll}+\\p{L}*|\\p{Lu}\\p{Ll}+\\p{Lu}\\p{L}*)";
    private static final Pattern COMPARED = Pattern.compile("\\b" + WordLists.alternation("comparison-cues")
            + "\\s+((?:(?:the|recent|new|latest)\\s+)*" + SHAPE
            + "(?:(?:,\\s*|\\s+and\\s+|\\s+or\\s+)(?:(?:the|recent|new|latest)\\s+)*" + SHAPE + ")*)(?![\\p{L}\\d-])");
    private static final Pattern COMPARED_NAME = Pattern.compile("(?<![\\p{L}\\d])" + SHAPE
            + "(?![\\p{L}\\d-])");
    private static final String VARIANT_WORD = WordLists.alternation("model-variants");
    private static final Pattern VARIANT_SPACED = Pattern.compile("\\G (" + VARIANT_WORD
            + "|\\d{1,4}(?:\\.\\d)?[BM]|\\d{1,2}x\\d{1,3}[BM]|A\\d{1,3}B)(?![\\p{L}\\d])");
    private static final Pattern VARIANT_HYPHEN = Pattern.compile("\\G-((?i:" + VARIANT_WORD
            + ")|\\d{1,4}(?:\\.\\d)?[BbMm]|[Aa]\\d{1,3}[Bb]|[A-Z]{1,3}\\d[A-Z]{1,2}|\\d{1,3}k|\\d{4}-\\d{2}-\\d{2}|\\d{8}|\\d{4})(?![\\p{L}\\d])");
    private static final Pattern VARIANT_PAREN = Pattern.compile("\\G \\(((?i:" + VARIANT_WORD
            + ")|\\d{8}|\\d{4}-\\d{2}-\\d{2})\\)");

    private static final Pattern DOTTED_VERSION = Pattern.compile("\\G (\\d{1,2}\\.\\d{1,2})(?![\\d\\p{L}%]|\\.\\d|\\s*(?:%|"
            + "percent|per cent|million|billion|trillion))");

    private ModelShapes() { }

    /**
     * A name the cues read as an organization by its suffix, followed by a dotted version ("Foo AI
     * 3.0"): a version of a model family of that name. Other mentions as they are.
     */
    static Mention versionedOrganization(String text, Mention m, int limit) {
        if (m.type() != EntityType.ORGANIZATION || m.fromCatalog()) {
            return m;
        }
        Matcher v = DOTTED_VERSION.matcher(text).region(m.end(), limit);
        if (!v.find()) {
            return m;
        }
        return new Mention(m.begin(), v.end(), text.substring(m.begin(), v.end()), Keys.versionKey(m.key(), v.group(1)),
                EntityType.MODEL, m.key(), v.group(1), false);
    }

    /**
     * Glued versions, bare codes and lower-case API ids ("foo-2.5-pro") in the sentence; an API id
     * counts when its family is a known model family or the sentence is a table row.
     */
    static void find(String text, Sentence s, Predicate<String> knownFamily, List<Mention> out) {
        apiIds(text, s, knownFamily, out);
        glued(text, s, out);
        sized(text, s, out);
        namedVariants(text, s, out);
        codes(text, s, out);
        compared(text, s, out);
    }

    /** "outperforms BERT and the recent XLNet": acronym and camel-case names a comparison lists. */
    private static void compared(String text, Sentence s, List<Mention> out) {
        Matcher c = COMPARED.matcher(text).region(s.begin(), s.end());
        while (c.find()) {
            Matcher n = COMPARED_NAME.matcher(text).region(c.start(1), c.end(1));
            while (n.find()) {
                if (!NOT_NAMES.contains(n.group()) && !NOT_FAMILIES.contains(n.group())) {
                    out.add(new Mention(n.start(), n.end(), n.group(), Keys.slug(n.group()), EntityType.MODEL, null, null,
                            false));
                }
            }
        }
    }

    private static void apiIds(String text, Sentence s, Predicate<String> knownFamily, List<Mention> out) {
        boolean tableRow = text.substring(s.begin(), s.end()).indexOf('|') >= 0;
        Matcher a = API_ID.matcher(text).region(s.begin(), s.end());
        while (a.find()) {
            String family = a.group(1);
            if (tableRow || knownFamily.test(family) || knownFamily.test(family.split("-")[0])) {
                out.add(new Mention(a.start(), a.end(), a.group(), Keys.versionKey(a.group(1), a.group(2)),
                        EntityType.MODEL, a.group(1), a.group(2), false));
            }
        }
        Matcher w = API_WORD_VERSION.matcher(text).region(s.begin(), s.end());
        while (w.find()) {
            if (knownFamily.test(w.group(1))) {
                out.add(new Mention(w.start(), w.end(), w.group(), Keys.versionKey(w.group(1), w.group(2)),
                        EntityType.MODEL, w.group(1), w.group(2), false));
            }
        }
    }

    private static void glued(String text, Sentence s, List<Mention> out) {
        Matcher g = GLUED.matcher(text).region(s.begin(), s.end());
        while (g.find()) {
            if (!NOT_FAMILIES.contains(g.group(1)) && g.group(1).length() >= 3) {
                String family = Keys.slug(g.group(1));
                out.add(new Mention(g.start(), g.end(), g.group(), Keys.versionKey(family, g.group(2)),
                        EntityType.MODEL, family, g.group(2), false));
            }
        }
    }

    /** "Foo 7B", "Foo-8x7B", "FOO-175B" (an acronym only with the hyphen): a size variant of the family named before it. */
    private static void sized(String text, Sentence s, List<Mention> out) {
        Matcher z = SIZED.matcher(text).region(s.begin(), s.end());
        while (z.find()) {
            String name = z.group(1);
            boolean hyphened = text.charAt(z.end(1)) == '-';
            if (!NOT_FAMILIES.contains(name) && !NOT_NAMES.contains(name)
                    && (hyphened || !name.equals(name.toUpperCase(Locale.ROOT)))) {
                String family = Keys.slug(name);
                String size = z.group(2).toLowerCase(Locale.ROOT);
                out.add(new Mention(z.start(), z.end(), z.group(), family + "-" + size, EntityType.MODEL, family, size,
                        false, true));
            }
        }
    }

    /** "Foo-Large", "Foo Small model": a variant of the family the capitalised word names. */
    private static void namedVariants(String text, Sentence s, List<Mention> out) {
        Matcher v = NAMED_VARIANT.matcher(text).region(s.begin(), s.end());
        while (v.find()) {
            String name = v.group(1);
            String variant = (v.group(2) != null ? v.group(2) : v.group(3)).toLowerCase(Locale.ROOT);
            if (!NOT_FAMILIES.contains(name) && !NOT_NAMES.contains(name)) {
                String family = Keys.slug(name);
                out.add(new Mention(v.start(), v.end(), v.group(), family + "-" + variant, EntityType.MODEL, family,
                        variant, false, true));
            }
        }
    }

    private static void codes(String text, Sentence s, List<Mention> out) {
        Matcher c = CODE.matcher(text).region(s.begin(), s.end());
        while (c.find()) {
            String code = c.group(1);
            boolean quarter = Character.toUpperCase(code.charAt(0)) == 'Q';
            boolean context = CODE_BEFORE.matcher(text.substring(s.begin(), c.start())).find()
                    || CODE_AFTER.matcher(text.substring(c.end(), s.end())).find();
            boolean lowerLetter = Character.isLowerCase(code.charAt(0));
            if (!quarter && (context || lowerLetter && code.charAt(0) == 'o')) {
                out.add(new Mention(c.start(), c.end(), code, Keys.slug(code), EntityType.MODEL, null, null, false));
            }
        }
    }

    /** The model mention extended by the variant words written right after it, or itself. */
    static Mention withVariants(String text, Mention m, int limit) {
        if (m.type() != EntityType.MODEL) {
            return m;
        }
        int end = m.end();
        StringBuilder words = new StringBuilder();
        while (end < limit) {
            Matcher v = VARIANT_SPACED.matcher(text).region(end, limit);
            if (!v.find()) {
                v = VARIANT_HYPHEN.matcher(text).region(end, limit);
                if (!v.find()) {
                    v = VARIANT_PAREN.matcher(text).region(end, limit);
                    if (!v.find()) {
                        break;
                    }
                }
            }
            words.append(words.length() == 0 ? "" : "-").append(v.group(1).toLowerCase(Locale.ROOT));
            end = v.end();
        }
        return end == m.end() ? m : m.withVariant(end, text, Keys.slug(words.toString()));
    }
}
