package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * Opens the files of a store folder: the TDB2 database (union default graph on) and its text
 * index. In: a folder; out: a {@link Connection} or a {@link StoreException} with a one-line reason.
 */
final class StoreFolder {

    /** The opened database and its text-indexed view. */
    record Connection(DatasetGraph storage, TextIndexes.Indexed indexed) {
    }

    private StoreFolder() {
    }

    /** Whether {@code dir} holds a TDB2 database ({@code tdb.lock} and/or {@code Data-NNNN} folders). */
    static boolean looksLikeStore(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        if (Files.isRegularFile(dir.resolve("tdb.lock"))) {
            return true;
        }
        try (var entries = Files.list(dir)) {
            return entries.anyMatch(p -> p.getFileName().toString().startsWith("Data-"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Connects to the database in {@code dir} and opens its text index. */
    static Connection connect(Path dir) {
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
            dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        } catch (RuntimeException e) {
            String reason = String.valueOf(e.getMessage());
            if (reason.toLowerCase(Locale.ROOT).contains("lock")) {
                throw new StoreException("store " + dir + " is in use by another process: " + reason, e);
            }
            throw new StoreException("cannot open store " + dir + ": " + reason, e);
        }
        return new Connection(dsg, indexed(dsg, dir));
    }

    /**
     * The text-indexed view of {@code dsg}. When the index is held by another store object of this
     * process (which shares the database), the database stays open for it; otherwise a failure
     * releases the database.
     */
    private static TextIndexes.Indexed indexed(DatasetGraph dsg, Path dir) {
        try {
            return TextIndexes.attach(dsg, dir.resolve(TextIndexes.FOLDER));
        } catch (StoreException e) {
            if (heldElsewhere(e)) {
                throw new StoreException("store " + dir + " is already open in this process", e);
            }
            TDBInternal.expel(dsg);
            throw e;
        }
    }

    private static boolean heldElsewhere(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof LockObtainFailedException) {
                return true;
            }
        }
        return false;
    }
}
