package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.newsgraph.bench.BenchSettings;
import org.newsgraph.bench.Benchmark;
import org.newsgraph.bench.CorpusGenerator;
import org.newsgraph.bench.Soak;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code newsgraph bench}: generates synthetic corpora and measures extraction, build, loading,
 * incremental update, memory and SPARQL latency (or, with {@code --soak}, runs the soak test).
 * In: options; out: a JSON report, progress on stderr and a summary on stdout.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Benchmarks newsgraph on synthetic corpora and writes a JSON report:",
                       "extraction words/s per core, build words/s and articles/s, quads/s against Jena's loaders,",
                       "peak heap and RSS, time to add one article, SPARQL p50/p95/p99 under concurrent clients.",
                       "--soak SECONDS instead runs queries from many clients while articles are added."})
final class BenchCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Option(names = "--articles", split = ",", defaultValue = "1000",
            description = "Corpus sizes, e.g. 1000,10000,100000 (default: ${DEFAULT-VALUE}).")
    private List<Integer> sizes;

    @Option(names = "--work", paramLabel = "DIR", description = "Working folder (default: data/bench under the home folder).")
    private Path work;

    @Option(names = "--report", paramLabel = "FILE", description = "Report file (default: WORK/bench-report.json or soak-report.json).")
    private Path report;

    @Option(names = "--seed", defaultValue = "42", description = "Corpus seed (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--format", defaultValue = "auto", description = "Corpus files: auto, txt or jsonl (auto: jsonl from 10,000 articles).")
    private CorpusGenerator.Format format;

    @Option(names = "--threads", description = "Analysis threads of the build (default: one per core).")
    private Integer threads;

    @Option(names = "--clients", split = ",", defaultValue = "1,8,32", description = "Concurrent SPARQL clients per series (default: ${DEFAULT-VALUE}).")
    private List<Integer> clients;

    @Option(names = "--requests", defaultValue = "20", description = "Requests per client per series (default: ${DEFAULT-VALUE}).")
    private int requests;

    @Option(names = "--series-seconds", defaultValue = "30", description = "Time limit of one latency series (default: ${DEFAULT-VALUE}).")
    private long seriesSeconds;

    @Option(names = "--loader-quads", defaultValue = "1000000", description = "Quads loaded by each loader in the comparison (default: ${DEFAULT-VALUE}).")
    private long loaderQuads;

    @Option(names = "--extraction-sample", defaultValue = "2000", description = "Articles in the one-thread extraction measurement (default: ${DEFAULT-VALUE}).")
    private int extractionSample;

    @Option(names = "--soak", paramLabel = "SECONDS", description = "Run the soak test for this long instead (uses the first --articles size).")
    private Long soakSeconds;

    @Option(names = "--generate-only", description = "Only write the corpora (WORK/size-N/corpus).")
    private boolean generateOnly;

    @Override
    public Integer call() throws Exception {
        Path folder = work != null ? work : Home.folder().resolve("data").resolve("bench");
        BenchSettings settings = new BenchSettings(Home.folder(), folder, seed, format,
                threads != null ? threads : Runtime.getRuntime().availableProcessors(), clients, requests,
                Duration.ofSeconds(seriesSeconds), loaderQuads, extractionSample);
        if (generateOnly) {
            for (int size : sizes) {
                main.out().println(CorpusGenerator.ensure(folder.resolve("size-" + size).resolve("corpus"), size, seed, format));
            }
            return ExitCodes.OK;
        }
        if (soakSeconds != null) {
            Path file = report != null ? report : folder.resolve("soak-report.json");
            int soakClients = clients.stream().mapToInt(Integer::intValue).max().orElse(32);
            JsonNode soak = new Soak(settings, main.err()).run(sizes.get(0), Duration.ofSeconds(soakSeconds),
                    soakClients, file).get("soak");
            main.out().println(BenchSummary.soakLine(soak) + " (report: " + file + ")");
            return soak.get("errors").asInt() == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
        }
        Path file = report != null ? report : folder.resolve("bench-report.json");
        JsonNode root = new Benchmark(settings, main.err()).run(sizes, file);
        BenchSummary.print(root, main.out());
        main.out().println(String.format(Locale.ROOT, "newsgraph: report written to %s", file));
        return ExitCodes.OK;
    }
}
