package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.rdf.DocumentGraphWriter;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.reconcile.Reconciler;
import org.newsgraph.report.Problem;
import org.newsgraph.report.ProblemReporter;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.PutResult;

/**
 * Builds the knowledge graph from article files into a store: the ontology into its own named
 * graph, then each readable article, one transaction per document. Re-reading an unchanged article
 * changes nothing; a changed one replaces its graph. Bad inputs are reported and skipped. At the
 * end, the derived graphs (conflicts, corroboration) of every entity whose claims changed are
 * recomputed.
 */
public final class GraphBuilder {
    private final DocumentProcessor processor;
    private final Path ontologyFile;
    private final Reconciler reconciler = new Reconciler();

    private GraphBuilder(DocumentProcessor processor, Path ontologyFile) {
        this.processor = processor;
        this.ontologyFile = ontologyFile;
    }

    /** A builder whose ontology ({@code newsgraph.ttl}) and catalog live under {@code home}/ontology. */
    public static GraphBuilder create(Path home) {
        Path dir = home.resolve("ontology");
        return new GraphBuilder(DocumentProcessor.withCatalog(dir.resolve("catalog.ttl")),
                dir.resolve("newsgraph.ttl"));
    }

    /** Reads {@code inputs} (files or folders) and stores one graph per document. */
    public BuildSummary build(List<Path> inputs, GraphStore store, ProblemReporter reporter) {
        long start = System.nanoTime();
        Graph ontology = RDFDataMgr.loadGraph(ontologyFile.toString());
        store.replaceGraph(NodeFactory.createURI(Vocab.ONTOLOGY_GRAPH), ontology);
        Counts counts = new Counts();
        Map<String, String> seenIds = new HashMap<>();
        new DocumentSource().read(inputs, counting(reporter, counts), doc -> {
            String earlier = seenIds.putIfAbsent(doc.id(), doc.source());
            if (earlier != null) {
                counting(reporter, counts).report(Problem.rejected(doc.source(),
                        "duplicate document id " + doc.id() + " (already read from " + earlier + ")"));
                return;
            }
            store(doc, store, counts);
        });
        int conflicts = reconciler.refresh(store, counts.touched);
        return new BuildSummary(counts.read, counts.added, counts.replaced, counts.unchanged,
                counts.rejected, counts.claims, store.quadCount(), Duration.ofNanos(System.nanoTime() - start),
                conflicts);
    }

    private void store(Document doc, GraphStore store, Counts counts) {
        counts.read++;
        Graph graph = processor.graph(doc);
        Node name = DocumentGraphWriter.graphName(doc);
        Set<Node> before = Reconciler.touchedByStored(store, name);
        PutResult result = store.replaceGraph(name, graph);
        if (result != PutResult.UNCHANGED) {
            counts.touched.addAll(before);
            counts.touched.addAll(Reconciler.touchedBy(graph));
        }
        counts.claims += graph.find(Node.ANY, org.apache.jena.vocabulary.RDF.type.asNode(),
                Vocab.ng("Claim")).toList().size();
        switch (result) {
            case ADDED -> counts.added++;
            case REPLACED -> counts.replaced++;
            default -> counts.unchanged++;
        }
    }

    private static ProblemReporter counting(ProblemReporter reporter, Counts counts) {
        return p -> {
            if (p.severity() == Problem.Severity.REJECTED) {
                counts.rejected++;
            }
            reporter.report(p);
        };
    }

    private static final class Counts {
        int read;
        int added;
        int replaced;
        int unchanged;
        int rejected;
        long claims;
        final Set<Node> touched = new HashSet<>();
    }
}
