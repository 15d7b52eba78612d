package org.newsgraph.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.rdf.Vocab;

/**
 * The knowledge graph on disk: a TDB2 database holding one named graph per document (plus the
 * ontology graph). Its default graph, as seen by SPARQL, is the union of all named graphs.
 * Every method runs in its own transaction; {@link #replaceGraph} is one atomic write. Names and
 * evidence text are kept in a full-text index inside the store folder, updated in the same
 * transactions (see {@code text:query}).
 * Instances are thread-safe (TDB2 allows one writer and many readers).
 */
public final class GraphStore implements AutoCloseable {
    private final Path directory;
    private final DatasetGraph storage;
    private final TextIndex textIndex;
    private final DatasetGraph dataset;
    private final GraphWrites writes;
    private volatile boolean closed;

    private GraphStore(Path directory, StoreFolder.Connection connection) {
        this.directory = directory;
        this.storage = connection.storage();
        this.textIndex = connection.indexed().index();
        this.dataset = connection.indexed().dataset();
        this.writes = new GraphWrites(dataset, storage, textIndex);
    }

    /**
     * Opens the store in {@code dir}, creating the folder and an empty database if needed.
     *
     * @throws StoreException if the folder cannot be created, or another process holds the store
     */
    public static GraphStore open(Path dir) {
        Objects.requireNonNull(dir, "dir");
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create store folder " + dir + ": " + e.getMessage(), e);
        }
        return new GraphStore(dir, StoreFolder.connect(dir));
    }

    /**
     * Opens an existing store in {@code dir}; unlike {@link #open} it never creates one.
     *
     * @throws StoreException if there is no store in {@code dir}, or it cannot be opened
     */
    public static GraphStore openExisting(Path dir) {
        Objects.requireNonNull(dir, "dir");
        if (!StoreFolder.looksLikeStore(dir)) {
            throw new StoreException("no store at " + dir + " (run 'newsgraph build' first)");
        }
        return new GraphStore(dir, StoreFolder.connect(dir));
    }

    /**
     * Stores {@code graph} as the named graph {@code graphName} in one write transaction,
     * replacing whatever that graph held. Writes nothing when the stored graph is isomorphic.
     *
     * @param graphName an IRI node (the document IRI)
     * @param graph the complete new content of the graph
     * @return whether the graph was added, replaced or left unchanged
     */
    public PutResult replaceGraph(Node graphName, Graph graph) {
        GraphWrites.requireGraphName(graphName);
        Objects.requireNonNull(graph, "graph");
        return inWrite(() -> {
            PutResult result = writes.put(graphName, graph);
            return result == PutResult.UNCHANGED ? null : result;
        }, PutResult.UNCHANGED);
    }

    /**
     * Stores several named graphs in ONE write transaction, each as {@link #replaceGraph} would:
     * a crash keeps all of them or none, never part of a graph. Fewer commits make bulk builds
     * much faster (each commit syncs the disk).
     *
     * @param graphs graph names (IRI nodes) and their complete new content, in writing order
     * @return what happened to each graph, in the same order
     */
    public List<PutResult> replaceGraphs(List<Map.Entry<Node, Graph>> graphs) {
        graphs.forEach(e -> {
            GraphWrites.requireGraphName(e.getKey());
            Objects.requireNonNull(e.getValue(), "graph");
        });
        List<PutResult> results = new ArrayList<>(graphs.size());
        inWrite(() -> {
            graphs.forEach(e -> results.add(writes.put(e.getKey(), e.getValue())));
            return results.stream().allMatch(r -> r == PutResult.UNCHANGED) ? null : Boolean.TRUE;
        }, Boolean.FALSE);
        return results;
    }

    /**
     * Deletes the named graph {@code graphName} in one write transaction.
     *
     * @return true if the graph existed
     */
    public boolean removeGraph(Node graphName) {
        GraphWrites.requireGraphName(graphName);
        return inWrite(() -> writes.remove(graphName) ? Boolean.TRUE : null, Boolean.FALSE);
    }

    /**
     * Opens a write transaction for many graphs on the calling thread (see {@link WriteSession});
     * other writers wait until it is committed or closed, readers see the store as it was.
     */
    public WriteSession openWriteSession() {
        checkOpen();
        return new WriteSession(dataset, writes);
    }

    /** Runs {@code body} in a write transaction; a null result aborts it and returns {@code none}. */
    private <T> T inWrite(Supplier<T> body, T none) {
        checkOpen();
        dataset.begin(ReadWrite.WRITE);
        try {
            T result = body.get();
            if (result == null) {
                dataset.abort();
                return none;
            }
            dataset.commit();
            return result;
        } finally {
            dataset.end();
        }
    }

    /** The IRIs of all named graphs, sorted. */
    public List<String> graphNames() {
        checkOpen();
        return Txn.calculateRead(dataset, () -> Iter.toList(dataset.listGraphNodes()).stream()
                .map(Node::toString).sorted().toList());
    }

    /** How many named graphs are document graphs (their IRI is in the document namespace). */
    public long documentCount() {
        return graphNames().stream().filter(name -> name.startsWith(Vocab.DOC)).count();
    }

    /** The number of quads in all named graphs. */
    public long quadCount() {
        checkOpen();
        return Txn.calculateRead(dataset, () ->
                Iter.count(dataset.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY)));
    }

    /** Whether the store holds at least one named graph. */
    public boolean hasGraphs() {
        checkOpen();
        return Txn.calculateRead(dataset, () -> dataset.listGraphNodes().hasNext());
    }

    /**
     * Writes the whole store to {@code out} in {@code format} inside one read transaction.
     * The stream is flushed, not closed.
     */
    public void export(OutputStream out, ExportFormat format) {
        checkOpen();
        Txn.executeRead(dataset, () -> GraphExporter.write(dataset, out, format));
    }

    /**
     * The underlying dataset, for query engines and the server. Callers must use transactions;
     * its context has the union default graph switched on. Writes through it keep the text index
     * up to date, and {@code text:query} works in queries over it.
     */
    public DatasetGraph datasetGraph() {
        checkOpen();
        return dataset;
    }

    /** The folder of this store. */
    public Path directory() {
        return directory;
    }

    private void checkOpen() {
        if (closed) {
            throw new StoreException("store " + directory + " is closed");
        }
    }

    /** Releases the database (its files stay); later calls fail. Closing twice is harmless. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            textIndex.close();
        } finally {
            expel();
        }
    }

    /**
     * Releases the database. A transaction left open by a thread that is gone (a server request
     * stopped with the server) would make the release fail; nothing uncommitted can be kept, so the
     * release is then forced.
     */
    private void expel() {
        try {
            TDBInternal.expel(storage);
        } catch (TransactionException e) {
            TDBInternal.expel(storage, true);
        }
    }
}
