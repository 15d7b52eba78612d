package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.cli.CliFixture.Run;

class MainTest {
    private static final String LABELS = CliFixture.PREFIXES
            + "SELECT ?label { ?m a ng:Model ; rdfs:label ?label } ORDER BY ?label";

    @TempDir
    static Path dir;
    private static String db;

    @BeforeAll
    static void store() {
        db = CliFixture.smallStore(dir.resolve("tdb2")).toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "serve", "query", "export", "validate"})
    void everySubcommandHasHelp(String command) {
        Run run = CliFixture.run(command, "--help");
        assertEquals(ExitCodes.OK, run.exitCode());
        assertTrue(run.out().contains("Usage: newsgraph " + command), run.out());
        assertTrue(run.out().contains("--db=DIR"), run.out());
    }

    @Test
    void topLevelHelpListsTheSubcommands() {
        Run run = CliFixture.run("--help");
        assertEquals(ExitCodes.OK, run.exitCode());
        for (String command : List.of("build", "serve", "query", "export", "validate")) {
            assertTrue(run.out().contains(command), run.out());
        }
    }

    @Test
    void missingSubcommandOrUnknownOptionIsAUsageError() {
        assertEquals(ExitCodes.USAGE, CliFixture.run().exitCode());
        assertEquals(ExitCodes.USAGE, CliFixture.run("query", "--db", db, "--frobnicate", "ASK {}").exitCode());
        assertEquals(ExitCodes.USAGE, CliFixture.run("export", "--db", db, "--format", "xml").exitCode());
        Run badOrigin = CliFixture.run("serve", "--db", db, "--cors-origin", "https://notebook.example/path");
        assertEquals(ExitCodes.USAGE, badOrigin.exitCode());
        assertTrue(badOrigin.err().contains("--cors-origin"), badOrigin.err());
    }

    @Test
    void queryWritesCsv() {
        Run run = CliFixture.run("query", "--db", db, "--format", "csv", LABELS);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(List.of("label", "HappyHorse", "Seedance"), run.out().lines().toList());
    }

    @Test
    void queryWritesATableByDefault() {
        Run run = CliFixture.run("query", "--db", db, LABELS);
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().contains("| \"HappyHorse\"@en |"), run.out());
    }

    @Test
    void queryReadsAnRqFile() throws Exception {
        Path file = dir.resolve("labels.rq");
        Files.writeString(file, LABELS);
        Run run = CliFixture.run("query", "--db", db, "--format", "tsv", file.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(List.of("?label", "\"HappyHorse\"@en", "\"Seedance\"@en"), run.out().lines().toList());
    }

    @Test
    void askAnswersInJson() {
        Run run = CliFixture.run("query", "--db", db, "--format", "json",
                CliFixture.PREFIXES + "ASK { ?m ng:developedBy ?o }");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertTrue(run.out().replace(" ", "").contains("\"boolean\":true"), run.out());
    }

    @Test
    void constructAnswersInTurtle() {
        Run run = CliFixture.run("query", "--db", db,
                CliFixture.PREFIXES + "CONSTRUCT { ?m a ng:Model } WHERE { ?m a ng:Model }");
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals(2, RDFParser.fromString(run.out(), Lang.TURTLE).toGraph().size());
    }

    @Test
    void badSparqlIsOneLineAndExitOne() {
        Run run = CliFixture.run("query", "--db", db, "SELECT ?x WHERE { ?x ");
        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("newsgraph: bad SPARQL"), run.err());
    }

    @Test
    void missingStoreIsOneLineAndExitOne() {
        Run run = CliFixture.run("query", "--db", dir.resolve("absent").toString(), "ASK {}");
        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("no store at"), run.err());
        assertFalse(Files.exists(dir.resolve("absent")));
    }

    @Test
    void exportQuadFormatsKeepEveryGraph() {
        for (String format : List.of("nq", "trig")) {
            Run run = CliFixture.run("export", "--db", db, "--format", format);
            assertEquals(ExitCodes.OK, run.exitCode(), run.err());
            DatasetGraph parsed = DatasetGraphFactory.createTxnMem();
            RDFParser.fromString(run.out(), format.equals("nq") ? Lang.NQUADS : Lang.TRIG).parse(parsed);
            assertEquals(2, parsed.size(), format);
            assertEquals(9, parsed.stream().count(), format);
        }
    }

    @Test
    void exportGraphFormatsWriteTheUnion() throws Exception {
        Path file = dir.resolve("dump.jsonld");
        Run run = CliFixture.run("export", "--db", db, "--format", "JSONLD", "--output", file.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.err());
        assertEquals("", run.out());
        Graph fromJson = RDFParser.source(file).lang(Lang.JSONLD).toGraph();
        Run ttl = CliFixture.run("export", "--db", db, "--format", "ttl");
        Graph fromTurtle = RDFParser.source(new ByteArrayInputStream(ttl.out().getBytes(StandardCharsets.UTF_8)))
                .lang(Lang.TURTLE).toGraph();
        assertEquals(7, fromJson.size(), "9 quads, 2 of them shared by both graphs");
        assertTrue(fromJson.isIsomorphicWith(fromTurtle));
    }

    @Test
    void validatePrintsConformsOrViolations() throws Exception {
        Path shapes = dir.resolve("shapes.ttl");
        Files.writeString(shapes, shapes("sh:minCount 1"));
        Run ok = CliFixture.run("validate", "--db", db, "--shapes", shapes.toString());
        assertEquals(ExitCodes.OK, ok.exitCode(), ok.err());
        assertEquals(List.of("conforms"), ok.out().lines().toList());

        Files.writeString(shapes, shapes("sh:minCount 1 ; sh:pattern \"^H\""));
        Run bad = CliFixture.run("validate", "--db", db, "--shapes", shapes.toString());
        assertEquals(ExitCodes.INVALID, bad.exitCode());
        List<String> lines = bad.out().lines().toList();
        assertEquals(1, lines.size(), bad.out());
        assertTrue(lines.get(0).contains("id:seedance") && lines.get(0).contains("rdfs:label"), lines.get(0));
    }

    @Test
    void validateWithoutShapesFileFails() {
        Run run = CliFixture.run("validate", "--db", db, "--shapes", dir.resolve("none.ttl").toString());
        assertEquals(ExitCodes.FAILURE, run.exitCode());
        assertTrue(run.err().startsWith("newsgraph: no shapes file"), run.err());
    }

    /** Every model needs a label satisfying {@code constraint}. */
    private static String shapes(String constraint) {
        return "@prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ng: <https://w3id.org/newsgraph/ontology#> .\n"
                + "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
                + "ng:ModelShape a sh:NodeShape ; sh:targetClass ng:Model ;\n"
                + "  sh:property [ sh:path rdfs:label ; " + constraint + " ] .\n";
    }
}
