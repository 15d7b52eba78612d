package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.report.CollectingReporter;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ShaclValidator;
import static org.newsgraph.StoreQueries.ask;
import static org.newsgraph.StoreQueries.select;

/** The graph built from the five seeds: the facts the product card promises, evidence, SHACL. */
class SeedGraphTest {
    @TempDir
    static Path dir;
    static GraphStore store;
    static BuildSummary summary;

    @BeforeAll
    static void build() {
        store = GraphStore.open(dir.resolve("db"));
        summary = GraphBuilder.create(Path.of("")).build(List.of(Path.of("seeds")), store, new CollectingReporter());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void allFiveSeedsAreStored() {
        assertEquals(5, summary.added());
        assertEquals(0, summary.rejected());
        assertEquals(5, store.documentCount());
        assertTrue(store.graphNames().contains("https://w3id.org/newsgraph/ontology"));
    }

    @Test
    void happyHorseHangsUnderAlibabaThroughTheTokenHubAndItsInnovationUnit() {
        assertTrue(ask(store, "id:happyhorse ng:developedBy id:ath-innovation-division"));
        assertTrue(ask(store, "id:ath-innovation-division ng:subOrganizationOf id:alibaba-token-hub"));
        assertTrue(ask(store, "id:alibaba-token-hub ng:subOrganizationOf id:alibaba-group"));
        for (String unit : List.of("damo-academy", "alibaba-cloud", "tongyi-lab", "qwen-team")) {
            assertTrue(ask(store, "id:" + unit + " ng:subOrganizationOf+ id:alibaba-group"), unit);
        }
    }

    @Test
    void competitorModelsHaveTheirDevelopers() {
        String[][] pairs = {{"sora-2", "openai"}, {"veo-3", "google"}, {"seedance-2.0", "bytedance"},
            {"seedance", "bytedance"}, {"kling", "kuaishou"}, {"hailuo", "minimax"}, {"vidu", "shengshu"},
            {"hunyuan-video", "tencent"}, {"gen-3", "runway"}, {"wan", "alibaba-group"}, {"qwen", "alibaba-group"},
            {"happyhorse-1.1", "alibaba-cloud"}};
        for (String[] p : pairs) {
            assertTrue(ask(store, "id:" + p[0] + " ng:versionOf?/ng:developedBy id:" + p[1]), p[0]);
        }
        List<QuerySolution> models = select(store, "SELECT DISTINCT ?m WHERE { ?m a ng:Model ; "
                + "ng:versionOf?/ng:developedBy ?org }");
        assertTrue(models.size() >= 12, "models with a developer: " + models.size());
    }

    @Test
    void datesAreTypedAtTheTextsPrecision() {
        assertTrue(ask(store, "id:happyhorse ng:releaseDate \"2026-04-10\"^^xsd:date"));
        assertTrue(ask(store, "id:happyhorse-1.1 ng:releaseDate \"2026-06-21\"^^xsd:date"));
        assertTrue(ask(store, "?c ng:subject id:kling ; ng:predicate ng:releaseDate ; ng:edtf \"2024-22\" ; "
                + "ng:datePrecision ng:SeasonPrecision"));
        assertTrue(ask(store, "?c ng:subject id:happyhorse ; ng:predicate ng:availability ; ng:object ng:API ; "
                + "ng:status ng:Planned ; ng:asOf \"2026-04-30\"^^xsd:date"));
        assertTrue(ask(store, "FILTER NOT EXISTS { id:happyhorse ng:availability ng:API . "
                + "?c ng:subject id:happyhorse ; ng:object ng:API ; prov:wasDerivedFrom doc:004_13bdbbd430e7b177 ; "
                + "ng:status ng:Stated }"), "the planned API of seed 004 is not asserted from 004");
    }

    @Test
    void publicationDatesSayHowTheyWereFound() {
        assertTrue(ask(store, "doc:004_13bdbbd430e7b177 ng:publicationDate \"2026-04-10\"^^xsd:date ; "
                + "ng:publicationDateBasis ng:DatelineBasis"));
        assertTrue(ask(store, "doc:000_e726401e0f66c96d ng:publicationDateBasis ng:TextBasis"));
        assertTrue(ask(store, "doc:002_2c3ab297c30c0755 ng:publicationDateBasis ng:UnknownBasis "
                + "FILTER NOT EXISTS { doc:002_2c3ab297c30c0755 ng:publicationDate ?d }"));
    }

    @Test
    void everyClaimsOffsetsSliceExactlyItsAnchorOutOfTheDocumentText() {
        List<QuerySolution> rows = select(store, "SELECT ?text ?b ?e ?anchor ?sb ?se WHERE { ?c a ng:Claim ; "
                + "prov:wasDerivedFrom ?d ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ; "
                + "ng:sentence ?s ; ng:rule ?r ; ng:confidence ?conf . ?s nif:beginIndex ?sb ; nif:endIndex ?se . "
                + "?d nif:isString ?text }");
        assertTrue(rows.size() >= 100, "claims: " + rows.size());
        for (QuerySolution row : rows) {
            String text = row.getLiteral("text").getString();
            int b = row.getLiteral("b").getInt();
            int e = row.getLiteral("e").getInt();
            String slice = text.substring(text.offsetByCodePoints(0, b), text.offsetByCodePoints(0, e));
            assertEquals(row.getLiteral("anchor").getString(), slice);
            assertTrue(row.getLiteral("sb").getInt() <= b && e <= row.getLiteral("se").getInt(),
                    "evidence inside its sentence: " + slice);
        }
    }

    @Test
    void everyOntologyTermTheGraphUsesIsDeclaredWithALabel() {
        List<QuerySolution> undeclared = select(store, """
                SELECT DISTINCT ?term WHERE {
                  GRAPH ?g { { ?s ?term ?o } UNION { ?s a ?term } UNION { ?s ?p ?term } }
                  FILTER(?g != <https://w3id.org/newsgraph/ontology>)
                  FILTER(STRSTARTS(STR(?term), "https://w3id.org/newsgraph/ontology#"))
                  FILTER NOT EXISTS { GRAPH <https://w3id.org/newsgraph/ontology> {
                    ?term <http://www.w3.org/2000/01/rdf-schema#label>|<http://www.w3.org/2004/02/skos/core#prefLabel> ?l } }
                }""");
        assertTrue(undeclared.isEmpty(), "undeclared: " + undeclared);
    }

    @Test
    void theGraphConformsToTheShapes() {
        var report = ShaclValidator.fromFile(Path.of("ontology/shapes.ttl")).validate(store);
        assertTrue(report.conforms(), String.join("\n", report.violations()));
    }
}
