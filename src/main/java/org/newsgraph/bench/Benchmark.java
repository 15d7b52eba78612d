package org.newsgraph.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.newsgraph.pipeline.DocumentProcessor;
import org.newsgraph.pipeline.GraphBuilder;

/**
 * The benchmark harness behind {@code newsgraph bench}: for each corpus size, every measurement of
 * {@link SizeBenchmark}; the whole run is written as one JSON report (machine, settings, figures,
 * and the load average around each figure). In: settings and sizes; out: the report file and
 * progress lines.
 */
public final class Benchmark {
    private final BenchSettings settings;
    private final PrintStream log;

    /** A benchmark with these settings, logging progress to {@code log}. */
    public Benchmark(BenchSettings settings, PrintStream log) {
        this.settings = settings;
        this.log = log;
    }

    /** Runs every size in order and writes the report to {@code report}; returns the report. */
    public ObjectNode run(List<Integer> sizes, Path report) throws IOException, InterruptedException {
        ObjectNode root = header("bench");
        GraphBuilder builder = GraphBuilder.create(settings.home());
        DocumentProcessor processor = DocumentProcessor.withCatalog(
                settings.home().resolve("ontology").resolve("catalog.ttl"));
        ArrayNode results = root.putArray("sizes");
        for (int size : sizes) {
            ObjectNode entry = results.addObject();
            new SizeBenchmark(settings, builder, processor, log, () -> write(root, report)).run(size, entry);
            write(root, report);
        }
        return root;
    }

    /** The report's common part: when, where, with what settings. */
    ObjectNode header(String kind) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("kind", kind);
        root.put("started", Instant.now().toString());
        root.set("machine", Machine.describe());
        ObjectNode s = root.putObject("settings");
        s.put("seed", settings.seed());
        s.put("format", settings.format().name().toLowerCase(java.util.Locale.ROOT));
        s.put("threads", settings.threads());
        settings.clients().forEach(s.putArray("clients")::add);
        s.put("requestsPerClient", settings.requestsPerClient());
        s.put("seriesBudgetSeconds", settings.seriesBudget().toSeconds());
        s.put("seriesServerQueryTimeoutSeconds", LatencyPhase.SERIES_QUERY_TIMEOUT.toSeconds());
        s.put("serverMaxConcurrentQueries", Runtime.getRuntime().availableProcessors());
        s.put("loaderQuadLimit", settings.loaderQuadLimit());
        s.put("extractionSample", settings.extractionSample());
        return root;
    }

    /** Writes {@code root} as indented JSON to {@code file}. */
    static void write(ObjectNode root, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(file.toFile(), root);
    }
}
