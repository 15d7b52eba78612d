package org.newsgraph.bench;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.WriteSession;

/**
 * Loads the same N-Quads three ways into fresh stores and times each: newsgraph's own write path
 * (whole graphs into one {@link WriteSession}, as a build writes up to 3 million quads per
 * transaction, text index included)
 * and Jena's crash-safe bulk loaders ({@code basic} and {@code sequential}, as {@code tdb2.tdbloader}
 * runs them, no text index). In: an export and a quad limit (whole graphs up to the limit are used);
 * out: quads and seconds per loader.
 */
final class LoaderComparison {
    /** Quads loaded and the seconds each loader took. */
    record Result(long quads, double newsgraphSeconds, double jenaBasicSeconds, double jenaSequentialSeconds) {
    }

    private LoaderComparison() {
    }

    /** Runs the three loads in {@code work} (which is emptied first). */
    static Result run(Path export, Path work, long quadLimit) throws IOException {
        Folders.deleteTree(work);
        Files.createDirectories(work);
        Path input = work.resolve("input.nq");
        long quads = trim(export, input, quadLimit);
        double ours = timed(() -> loadNewsgraph(input, work.resolve("newsgraph")));
        double basic = timed(() -> loadJena(input, work.resolve("basic"), true));
        double sequential = timed(() -> loadJena(input, work.resolve("sequential"), false));
        Folders.deleteTree(work);
        return new Result(quads, ours, basic, sequential);
    }

    /** Copies whole graphs of {@code export} to {@code input} until {@code limit} quads; returns the count. */
    private static long trim(Path export, Path input, long limit) throws IOException {
        long[] count = {0};
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(input))) {
            StreamRDF writer = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            writer.start();
            GraphGroups.read(export, (name, graph) -> {
                if (count[0] < limit) {
                    graph.find().forEachRemaining(t -> writer.quad(new org.apache.jena.sparql.core.Quad(name, t)));
                    count[0] += graph.size();
                }
            });
            writer.finish();
        }
        return count[0];
    }

    private static void loadNewsgraph(Path input, Path dir) {
        try (GraphStore store = GraphStore.open(dir); WriteSession session = store.openWriteSession()) {
            GraphGroups.read(input, session::put);
            session.commit();
        }
    }

    private static void loadJena(Path input, Path dir, boolean basic) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        try {
            DataLoader loader = basic ? LoaderFactory.basicLoader(dsg, (format, args) -> { })
                    : LoaderFactory.sequentialLoader(dsg, (format, args) -> { });
            loader.startBulk();
            loader.load(input.toString());
            loader.finishBulk();
        } finally {
            TDBInternal.expel(dsg);
        }
    }

    private static double timed(Runnable load) {
        long start = System.nanoTime();
        load.run();
        return (System.nanoTime() - start) / 1e9;
    }
}
