package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The harness runs end to end on a tiny corpus and its report holds every figure (the values are not judged). */
class BenchmarkTest {
    @TempDir
    Path dir;

    private BenchSettings settings() {
        return new BenchSettings(Path.of("").toAbsolutePath(), dir.resolve("work"), 3, CorpusGenerator.Format.AUTO, 2,
                List.of(1, 3), 2, Duration.ofSeconds(20), 5_000, 10);
    }

    @Test
    void aTinyBenchmarkWritesACompleteReport() throws IOException, InterruptedException {
        Path file = dir.resolve("report.json");
        new Benchmark(settings(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(List.of(40), file);
        JsonNode size = new ObjectMapper().readTree(file.toFile()).get("sizes").get(0);
        assertEquals(40, size.get("articles").asInt());
        assertEquals(40, size.at("/build/articles").asInt());
        assertTrue(size.at("/build/quadsWritten").asLong() > 40 * 50);
        assertTrue(size.at("/build/peakHeapBytes").asLong() > 0);
        assertTrue(size.at("/extraction/wordsPerSecond").asLong() > 0);
        assertEquals(10, size.at("/extraction/articles").asInt());
        assertTrue(size.at("/load/quads").asLong() >= 5_000);
        assertTrue(size.at("/load/jenaBasicQuadsPerSecond").asLong() > 0);
        assertEquals(5, size.at("/addOneArticle/millis").size());
        assertTrue(size.at("/quality/precision").asDouble() > 0.5);
        long queries;
        try (var files = Files.list(Path.of("queries"))) {
            queries = files.filter(p -> p.toString().endsWith(".rq")).count();
        }
        assertEquals(queries * 2, size.get("sparql").size(), "every query at 1 and 3 clients");
        for (JsonNode series : size.get("sparql")) {
            assertEquals(0, series.get("errors").asInt(), series.toString());
            assertEquals(series.get("clients").asInt() * 2, series.get("requests").asInt(), series.toString());
            assertTrue(series.get("p99Millis").asDouble() >= series.get("p50Millis").asDouble());
        }
    }

    @Test
    void aShortSoakAnswersEveryRequestWhileArticlesAreAdded() throws IOException, InterruptedException {
        Path file = dir.resolve("soak.json");
        JsonNode soak = new Soak(settings(), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))
                .run(20, Duration.ofSeconds(8), 4, file).get("soak");
        assertEquals(0, soak.get("errors").asInt(), soak.toString());
        assertTrue(soak.get("requests").asInt() > 0);
        assertEquals(0, soak.get("addFailures").asInt());
        assertTrue(soak.get("heapSamples").size() > 0);
        assertTrue(Files.exists(file));
    }
}
