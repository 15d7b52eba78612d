package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.reconcile.Reconciler;
import org.newsgraph.report.ProblemReporter;
import org.newsgraph.store.GraphStore;

/**
 * Builds the knowledge graph from article files into a store: the ontology into its own named
 * graph, then each readable article, analysed in parallel and stored by one writer in whole-document
 * transactions (see {@link ParallelBuild}). Re-reading an unchanged article changes nothing; a
 * changed one replaces its graph. Bad inputs are reported and skipped. At the
 * end, the derived graphs (conflicts, corroboration) of every entity whose claims changed are
 * recomputed, also those a killed build left to do ({@link PendingRefresh}).
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
        return build(inputs, store, reporter, BuildOptions.defaults());
    }

    /**
     * Reads {@code inputs} and stores one graph per document, analysing documents on
     * {@code options.threads()} threads; the graphs do not depend on the number of threads.
     */
    public BuildSummary build(List<Path> inputs, GraphStore store, ProblemReporter reporter,
                              BuildOptions options) {
        long start = System.nanoTime();
        Graph ontology = RDFDataMgr.loadGraph(ontologyFile.toString());
        store.replaceGraph(NodeFactory.createURI(Vocab.ONTOLOGY_GRAPH), ontology);
        Set<Node> leftByKilledBuild = PendingRefresh.stored(store);
        BuildCounts counts = new ParallelBuild((DocumentAnalysis) processor::graph, options).run(inputs, store, reporter);
        counts.touched().addAll(leftByKilledBuild);
        int conflicts = reconciler.refresh(store, counts.touched());
        PendingRefresh.clear(store);
        return counts.summary(Duration.ofNanos(System.nanoTime() - start), conflicts);
    }
}
