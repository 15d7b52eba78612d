package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.pipeline.GraphBuilder;
import org.newsgraph.report.CollectingReporter;
import org.newsgraph.serve.NewsgraphServer;
import org.newsgraph.store.GraphStore;

/**
 * Runs every SPARQL file under {@code queries/} against a server over a store built from the
 * seeds, and compares the CSV answer with {@code queries/expected/NAME.csv} row by row. A new
 * query file is picked up automatically and must come with its expected answer.
 */
class QueriesTest {
    private static final Path QUERIES = Path.of("queries");
    private static final Path EXPECTED = QUERIES.resolve("expected");
    private static final String SAMPLE_QUERY = "names.rq";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    private static GraphStore store;
    private static NewsgraphServer server;

    @BeforeAll
    static void buildSeedsAndServe() {
        store = GraphStore.open(dir.resolve("tdb2"));
        CollectingReporter reporter = new CollectingReporter();
        GraphBuilder.create(Path.of("")).build(List.of(Path.of("seeds")), store, reporter);
        assertFalse(reporter.anyRejected(), () -> "seeds rejected: " + reporter.problems());
        server = NewsgraphServer.builder().store(store).port(0).ui(false).build().start();
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    /** The names of all query files, sorted. */
    static Stream<String> queryFiles() throws IOException {
        try (Stream<Path> files = Files.list(QUERIES)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted()
                    .toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryFiles")
    void answerOnTheSeedsIsTheExpectedOne(String file) throws IOException, InterruptedException {
        Path expectedFile = EXPECTED.resolve(baseName(file) + ".csv");
        assertTrue(Files.isRegularFile(expectedFile), () -> file + " has no expected answer " + expectedFile);
        HttpResponse<String> response = post(Files.readString(QUERIES.resolve(file)), "text/csv");
        assertEquals(200, response.statusCode(), () -> file + ": " + response.body());
        List<String> expected = lines(Files.readString(expectedFile, StandardCharsets.UTF_8));
        List<String> actual = lines(response.body());
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
            int row = i;
            assertEquals(expected.get(i), actual.get(i), () -> file + ", CSV line " + (row + 1));
        }
        assertEquals(expected.size(), actual.size(), () -> file + ": number of CSV lines; got\n" + response.body());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queryFiles")
    void queryFileHasHeaderAndOrder(String file) throws IOException {
        String text = Files.readString(QUERIES.resolve(file), StandardCharsets.UTF_8);
        assertTrue(text.startsWith("# title: "), () -> file + " must start with '# title: '");
        assertTrue(text.contains("\n# answers: "), () -> file + " must say what it answers");
        assertTrue(text.contains("\n# parameters: "), () -> file + " must list its parameters (or none)");
        assertTrue(text.contains("ORDER BY"), () -> file + " must have an ORDER BY");
    }

    @Test
    void atLeastTenQueries() throws IOException {
        assertTrue(queryFiles().count() >= 10, "queries/ should hold at least ten .rq files");
    }

    @Test
    void jsonResultsComeBackOverGet() throws IOException, InterruptedException {
        String query = Files.readString(QUERIES.resolve(SAMPLE_QUERY));
        String url = server.sparqlUrl() + "?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        JsonNode json = new ObjectMapper().readTree(response.body());
        List<String> expected = expectedLines(SAMPLE_QUERY);
        assertEquals(expected.get(0), String.join(",", textValues(json.path("head").path("vars"))));
        JsonNode bindings = json.path("results").path("bindings");
        assertEquals(expected.size() - 1, bindings.size());
        List<String> names = new ArrayList<>();
        bindings.forEach(b -> names.add(b.path("name").path("value").asText()));
        assertTrue(names.contains("吴泳铭"), () -> "Chinese name missing from " + names);
    }

    @Test
    void tsvResultsComeBack() throws IOException, InterruptedException {
        HttpResponse<String> response = post(Files.readString(QUERIES.resolve(SAMPLE_QUERY)),
                "text/tab-separated-values");
        assertEquals(200, response.statusCode(), response.body());
        List<String> lines = lines(response.body());
        List<String> expected = expectedLines(SAMPLE_QUERY);
        assertEquals("?" + expected.get(0).replace(",", "\t?"), lines.get(0));
        assertEquals(expected.size(), lines.size());
        assertTrue(lines.stream().anyMatch(l -> l.contains("\t\"吴泳铭\"\t")), () -> String.join("\n", lines));
    }

    private static HttpResponse<String> post(String query, String accept) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.sparqlUrl()))
                .header("Content-Type", "application/sparql-query; charset=utf-8").header("Accept", accept)
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8)).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<String> expectedLines(String file) throws IOException {
        return lines(Files.readString(EXPECTED.resolve(baseName(file) + ".csv"), StandardCharsets.UTF_8));
    }

    /** The lines of a text with any line ending, without a trailing empty line. */
    private static List<String> lines(String text) {
        String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
        List<String> lines = new ArrayList<>(List.of(normalised.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static List<String> textValues(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }

    private static String baseName(String file) {
        return file.substring(0, file.length() - ".rq".length());
    }
}
