package org.newsgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * Writes a dataset (inside the caller's read transaction) in one of the {@link ExportFormat}s:
 * quads graph by graph for TriG and N-Quads, the union graph for Turtle and JSON-LD, the claim
 * table for CSV.
 */
final class GraphExporter {

    private GraphExporter() {
    }

    /** Writes {@code dataset} to {@code out} in {@code format} and flushes {@code out}. */
    static void write(DatasetGraph dataset, OutputStream out, ExportFormat format) {
        switch (format) {
            case NQ -> streamNamedGraphs(dataset, StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS));
            case TRIG -> streamNamedGraphs(dataset, StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS));
            case TTL -> streamUnion(dataset, StreamRDFWriter.getWriterStream(out, RDFFormat.TURTLE_BLOCKS));
            case JSONLD -> writeJsonLd(dataset, out);
            case CSV -> ClaimTable.write(dataset, out);
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void streamNamedGraphs(DatasetGraph dataset, StreamRDF stream) {
        stream.start();
        writePrefixes(stream);
        Iterator<Node> names = dataset.listGraphNodes();
        while (names.hasNext()) {
            Node name = names.next();
            dataset.findNG(name, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
        }
        stream.finish();
    }

    private static void streamUnion(DatasetGraph dataset, StreamRDF stream) {
        stream.start();
        writePrefixes(stream);
        dataset.getUnionGraph().find().forEachRemaining(stream::triple);
        stream.finish();
    }

    private static void writePrefixes(StreamRDF stream) {
        Namespaces.prefixes().getNsPrefixMap().forEach(stream::prefix);
    }

    private static void writeJsonLd(DatasetGraph dataset, OutputStream out) {
        Graph copy = GraphFactory.createDefaultGraph();
        copy.getPrefixMapping().setNsPrefixes(Namespaces.prefixes());
        dataset.getUnionGraph().find().forEachRemaining(copy::add);
        RDFDataMgr.write(out, copy, RDFFormat.JSONLD11);
    }
}
