package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The full-text index follows every write: add, replace, remove, and survives reopening. */
class TextIndexTest {
    private static final String PREFIXES = """
            PREFIX text: <http://jena.apache.org/text#>
            PREFIX nif:  <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    @TempDir
    Path dir;
    private GraphStore store;

    @BeforeEach
    void openStore() {
        store = GraphStore.open(dir.resolve("tdb2"));
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    /** A document graph with one entity (label and alias) and one evidence sentence. */
    private static Graph document(String label, String alias, String sentence) {
        return TestGraphs.turtle("""
                @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                id:thing a ng:Model ; rdfs:label "%s"@en ; skos:altLabel "%s"@en .
                <https://w3id.org/newsgraph/doc/x#char=0,10> nif:anchorOf "%s" .
                """.formatted(label, alias, sentence));
    }

    /** The subjects matching a text query, as a sorted list of IRIs (no duplicates). */
    private List<String> search(String pattern) {
        String query = PREFIXES + "SELECT DISTINCT ?s { ?s text:query " + pattern + " } ORDER BY ?s";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store).run(query, ResultFormat.CSV, out);
        return out.toString(StandardCharsets.UTF_8).lines().skip(1).toList();
    }

    @Test
    void labelsAliasesAndEvidenceAreSearchable() {
        store.replaceGraph(TestGraphs.doc("x"), document("Gallop Model", "Trotter", "The stallion runs fast."));
        assertEquals(List.of("https://w3id.org/newsgraph/id/thing"), search("'gallop'"));
        assertEquals(List.of("https://w3id.org/newsgraph/id/thing"), search("(skos:altLabel 'trotter')"));
        assertEquals(List.of("\"https://w3id.org/newsgraph/doc/x#char=0,10\""),
                search("(nif:anchorOf 'stallion')"), "CSV quotes the comma");
        assertEquals(List.of(), search("'stallion'"), "names are the default field, evidence is not");
    }

    @Test
    void replacingADocumentReplacesItsIndexEntries() {
        store.replaceGraph(TestGraphs.doc("x"), document("Gallop", "Trotter", "The old sentence about oats."));
        assertEquals(1, search("(nif:anchorOf 'oats')").size());
        assertEquals(PutResult.REPLACED, store.replaceGraph(TestGraphs.doc("x"),
                document("Gallop", "Trotter", "A new sentence about hay.")));
        assertEquals(List.of(), search("(nif:anchorOf 'oats')"), "the old sentence no longer matches");
        assertEquals(1, search("(nif:anchorOf 'hay')").size(), "the new one does");
    }

    @Test
    void removingADocumentRemovesOnlyItsEntries() {
        store.replaceGraph(TestGraphs.doc("x"), document("Gallop", "Trotter", "Shared words here."));
        store.replaceGraph(TestGraphs.doc("y"), document("Gallop", "Canter", "Shared words here."));
        assertTrue(store.removeGraph(TestGraphs.doc("x")));
        assertEquals(List.of(), search("'trotter'"));
        assertEquals(1, search("'canter'").size());
        assertEquals(1, search("'gallop'").size(), "the label is still stated by the other document");
    }

    @Test
    void anIndexIsRebuiltFromTheStoreWhenItsFolderIsMissing() throws Exception {
        store.replaceGraph(TestGraphs.doc("x"), document("Gallop", "Trotter", "Sentence with barley."));
        store.close();
        Path index = dir.resolve("tdb2").resolve(TextIndexes.FOLDER);
        try (Stream<Path> files = Files.walk(index)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
        store = GraphStore.openExisting(dir.resolve("tdb2"));
        assertEquals(1, search("(nif:anchorOf 'barley')").size());
        store.close();
        store = GraphStore.openExisting(dir.resolve("tdb2"));
        assertEquals(1, search("'trotter'").size(), "the index persists across reopening");
    }

    @Test
    void aSecondOpenInTheSameProcessIsRefusedAndTheFirstKeepsWorking() {
        store.replaceGraph(TestGraphs.doc("x"), document("Gallop", "Trotter", "Words."));
        StoreException e = assertThrows(StoreException.class, () -> GraphStore.open(dir.resolve("tdb2")));
        assertTrue(e.getMessage().contains("already open"), e.getMessage());
        assertEquals(1, search("'gallop'").size());
    }

    @Test
    void csvExportHasOneRowPerClaim() {
        store.replaceGraph(TestGraphs.doc("x"), TestGraphs.turtle("""
                @prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
                @prefix prov: <http://www.w3.org/ns/prov#> .
                @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
                <https://w3id.org/newsgraph/doc/x> rdfs:label "x" ; ng:publicationDate "2026-04-10" .
                id:thing rdfs:label "Thing"@en, "Ding"@de . id:maker rdfs:label "Maker"@en .
                ng:developedBy rdfs:label "developed by"@en . ng:Stated skos:prefLabel "stated"@en .
                <https://w3id.org/newsgraph/claim/x/1> a ng:Claim ; ng:subject id:thing ;
                    ng:predicate ng:developedBy ; ng:object id:maker ;
                    prov:wasDerivedFrom <https://w3id.org/newsgraph/doc/x> ;
                    nif:anchorOf "Maker made Thing" ; nif:beginIndex 0 ; nif:endIndex 16 ;
                    ng:confidence 0.9 ; ng:status ng:Stated ; ng:rule "made-by" ;
                    ng:sentence <https://w3id.org/newsgraph/doc/x#char=0,17> .
                <https://w3id.org/newsgraph/doc/x#char=0,17> nif:anchorOf "Maker made Thing." .
                """));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.export(out, ExportFormat.CSV);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, lines.size(), String.join("\n", lines));
        assertEquals("claim,subject,subjectLabel,predicate,predicateLabel,object,objectLabel,document,"
                + "documentLabel,published,sentence,anchor,begin,end,confidence,status,rule", lines.get(0));
        assertEquals("https://w3id.org/newsgraph/claim/x/1,https://w3id.org/newsgraph/id/thing,Thing,"
                + "https://w3id.org/newsgraph/ontology#developedBy,developed by,https://w3id.org/newsgraph/id/maker,"
                + "Maker,https://w3id.org/newsgraph/doc/x,x,2026-04-10,Maker made Thing.,Maker made Thing,0,16,"
                + "0.9,stated,made-by", lines.get(1));
    }
}
