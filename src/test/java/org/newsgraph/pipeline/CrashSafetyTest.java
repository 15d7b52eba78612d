package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.bench.ArticleMaker;
import org.newsgraph.bench.GeneratedArticle;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.report.CollectingReporter;
import org.newsgraph.store.GraphStore;

/**
 * kill -9 during a real build (a child JVM) leaves no half-stored document: every document graph
 * in the reopened store equals the one an uninterrupted build stores; building again then gives
 * exactly the graphs of an uninterrupted build, derived graphs included.
 */
class CrashSafetyTest {
    private static final int ARTICLES = 60;

    @TempDir
    Path dir;

    @Test
    void killedBuildsLeaveWholeDocumentsAndTheRerunEqualsAnUninterruptedBuild() throws Exception {
        Path in = writeArticles(dir.resolve("in"));
        Map<String, Graph> reference = reference(in);
        Path db = dir.resolve("db");
        int first = killWhen(db, in, "stored", stored -> stored > 0);
        int present = checkWholeDocuments(db, reference);
        assertTrue(present > 0 && present < ARTICLES, "the first kill hit the middle of the build: " + present);
        assertTrue(present >= first, "committed documents survive the kill");
        killWhen(db, in, "stored", stored -> stored >= ARTICLES / 2);
        checkWholeDocuments(db, reference);
        killWhen(db, in, "finished", stored -> true);
        assertEquals(ARTICLES, checkWholeDocuments(db, reference), "every document was stored before the last kill");
        Process rerun = child(db, in).start();
        assertEquals(0, rerun.waitFor(), "the rerun completes");
        Map<String, Graph> rebuilt = allGraphs(db);
        Set<String> missing = new TreeSet<>(reference.keySet());
        missing.removeAll(rebuilt.keySet());
        Set<String> extra = new TreeSet<>(rebuilt.keySet());
        extra.removeAll(reference.keySet());
        assertEquals(Set.of(), missing, "graphs an uninterrupted build has and the rerun lacks");
        assertEquals(Set.of(), extra, "graphs the rerun has and an uninterrupted build lacks");
        for (String name : reference.keySet()) {
            assertTrue(reference.get(name).isIsomorphicWith(rebuilt.get(name)), "differs: " + name);
        }
    }

    private Path writeArticles(Path in) throws IOException {
        Files.createDirectories(in);
        ArticleMaker maker = new ArticleMaker(7);
        for (int i = 0; i < ARTICLES; i++) {
            GeneratedArticle article = maker.make(i);
            Files.writeString(in.resolve(article.id() + ".txt"), article.text());
        }
        return in;
    }

    private Map<String, Graph> reference(Path in) {
        try (GraphStore store = GraphStore.open(dir.resolve("reference"))) {
            GraphBuilder.create(Path.of("")).build(List.of(in), store, new CollectingReporter());
        }
        return allGraphs(dir.resolve("reference"));
    }

    /** Starts a build in a child JVM and kills it (-9) at the first line "{kind} N" with N accepted. */
    private int killWhen(Path db, Path in, String kind, IntPredicate when) throws IOException, InterruptedException {
        Process process = child(db, in).start();
        int stored = -1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                String[] parts = line.split(" ");
                if (parts[0].equals(kind) && when.test(Integer.parseInt(parts[1]))) {
                    stored = Integer.parseInt(parts[1]);
                    process.destroyForcibly();
                    break;
                }
            }
        }
        process.waitFor();
        assertTrue(stored >= 0, "the child printed a '" + kind + "' line before ending");
        return stored;
    }

    private ProcessBuilder child(Path db, Path in) {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx512m", "-cp", classpath, BuildChild.class.getName(),
                db.toString(), in.toString())
                .redirectError(dir.resolve("child-stderr.txt").toFile())
                .directory(new File(System.getProperty("user.dir")));
    }

    /** Every document graph in the store equals the reference one; returns how many there are. */
    private int checkWholeDocuments(Path db, Map<String, Graph> reference) {
        Map<String, Graph> graphs = allGraphs(db);
        int documents = 0;
        for (Map.Entry<String, Graph> e : graphs.entrySet()) {
            if (e.getKey().startsWith(Vocab.DOC)) {
                documents++;
                assertTrue(reference.containsKey(e.getKey()), e.getKey());
                assertTrue(reference.get(e.getKey()).isIsomorphicWith(e.getValue()), "half-stored: " + e.getKey());
            }
        }
        assertFalse(graphs.isEmpty());
        return documents;
    }

    private static Map<String, Graph> allGraphs(Path db) {
        try (GraphStore store = GraphStore.open(db)) {
            Map<String, Graph> graphs = new TreeMap<>();
            for (String name : store.graphNames()) {
                graphs.put(name, copy(store, NodeFactory.createURI(name)));
            }
            return graphs;
        }
    }

    private static Graph copy(GraphStore store, Node name) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.datasetGraph().getGraph(name).find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
