package org.newsgraph.store;

import java.io.OutputStream;

import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The claims of a store as one CSV table for pandas and spreadsheets (SPARQL 1.1 CSV results:
 * a header row, then one row per claim, plain values without datatypes or language tags).
 * Columns: claim; subject IRI and label; predicate IRI and label; object (IRI or literal value)
 * and label; document IRI and label; publication date; evidence sentence; anchor (the exact
 * evidence text) with its begin and end offsets; confidence; status; rule. Labels are English
 * (or untagged) names; an object without a label is labelled by its value. Rows are sorted by
 * document and position. In: a dataset inside the caller's read transaction; out: CSV bytes.
 */
final class ClaimTable {
    private static final String QUERY = """
            PREFIX ng:   <https://w3id.org/newsgraph/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX nif:  <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            SELECT ?claim ?subject ?subjectLabel ?predicate ?predicateLabel ?object ?objectLabel
                   ?document ?documentLabel ?published ?sentence ?anchor ?begin ?end
                   ?confidence ?status ?rule
            WHERE {
              {
                SELECT ?claim (MIN(?s) AS ?subject) (MIN(?sl) AS ?subjectLabel)
                       (MIN(?p) AS ?predicate) (MIN(?pl) AS ?predicateLabel)
                       (MIN(?o) AS ?object) (MIN(?ol) AS ?objectName) (MIN(?d) AS ?document)
                       (MIN(?dl) AS ?documentLabel) (MIN(?st) AS ?status)
                WHERE {
                  ?claim a ng:Claim ; ng:subject ?s ; ng:predicate ?p ; ng:object ?o ;
                         prov:wasDerivedFrom ?d .
                  OPTIONAL { ?s rdfs:label ?sl FILTER (LANGMATCHES(LANG(?sl), "en") || LANG(?sl) = "") }
                  OPTIONAL { ?p rdfs:label ?pl FILTER (LANGMATCHES(LANG(?pl), "en") || LANG(?pl) = "") }
                  OPTIONAL { ?o rdfs:label|skos:prefLabel ?ol
                             FILTER (LANGMATCHES(LANG(?ol), "en") || LANG(?ol) = "") }
                  OPTIONAL { ?claim ng:status/skos:prefLabel ?st }
                  OPTIONAL { ?d rdfs:label ?dl }
                }
                GROUP BY ?claim
              }
              BIND (COALESCE(?objectName, STR(?object)) AS ?objectLabel)
              OPTIONAL { ?claim nif:anchorOf ?anchor ; nif:beginIndex ?begin ; nif:endIndex ?end }
              OPTIONAL { ?claim ng:confidence ?confidence }
              OPTIONAL { ?claim ng:rule ?rule }
              OPTIONAL { ?claim ng:sentence/nif:anchorOf ?sentence }
              OPTIONAL { ?document ng:publicationDate ?published }
            }
            ORDER BY ?document ?begin ?end ?claim
            """;

    private ClaimTable() {
    }

    /** Writes the claim table of {@code dataset} (union default graph) to {@code out}. */
    static void write(DatasetGraph dataset, OutputStream out) {
        try (QueryExecution execution = QueryExecutionFactory.create(QUERY, DatasetFactory.wrap(dataset))) {
            ResultSetFormatter.outputAsCSV(out, execution.execSelect());
        }
    }
}
