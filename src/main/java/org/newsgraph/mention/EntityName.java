package org.newsgraph.mention;

import java.util.Objects;

/**
 * One name of a catalog entity.
 *
 * @param text the name as it appears in text (matching is case-sensitive)
 * @param language BCP 47 tag ("en", "zh"), never null
 * @param kind PREFERRED (rdfs:label), ALTERNATIVE (skos:altLabel) or HIDDEN (skos:hiddenLabel:
 *     matched but not shown)
 */
public record EntityName(String text, String language, Kind kind) {

    /** Which SKOS/RDFS label property the name comes from. */
    public enum Kind { PREFERRED, ALTERNATIVE, HIDDEN }

    public EntityName {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(kind, "kind");
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a name needs text");
        }
    }
}
