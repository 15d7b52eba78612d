package org.newsgraph.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a benchmark run does and where.
 *
 * @param home the project home (ontology/, queries/)
 * @param work the working folder: corpora, stores, exports (large at 100k articles)
 * @param seed the corpus seed
 * @param format how the corpus is written (txt files or JSON Lines)
 * @param threads analysis threads of the build
 * @param clients the client counts of the SPARQL latency series (e.g. 1, 8, 32)
 * @param requestsPerClient requests each client sends per query and client count
 * @param seriesBudget the longest time one series (one query, one client count) may take
 * @param loaderQuadLimit how many quads the loader comparison loads (whole graphs up to it)
 * @param extractionSample how many articles the one-thread extraction measurement analyses
 */
public record BenchSettings(Path home, Path work, long seed, CorpusGenerator.Format format, int threads,
                            List<Integer> clients, int requestsPerClient, Duration seriesBudget,
                            long loaderQuadLimit, int extractionSample) {

    public BenchSettings {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(seriesBudget, "seriesBudget");
        clients = List.copyOf(clients);
        if (threads < 1 || requestsPerClient < 1 || loaderQuadLimit < 1 || extractionSample < 1
                || clients.isEmpty() || clients.stream().anyMatch(c -> c < 1)) {
            throw new IllegalArgumentException("benchmark counts must be positive");
        }
    }
}
