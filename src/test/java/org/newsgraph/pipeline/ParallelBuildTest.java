package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.Document;
import org.newsgraph.rdf.DocumentGraphWriter;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.report.CollectingReporter;
import org.newsgraph.report.Problem;
import org.newsgraph.store.GraphStore;

/** The parallel build stores what a sequential one would, in order, and survives bad documents. */
class ParallelBuildTest {
    @TempDir
    Path dir;

    @Test
    void theGraphsDoNotDependOnTheNumberOfThreads() throws IOException {
        List<Path> inputs = new ArrayList<>(List.of(Path.of("seeds")));
        try (Stream<Path> golden = Files.walk(Path.of("src/test/golden"))) {
            golden.filter(p -> p.getFileName().toString().startsWith("article.")).sorted().forEach(inputs::add);
        }
        GraphBuilder builder = GraphBuilder.create(Path.of(""));
        try (GraphStore one = GraphStore.open(dir.resolve("one"));
             GraphStore four = GraphStore.open(dir.resolve("four"))) {
            BuildSummary a = builder.build(inputs, one, new CollectingReporter(), BuildOptions.defaults().withThreads(1));
            BuildSummary b = builder.build(inputs, four, new CollectingReporter(), BuildOptions.defaults().withThreads(4));
            assertEquals(a.added(), b.added());
            assertEquals(a.claims(), b.claims());
            assertEquals(one.graphNames(), four.graphNames());
            for (String name : one.graphNames()) {
                assertTrue(graph(one, name).isIsomorphicWith(graph(four, name)), name);
            }
        }
    }

    @Test
    void aDocumentThatCannotBeAnalysedIsReportedAndTheOthersAreStored() throws IOException {
        List<Path> files = articles(30);
        CollectingReporter reporter = new CollectingReporter();
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            Function<Document, Graph> failingOnSeven = doc -> {
                if (doc.id().equals("a07")) {
                    throw new IllegalStateException("boom\nsecond line");
                }
                return tinyGraph(doc);
            };
            BuildCounts counts = new ParallelBuild(failingOnSeven, BuildOptions.defaults().withThreads(3))
                    .run(List.of(dir.resolve("in")), store, reporter);
            assertEquals(29, store.documentCount());
            assertEquals(29, counts.progress(true).documents());
            assertEquals(List.of(files.get(7) + ": rejected: cannot analyse: IllegalStateException: boom second line"),
                    reporter.problems().stream().map(Problem::line).toList());
        }
    }

    @Test
    void problemsAreReportedInReadingOrderWhateverOrderTheWorkersFinishIn() throws IOException {
        List<Path> files = articles(40);
        Files.writeString(dir.resolve("in/a05b.bin"), "x");
        Files.writeString(dir.resolve("in/a20b.txt"), "   ");
        Random random = new Random(7);
        List<Long> delays = Stream.generate(() -> (long) random.nextInt(15)).limit(64).toList();
        Function<Document, Graph> slow = doc -> {
            sleep(delays.get(Integer.parseInt(doc.id().substring(1, 3))));
            if (doc.id().equals("a30")) {
                throw new IllegalArgumentException("bad thirty");
            }
            return tinyGraph(doc);
        };
        CollectingReporter reporter = new CollectingReporter();
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            new ParallelBuild(slow, BuildOptions.defaults().withThreads(4)).run(List.of(dir.resolve("in")), store, reporter);
            assertEquals(39, store.documentCount());
        }
        List<String> sources = reporter.problems().stream().map(Problem::source).toList();
        assertEquals(List.of(dir.resolve("in/a05b.bin").toString(), dir.resolve("in/a20b.txt").toString(),
                files.get(30).toString()), sources);
    }

    @Test
    void anExceptionFromTheReporterStopsTheBuildAndPropagates() throws IOException {
        articles(50);
        Files.writeString(dir.resolve("in/a10b.bin"), "x");
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            ParallelBuild build = new ParallelBuild(ParallelBuildTest::tinyGraph, BuildOptions.defaults().withThreads(2));
            IllegalStateException stop = assertThrows(IllegalStateException.class, () ->
                    build.run(List.of(dir.resolve("in")), store, p -> {
                        throw new IllegalStateException("strict");
                    }));
            assertEquals("strict", stop.getMessage());
            assertTrue(store.documentCount() <= 11, "nothing after the problem is stored");
        }
    }

    @Test
    void aTextTooLongToAnalyseIsRejectedWithoutStoppingTheBuild() throws IOException {
        articles(3);
        Files.writeString(dir.resolve("in/a01b.txt"), "word ".repeat(DocumentFeed.MAX_TEXT_CHARS / 5 + 1));
        CollectingReporter reporter = new CollectingReporter();
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            new ParallelBuild(ParallelBuildTest::tinyGraph, BuildOptions.defaults()).run(List.of(dir.resolve("in")),
                    store, reporter);
            assertEquals(3, store.documentCount());
        }
        assertEquals(1, reporter.problems().size());
        assertTrue(reporter.problems().get(0).reason().startsWith("too long to analyse ("), reporter.problems().toString());
    }

    @Test
    void progressIsReportedAndTheLastReportSaysFinished() throws IOException {
        articles(12);
        List<BuildProgress> reports = new ArrayList<>();
        try (GraphStore store = GraphStore.open(dir.resolve("db"))) {
            new ParallelBuild(ParallelBuildTest::tinyGraph, BuildOptions.defaults().withProgress(reports::add))
                    .run(List.of(dir.resolve("in")), store, new CollectingReporter());
        }
        BuildProgress last = reports.get(reports.size() - 1);
        assertTrue(last.finished());
        assertEquals(12, last.documents());
        assertEquals(12 * 3, last.words(), "Article, number, N");
        assertTrue(reports.stream().limit(reports.size() - 1).noneMatch(BuildProgress::finished));
    }

    private List<Path> articles(int count) throws IOException {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Path file = in.resolve(String.format("a%02d.txt", i));
            Files.writeString(file, "Article number " + i + ".\n");
            files.add(file);
        }
        return files;
    }

    static Graph tinyGraph(Document doc) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(DocumentGraphWriter.graphName(doc), RDF.type.asNode(), Vocab.ng("Document"));
        return graph;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Graph graph(GraphStore store, String name) {
        return Txn.calculateRead(store.datasetGraph(), () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            store.datasetGraph().getGraph(NodeFactory.createURI(name)).find().forEachRemaining(copy::add);
            return copy;
        });
    }
}
