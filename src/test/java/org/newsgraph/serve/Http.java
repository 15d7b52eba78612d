package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;

/** A small HTTP client for server tests: GET with Accept, POST with a body, optional basic auth. */
final class Http {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private final String base;

    Http(String base) {
        this.base = base;
    }

    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return send(request(path).header("Accept", accept).GET());
    }

    /** GET {@code path} as Turtle, assert that it answered 200, and return the graph it sent. */
    Graph turtle(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = get(path, "text/turtle");
        assertEquals(200, response.statusCode(), path);
        return RDFParser.fromString(response.body(), Lang.TURTLE).toGraph();
    }

    HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> postAs(String user, String password, String path, String contentType, String body)
            throws IOException, InterruptedException {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return send(request(path).header("Authorization", "Basic " + token).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
        return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    }

    /** The path of a GET query on the public dataset's {@code sparql} endpoint. */
    static String query(String sparql) {
        return NewsgraphServer.DATASET + "/sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
    }
}
