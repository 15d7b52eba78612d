package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.newsgraph.rdf.DocumentGraphWriter;
import org.newsgraph.reconcile.Reconciler;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.PutResult;
import org.newsgraph.store.WriteSession;

/**
 * The writer's current transaction: documents are written into it as they come (their graphs are
 * not kept), and {@link #commit} stores, in the same transaction, the list of entities they touch
 * for the refresh at the end ({@link PendingRefresh}). A commit holds whole documents only, so a
 * crash never leaves half a document. In: analysed documents; out: counts and touched entities.
 */
final class OpenTransaction {
    /*
     * Large transactions matter on TDB2 (copy-on-write B+trees copy every page a commit touches):
     * measured here, 10,000 articles committed ~100 at a time grew the store to 6.9 GB and slowed
     * the build to a third; committing once a minute keeps growth and time near a single load.
     */
    private static final long MAX_QUADS = 3_000_000;
    private static final long MAX_OPEN_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final GraphStore store;
    private final BuildCounts counts;
    private final PendingRefresh pending = new PendingRefresh();
    private final List<Written> written = new ArrayList<>();
    private WriteSession session;
    private long quads;
    private long openedAt;

    /** One document written in the open transaction: enough to count it again or report it. */
    private record Written(String source, Outcome.DocumentStats stats, PutResult result, long quads,
                           Set<Node> touched) {
    }

    OpenTransaction(GraphStore store, BuildCounts counts) {
        this.store = store;
        this.counts = counts;
    }

    /** Writes one analysed document into the transaction (opening one if needed) and counts it. */
    void write(Outcome outcome) {
        if (session == null) {
            session = store.openWriteSession();
            openedAt = System.nanoTime();
        }
        Node name = DocumentGraphWriter.graphName(outcome.doc());
        Set<Node> touched = new HashSet<>(Reconciler.touchedBy(session.stored(name)));
        touched.addAll(Reconciler.touchedBy(outcome.graph()));
        PutResult result = session.put(name, outcome.graph());
        long size = outcome.graph().size();
        written.add(new Written(outcome.doc().source(), outcome.stats(), result, size,
                result == PutResult.UNCHANGED ? Set.of() : touched));
        counts.stored(outcome.stats(), size, result);
        quads += result == PutResult.UNCHANGED ? 0 : size;
    }

    /** Whether the transaction should be committed now ({@code documents} per commit at most). */
    boolean full(int documents) {
        return session != null && (written.size() >= documents || quads >= MAX_QUADS
                || System.nanoTime() - openedAt >= MAX_OPEN_NANOS);
    }

    /** Whether documents are written but not committed. */
    boolean isOpen() {
        return session != null;
    }

    /** Commits (with the pending-refresh list); the documents then count as committed. */
    void commit() {
        if (session == null) {
            return;
        }
        Set<Node> touched = new HashSet<>();
        written.forEach(w -> touched.addAll(w.touched()));
        if (!touched.isEmpty()) {
            var entry = pending.entry(touched);
            session.put(entry.getKey(), entry.getValue());
        }
        session.commit();
        counts.touched().addAll(touched);
        counts.committed();
        clear();
    }

    /** Rolls the transaction back, takes its documents out of the counts and returns their sources. */
    List<String> rollBack() {
        if (session == null) {
            return List.of();
        }
        session.close();
        counts.rolledBack(written.stream().map(Written::stats).toList(),
                written.stream().map(Written::result).toList(), quads);
        List<String> sources = written.stream().map(Written::source).toList();
        clear();
        return sources;
    }

    private void clear() {
        session = null;
        written.clear();
        quads = 0;
    }
}
