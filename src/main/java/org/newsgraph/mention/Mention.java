package org.newsgraph.mention;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A named entity mentioned in a document.
 *
 * @param begin document character offset where the name starts
 * @param end document character offset after the name (exclusive)
 * @param surface the name exactly as written ({@code text.substring(begin, end)})
 * @param key stable entity key, the last segment of the entity IRI (lowercase slug, e.g.
 *     {@code driftwood-2.5}); the same real entity always gets the same key
 * @param type the entity's type
 * @param familyKey for a model version, the key of its model family; otherwise null
 * @param version for a model version, the version number as written ("1.0", "2.1"); otherwise null
 * @param fromCatalog whether the name (or its family) was found in the entity catalog
 * @param variant whether this names a size, tier, snapshot or mode variant ("Foo 2 Pro"): then
 *     {@code familyKey} is the key of the model it is a variant of and {@code version} the
 *     variant words as a slug ("pro")
 */
public record Mention(int begin, int end, String surface, String key, EntityType type,
                      String familyKey, String version, boolean fromCatalog, boolean variant) {

    private static final Pattern KEY = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]{0,119}");

    public Mention {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(type, "type");
        if (begin < 0 || end <= begin || surface.length() != end - begin) {
            throw new IllegalArgumentException("bad mention span " + begin + ".." + end);
        }
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("invalid entity key: " + key);
        }
        if ((familyKey == null) != (version == null)) {
            throw new IllegalArgumentException("family and version go together");
        }
        if (variant && familyKey == null) {
            throw new IllegalArgumentException("a variant needs the key of its parent model");
        }
    }

    /** A mention that is not a variant. */
    public Mention(int begin, int end, String surface, String key, EntityType type, String familyKey,
                   String version, boolean fromCatalog) {
        this(begin, end, surface, key, type, familyKey, version, fromCatalog, false);
    }

    /** Whether this mention names a version of a model family (or a variant of a model). */
    public boolean isVersion() {
        return version != null;
    }

    /**
     * The same name read as {@code variantWords} more: "Foo 2" becomes "Foo 2 Pro"; a variant stays a
     * variant of its parent ("Foo-32B" read as "Foo-32B-Preview" is a variant of Foo).
     */
    public Mention withVariant(int newEnd, String text, String variantSlug) {
        if (variant) {
            return new Mention(begin, newEnd, text.substring(begin, newEnd), key + "-" + variantSlug, EntityType.MODEL,
                    familyKey, version + "-" + variantSlug, fromCatalog, true);
        }
        return new Mention(begin, newEnd, text.substring(begin, newEnd), key + "-" + variantSlug, EntityType.MODEL,
                key, variantSlug, fromCatalog, true);
    }

    /** Whether the two mentions overlap in the text. */
    public boolean overlaps(Mention other) {
        return begin < other.end && other.begin < end;
    }
}
