package org.newsgraph.resolve;

import java.util.List;
import java.util.Objects;
import org.newsgraph.extract.Claim;
import org.newsgraph.text.AnalyzedDocument;
import org.newsgraph.time.PublicationDate;

/**
 * A document ready to become RDF: its analysis, publication date, the entities it mentions
 * (sorted by key, one per real entity) and its claims (text order).
 */
public record ResolvedDocument(AnalyzedDocument analysis, PublicationDate published,
                               List<Entity> entities, List<Claim> claims) {

    public ResolvedDocument {
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(published, "published");
        entities = List.copyOf(entities);
        claims = List.copyOf(claims);
    }
}
