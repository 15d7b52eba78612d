package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.function.BiConsumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Reads an N-Quads file written graph by graph (as {@code newsgraph export --format nq} does) and
 * hands over one named graph at a time, streaming. In: the file; out: (graph name, graph) pairs.
 */
final class GraphGroups extends StreamRDFBase {
    private final BiConsumer<Node, Graph> sink;
    private Node current;
    private Graph graph;

    private GraphGroups(BiConsumer<Node, Graph> sink) {
        this.sink = sink;
    }

    /** Parses {@code nquads} and calls {@code sink} once per consecutive run of quads of one graph. */
    static void read(Path nquads, BiConsumer<Node, Graph> sink) {
        GraphGroups groups = new GraphGroups(sink);
        RDFParser.source(nquads).lang(Lang.NQUADS).parse(groups);
        groups.emit();
    }

    @Override
    public void quad(Quad quad) {
        if (!quad.getGraph().equals(current)) {
            emit();
            current = quad.getGraph();
            graph = GraphFactory.createDefaultGraph();
        }
        graph.add(quad.asTriple());
    }

    private void emit() {
        if (current != null) {
            sink.accept(current, graph);
            current = null;
            graph = null;
        }
    }
}
