package org.newsgraph.jmh;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.pipeline.DocumentProcessor;
import org.newsgraph.report.ProblemReporter;
import org.newsgraph.text.OpenNlpAnalyzer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmarks of the extractor's inner loops, one thread, over the seeds and the dev set
 * (run from the project folder; see README "Performance and resilience"). One operation is one
 * pass over all those articles, so words per second = operations per second × the word count
 * printed at set-up. Stages: sentences and tokens only; text to resolved entities and claims;
 * text to the document's RDF graph (what a build's analysis threads do).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class ExtractionInnerLoops {
    private final List<Document> documents = new ArrayList<>();
    private OpenNlpAnalyzer analyzer;
    private DocumentProcessor processor;

    /** Reads the articles and loads the models and the catalog. */
    @Setup
    public void load() {
        new DocumentSource().read(List.of(Path.of("seeds"), Path.of("eval/dev")), ProblemReporter.ignoring(),
                documents::add);
        analyzer = OpenNlpAnalyzer.load();
        processor = DocumentProcessor.withCatalog(Path.of("ontology", "catalog.ttl"));
        long words = documents.stream().mapToLong(Document::wordCount).sum();
        System.out.println("# " + documents.size() + " documents, " + words + " words per operation");
    }

    /** Sentence splitting and tokenizing. */
    @Benchmark
    public void sentencesAndTokens(Blackhole sink) {
        documents.forEach(doc -> sink.consume(analyzer.analyze(doc)));
    }

    /** Text to resolved entities and claims (mentions, dates, rules, resolution). */
    @Benchmark
    public void resolve(Blackhole sink) {
        documents.forEach(doc -> sink.consume(processor.resolve(doc)));
    }

    /** Text to the document's RDF graph. */
    @Benchmark
    public void graph(Blackhole sink) {
        documents.forEach(doc -> sink.consume(processor.graph(doc)));
    }
}
