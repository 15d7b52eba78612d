package org.newsgraph.extract;

import java.util.function.Consumer;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Keys;
import org.newsgraph.mention.Mention;

/**
 * A versioned model name ("Driftwood-1.0", "Gen-3") states that the version belongs to its
 * family. Out: one {@code ng:versionOf} claim per version mention, the name itself as evidence;
 * the name's shape is stated whatever the sentence around it does. A variant's name ("Foo 2 Pro")
 * states {@code ng:variantOf} the model it extends ("Foo 2").
 */
public final class VersionExtractor implements Extractor {

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
            }
        }
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
