package org.newsgraph.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.newsgraph.store.GraphStore;
import org.newsgraph.rdf.Vocab;

/** Runs the command line in-process and keeps what it printed; builds small stores. */
final class CliFixture {
    static final String PREFIXES = "PREFIX ng: <" + Vocab.NG + "> "
            + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";
    private static final String TURTLE_PREFIXES = "@prefix ng: <" + Vocab.NG + "> . @prefix id: <"
            + Vocab.ID + "> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n";

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    private CliFixture() {
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            code = Main.commandLine(new Main(outStream, errStream)).execute(args);
        }
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** A closed store in {@code dir} with two document graphs: two models, one organization. */
    static Path smallStore(Path dir) {
        try (GraphStore store = GraphStore.open(dir)) {
            store.replaceGraph(NodeFactory.createURI(Vocab.DOC + "a"), RDFParser.fromString(TURTLE_PREFIXES + """
                    id:happyhorse a ng:Model ; rdfs:label "HappyHorse"@en ; ng:developedBy id:alibaba-group .
                    id:alibaba-group a ng:Organization ; rdfs:label "Alibaba Group"@en .
                    """, Lang.TURTLE).toGraph());
            store.replaceGraph(NodeFactory.createURI(Vocab.DOC + "b"), RDFParser.fromString(TURTLE_PREFIXES + """
                    id:seedance a ng:Model ; rdfs:label "Seedance"@en .
                    id:alibaba-group a ng:Organization ; rdfs:label "Alibaba Group"@en .
                    """, Lang.TURTLE).toGraph());
        }
        return dir;
    }
}
