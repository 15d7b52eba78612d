package org.newsgraph.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;

/**
 * The model a size belongs to: "the 7-billion-parameter model Foo-7B" (the model named right
 * after the size), "Foo-120b (116.8B total parameters, 5.1B active)" (the model the parenthesis
 * follows), "Foo, with 389 billion total parameters" (the model "with" follows, a few words
 * between at most), the only model a sentence names before the size, when it is a named model
 * rather than a known family's bare name ("Foo 3, a massive model with
 * 235 billion parameters", "Foo-M1 is a 456 billion total parameter LLM"), and a size in a sentence that names no model ("maintaining 1 trillion total
 * parameters") belongs to the model the document is about. In: the sentence and an amount; out:
 * the model, or null when none of these applies or the number is a rate ("150 tokens per second").
 */
final class ModelSizes {
    private static final Pattern MODEL_UNIT = Pattern.compile("parameters|tokens|experts");
    private static final Pattern NAMED_AFTER = Pattern.compile("^\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:model|LLM|version|"
            + "variant|checkpoint)s?,?\\s+(?:called\\s+|named\\s+)?");
    private static final Pattern WITH = Pattern.compile("^,?\\s+(?:(?!(?:and|or|than|while|but|which|that)\\b)"
            + "[\\p{L}-]+,?\\s+){0,6}?with\\s+(?:(?:about|around|roughly|nearly|over|more than|up to|just|only)\\s+)?$");
    private static final Pattern RATE = Pattern.compile("\\s*(?:per\\b|/|a (?:second|minute)\\b)");
    private static final Pattern OPEN_PAREN = Pattern.compile("\\s*[(（][^()（）]*$");

    private ModelSizes() { }

    static Mention subject(SentenceContext ctx, Amounts.Amount a) {
        if (!MODEL_UNIT.matcher(a.unit()).matches() || RATE.matcher(ctx.rest(a.end())).lookingAt()) {
            return null;
        }
        Matcher named = NAMED_AFTER.matcher(ctx.rest(a.end()));
        if (named.find()) {
            int at = a.end() + named.end();
            Mention after = first(ctx.mentions(Kinds.MODEL), at);
            if (after != null) {
                return after;
            }
        }
        Matcher paren = OPEN_PAREN.matcher(ctx.head(a.begin()));
        if (paren.find()) {
            int at = ctx.sentence().begin() + paren.start();
            Mention before = ctx.mentions(Kinds.MODEL).stream().filter(m -> m.end() == at).findFirst().orElse(null);
            if (before != null) {
                return before;
            }
        }
        Mention with = withSize(ctx, a);
        if (with != null) {
            return with;
        }
        List<Mention> models = ctx.mentions(Kinds.MODEL);
        if (models.isEmpty()) {
            return ctx.localTopic();
        }
        Mention only = models.size() == 1 && models.get(0).end() <= a.begin() ? models.get(0) : null;
        boolean namedModel = only != null && (only.isVersion() || only.variant() || !only.fromCatalog());
        return namedModel ? only : null;
    }

    /** "Foo-Large, with 389 billion total parameters", "Foo adopts a compact design with 106 billion parameters". */
    private static Mention withSize(SentenceContext ctx, Amounts.Amount a) {
        Mention last = ctx.lastBefore(a.begin(), Kinds.MODEL);
        return last != null && WITH.matcher(ctx.text().substring(last.end(), a.begin())).find() ? last : null;
    }

    private static Mention first(List<Mention> models, int at) {
        return models.stream().filter(m -> m.begin() == at).findFirst().orElse(null);
    }
}
