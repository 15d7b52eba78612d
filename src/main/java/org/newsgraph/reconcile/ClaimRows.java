package org.newsgraph.reconcile;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.newsgraph.rdf.Vocab;

/**
 * Reads, inside the caller's read transaction, every claim about an entity and about the
 * entities that are versions of it, from all document graphs.
 */
final class ClaimRows {
    private static final Query QUERY = QueryFactory.create("""
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            SELECT ?claim ?s ?p ?o ?doc ?hash ?asOf ?edtf ?status ?conf WHERE {
              { BIND(?entity AS ?s) } UNION { ?s ng:versionOf ?entity }
              ?claim ng:subject ?s ; ng:predicate ?p ; ng:object ?o ; prov:wasDerivedFrom ?doc ;
                     ng:status ?status ; ng:confidence ?conf .
              ?doc ng:contentHash ?hash .
              OPTIONAL { ?claim ng:asOf ?asOf }
              OPTIONAL { ?claim ng:edtf ?edtf }
            } ORDER BY ?claim""");

    private ClaimRows() { }

    /** The claims about {@code entity} (an IRI) and its versions, ordered by claim; safe on any thread. */
    static List<ClaimRow> about(DatasetGraph dsg, Node entity) {
        List<ClaimRow> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create().query(QUERY).dataset(DatasetFactory.wrap(dsg))
                .substitution("entity", ResourceFactory.createResource(entity.getURI())).build()) {
            ResultSet rs = qe.execSelect();
            while (rs.hasNext()) {
                rows.add(row(rs.next()));
            }
        }
        return rows;
    }

    private static ClaimRow row(QuerySolution s) {
        Node status = s.get("status").asNode();
        boolean asserted = status.equals(Vocab.ng("Stated")) || status.equals(Vocab.ng("Reported"));
        return new ClaimRow(s.get("claim").asNode(), s.get("s").asNode(), s.get("p").asNode(),
                s.get("o").asNode(), s.get("doc").asNode(), s.getLiteral("hash").getString(),
                s.contains("asOf") ? s.get("asOf").asNode() : null,
                s.contains("edtf") ? s.getLiteral("edtf").getString() : null, asserted,
                s.getLiteral("conf").getDouble());
    }
}
