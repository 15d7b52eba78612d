package org.newsgraph.extract;

import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Keys;
import org.newsgraph.mention.Mention;

/**
 * A versioned model name ("Driftwood-1.0", "Gen-3") states that the version belongs to its
 * family. Out: one {@code ng:versionOf} claim per version mention, the name itself as evidence;
 * the name's shape is stated whatever the sentence around it does. A variant's name ("Foo 2 Pro")
 * states {@code ng:variantOf} the model it extends ("Foo 2"), and, when that model's name is a
 * version, that the version belongs to its family ("Foo 2 versionOf Foo").
 */
public final class VersionExtractor implements Extractor {
    private static final Pattern WORD_VERSION = Pattern.compile("([a-z]{2,15})-([a-z]{2,8})");
    private static final Pattern TRAILING_VERSION = Pattern.compile("(\\p{L}[\\p{L}\\s-]*?\\p{L})[\\s-]?(\\d{1,2}(?:\\.\\d{1,2}){0,2})");

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        ClaimFactory claims = new ClaimFactory(ctx);
        for (Mention m : ctx.mentions()) {
            if (m.isVersion()) {
                Mention family = familyMention(m);
                Relation parent = m.variant() ? Relation.VARIANT_OF : Relation.VERSION_OF;
                out.accept(claims.claim(m, parent, new ClaimValue.EntityValue(family),
                        m.begin(), m.end(), m.variant() ? "variant-name" : "version-name", 0.95)
                        .withStatus(Status.STATED));
                Mention grandparent = m.variant() ? versionFamily(family) : null;
                if (grandparent != null) {
                    out.accept(claims.claim(family, Relation.VERSION_OF, new ClaimValue.EntityValue(grandparent),
                            m.begin(), m.end(), "variant-name", 0.9).withStatus(Status.STATED));
                }
            }
        }
    }

    /**
     * The family of a variant's parent when the parent's name is itself a version ("Foo 3.1" in
     * "Foo 3.1 405B", "Foo3" in "Foo3-235B", the API id "foo-oss" in "foo-oss-120b"): the family its key
 * is made from, or null.
     */
    private static Mention versionFamily(Mention parent) {
        Matcher v = TRAILING_VERSION.matcher(parent.surface());
        if (!v.matches()) {
            v = WORD_VERSION.matcher(parent.surface());
            if (!v.matches()) {
                return null;
            }
        }
        String familyKey = Keys.slug(v.group(1));
        if (familyKey.isEmpty() || !parent.key().equals(Keys.versionKey(familyKey, v.group(2)))) {
            return null;
        }
        return new Mention(parent.begin(), parent.begin() + v.end(1), v.group(1), familyKey, EntityType.MODEL, null, null,
                false);
    }

    /** The family, spanning the family part of the version's surface ("Driftwood" in "Driftwood-1.0"). */
    private static Mention familyMention(Mention version) {
        String surface = version.surface();
        int cut = surface.length() - version.version().length();
        while (cut > 1 && !Character.isLetterOrDigit(surface.charAt(cut - 1))) {
            cut--;
        }
        cut = Math.max(1, cut);
        String familySurface = surface.substring(0, cut).replaceAll("[\\s-]*v$", "");
        String key = version.familyKey();
        if (familySurface.isBlank()) {
            familySurface = key;
        }
        return new Mention(version.begin(), version.begin() + familySurface.length(), familySurface,
                key.isEmpty() ? Keys.slug(familySurface) : key, EntityType.MODEL, null, null,
                version.fromCatalog());
    }
}
