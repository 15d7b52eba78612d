package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.newsgraph.StoreQueries.select;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.QuerySolution;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.report.CollectingReporter;
import org.newsgraph.store.GraphStore;

/**
 * Every claim built from an article folder (the seeds, the dev set) slices its anchor exactly out
 * of its document's text by code points, lies inside its sentence, and every asserted triple
 * between entities has at least one claim behind it.
 */
class EvidenceOffsetsTest {
    @TempDir
    Path dir;

    private static List<Path> articles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().matches(".*\\.(txt|md|html|jsonl)$")).sorted().toList();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"seeds", "eval/dev"})
    void everyClaimPointsAtItsExactWords(String folder) throws IOException {
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            BuildSummary summary = GraphBuilder.create(Path.of("")).build(articles(Path.of(folder)), store,
                    new CollectingReporter());
            assertEquals(0, summary.rejected());
            List<QuerySolution> rows = select(store, "SELECT ?text ?b ?e ?anchor ?sb ?se WHERE { ?c a ng:Claim ; "
                    + "prov:wasDerivedFrom ?d ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf ?anchor ; "
                    + "ng:sentence ?s . ?s nif:beginIndex ?sb ; nif:endIndex ?se . ?d nif:isString ?text }");
            assertTrue(rows.size() > 20, folder + ": " + rows.size() + " claims");
            for (QuerySolution row : rows) {
                String text = row.getLiteral("text").getString();
                int b = row.getLiteral("b").getInt();
                int e = row.getLiteral("e").getInt();
                assertEquals(row.getLiteral("anchor").getString(),
                        text.substring(text.offsetByCodePoints(0, b), text.offsetByCodePoints(0, e)));
                assertTrue(row.getLiteral("sb").getInt() <= b && e <= row.getLiteral("se").getInt());
            }
            List<QuerySolution> unsupported = select(store, "SELECT ?s ?p ?o WHERE { "
                    + "GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/newsgraph/doc/\")) "
                    + "VALUES ?p { ng:developedBy ng:subOrganizationOf ng:ownedBy ng:versionOf ng:comparedWith "
                    + "ng:releaseDate ng:announcementDate ng:availability ng:ranking ng:hasRole } "
                    + "FILTER NOT EXISTS { ?c a ng:Claim ; ng:subject ?s ; ng:predicate ?p ; ng:object ?o } }");
            assertTrue(unsupported.isEmpty(), "facts without a claim: " + unsupported);
        }
    }
}
