package org.newsgraph.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.eval.Scores;
import org.newsgraph.pipeline.DocumentProcessor;
import org.newsgraph.pipeline.GraphBuilder;
import org.newsgraph.report.ProblemReporter;
import org.newsgraph.store.ExportFormat;
import org.newsgraph.store.GraphStore;

/**
 * Every measurement for one corpus size, in order: corpus, extraction quality on the gold sample,
 * one-thread extraction speed, full build, adding one article, export, loader comparison, SPARQL
 * latency. In: settings, the size, shared builder and processor; out: one JSON object, with
 * progress lines on a stream.
 */
final class SizeBenchmark {
    private final BenchSettings settings;
    private final GraphBuilder builder;
    private final DocumentProcessor processor;
    private final PrintStream log;
    private final Saver save;

    /** Writes the report so far (after every phase, so a long run that fails keeps its figures). */
    interface Saver {
        void save() throws IOException;
    }

    SizeBenchmark(BenchSettings settings, GraphBuilder builder, DocumentProcessor processor, PrintStream log,
                  Saver save) {
        this.settings = settings;
        this.builder = builder;
        this.processor = processor;
        this.log = log;
        this.save = save;
    }

    /** Runs every phase for {@code articles} articles, filling {@code r}. */
    void run(int articles, ObjectNode r) throws IOException, InterruptedException {
        r.put("articles", articles);
        Path folder = settings.work().resolve("size-" + articles);
        log.println("bench: " + articles + " articles: corpus");
        CorpusGenerator.Corpus corpus = CorpusGenerator.ensure(folder.resolve("corpus"), articles,
                settings.seed(), settings.format());
        r.put("words", corpus.words());
        r.put("corpusBytes", corpus.bytes());
        r.set("quality", quality(corpus.gold()));
        save.save();
        log.println("bench: " + articles + " articles: one-thread extraction");
        r.set("extraction", ExtractionPhase.measure(processor, corpus.articles(), articles,
                settings.extractionSample()));
        save.save();
        Path storeDir = folder.resolve("store");
        Folders.deleteTree(storeDir);
        try (GraphStore store = GraphStore.open(storeDir)) {
            storePhases(r, store, corpus, folder);
        }
    }

    private void storePhases(ObjectNode r, GraphStore store, CorpusGenerator.Corpus corpus, Path folder)
            throws IOException, InterruptedException {
        log.println("bench: " + corpus.count() + " articles: build with " + settings.threads() + " threads");
        r.set("build", BuildPhase.build(builder, corpus.articles(), store, settings.threads()));
        save.save();
        log.println("bench: " + corpus.count() + " articles: add one article");
        r.set("addOneArticle", BuildPhase.addOne(builder, store, new ArticleMaker(settings.seed()),
                corpus.count() + 1_000_000, folder.resolve("extra")));
        r.put("storeBytes", Folders.size(store.directory()));
        save.save();
        log.println("bench: " + corpus.count() + " articles: export and loader comparison");
        Path export = folder.resolve("export.nq");
        r.set("load", loaders(store, export, folder.resolve("loaders")));
        Files.deleteIfExists(export);
        save.save();
        log.println("bench: " + corpus.count() + " articles: SPARQL latency");
        LatencyPhase.measure(store, settings, r.putArray("sparql"), save);
    }

    private ObjectNode loaders(GraphStore store, Path export, Path work) throws IOException {
        long start = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(export))) {
            store.export(out, ExportFormat.NQ);
        }
        double exportSeconds = (System.nanoTime() - start) / 1e9;
        double load = Machine.load1();
        Machine.Window window = Machine.Window.open();
        LoaderComparison.Result result = LoaderComparison.run(export, work, settings.loaderQuadLimit());
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("exportSeconds", exportSeconds);
        r.put("quads", result.quads());
        r.put("newsgraphQuadsPerSecond", Math.round(result.quads() / result.newsgraphSeconds()));
        r.put("jenaBasicQuadsPerSecond", Math.round(result.quads() / result.jenaBasicSeconds()));
        r.put("jenaSequentialQuadsPerSecond", Math.round(result.quads() / result.jenaSequentialSeconds()));
        double best = Math.min(result.jenaBasicSeconds(), result.jenaSequentialSeconds());
        r.put("ratioToFasterJenaLoader", Math.round(100 * best / result.newsgraphSeconds()) / 100.0);
        r.put("load1Start", load);
        r.put("load1End", Machine.load1());
        r.put("otherProcessesCores", window.otherCores());
        return r;
    }

    private ObjectNode quality(Path gold) {
        Scores overall = new Evaluator(processor).evaluate(gold, ProblemReporter.ignoring()).overall();
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("goldLines", overall.gold());
        r.put("precision", Math.round(overall.precision() * 1000) / 1000.0);
        r.put("recall", Math.round(overall.recall() * 1000) / 1000.0);
        return r;
    }
}
