package org.newsgraph.mention;

import java.util.List;
import java.util.Objects;

/**
 * What the catalog ({@code ontology/catalog.ttl}) knows of one entity: its key, type, names and
 * the Wikidata id it is certainly the same as (null if none).
 */
public record CatalogEntry(String key, EntityType type, List<EntityName> names, String wikidata) {

    public CatalogEntry {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        names = List.copyOf(names);
        if (names.stream().noneMatch(n -> n.kind() == EntityName.Kind.PREFERRED)) {
            throw new IllegalArgumentException("catalog entity without rdfs:label: " + key);
        }
    }

    /** The preferred English label (or the first preferred label if none is English). */
    public String label() {
        return names.stream().filter(n -> n.kind() == EntityName.Kind.PREFERRED)
                .sorted((a, b) -> Boolean.compare(!"en".equals(a.language()), !"en".equals(b.language())))
                .findFirst().orElseThrow().text();
    }
}
