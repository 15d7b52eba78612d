package org.newsgraph.resolve;

import java.util.List;
import java.util.Objects;
import org.newsgraph.mention.EntityName;
import org.newsgraph.mention.EntityType;

/**
 * One real-world entity as a document knows it: its stable key (the IRI's last segment), type,
 * preferred label, every other name (each with its language), its Wikidata id if certain, and
 * for a model version its family key and version number.
 */
public record Entity(String key, EntityType type, String label, List<EntityName> names,
                     String wikidata, String familyKey, String version) {

    public Entity {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(type, "type");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("entity without a label: " + key);
        }
        names = List.copyOf(names);
        if ((familyKey == null) != (version == null)) {
            throw new IllegalArgumentException("family and version go together: " + key);
        }
    }
}
