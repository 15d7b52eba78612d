package org.newsgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.GraphStore;

/**
 * The Fuseki UI as a browser loads it: from {@code /} to its main script, from there to the query
 * view and the dataset tabs. The query view offers every {@code queries/*.rq} as an example, has
 * the {@code ng:} prefix button and starts with a query that uses {@code ng:}; a read-only server
 * hides the "add data" and "edit" actions, a server with writes shows them.
 */
class UiTest {
    private static final Path QUERIES = Path.of("queries");

    @TempDir
    Path dir;

    private static String script(Http http, String from, String pattern) throws Exception {
        Matcher matcher = Pattern.compile(pattern).matcher(from);
        assertTrue(matcher.find(), "no " + pattern + " in what the UI loads");
        HttpResponse<String> response = http.get("/static/" + matcher.group(), "*/*");
        assertEquals(200, response.statusCode(), matcher.group());
        return response.body();
    }

    private static String mainScript(Http http) throws Exception {
        HttpResponse<String> page = http.get("/", "text/html");
        assertEquals(200, page.statusCode());
        return script(http, page.body(), "index-[\\w-]+\\.js");
    }

    @Test
    void theQueryViewOffersOurExamplesAndPrefixes() throws Exception {
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            NewsgraphServer server = NewsgraphServer.builder().store(store).port(0).runDirectory(dir.resolve("run"))
                    .exampleQueries(QUERIES).build().start();
            try {
                assertTrue(server.uiEnabled(), server.uiProblem().orElse(""));
                Http http = new Http(server.baseUrl());
                String queryView = script(http, mainScript(http), "Query-[\\w-]+\\.js");
                assertTrue(queryView.contains("{\"uri\":\"" + Vocab.NG + "\",\"text\":\"ng\"}"), "ng: prefix button");
                assertTrue(queryView.contains("value:\"PREFIX ng:"), "the first editor query uses ng:");
                for (Path file : queryFiles()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    String title = UiContent.title(file, text);
                    assertTrue(queryView.contains("\"text\":\"" + title + "\""), "example " + title);
                }
            } finally {
                server.stop();
            }
        }
    }

    @Test
    void aReadOnlyServerShowsNoWriteActionsAndAWritableOneDoes() throws Exception {
        Path passwords = Files.writeString(dir.resolve("passwords"), "alice: a-secret\n");
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            assertEquals(4, hiddenWriteActions(NewsgraphServer.builder().store(store)),
                    "add data and edit, as dataset tabs and as buttons in the dataset list");
            assertEquals(0, hiddenWriteActions(NewsgraphServer.builder().store(store).allowUpdates(passwords)));
        }
    }

    @Test
    void aReadOnlyServerHidesTheManagePagesRemoveBackupAndNewDataset() throws Exception {
        Path passwords = Files.writeString(dir.resolve("passwords"), "alice: a-secret\n");
        try (GraphStore store = GraphStore.open(dir.resolve("tdb2"))) {
            assertEquals(3, hiddenManageActions(NewsgraphServer.builder().store(store)), "remove, backup, new dataset");
            assertEquals(0, hiddenManageActions(NewsgraphServer.builder().store(store).allowUpdates(passwords)));
        }
    }

    /** How many of the manage page's actions and the menu's "new dataset" link are hidden. */
    private int hiddenManageActions(ServerBuilder builder) throws Exception {
        NewsgraphServer server = builder.port(0).runDirectory(dir.resolve("run")).build().start();
        try {
            Http http = new Http(server.baseUrl());
            String main = mainScript(http);
            String manage = script(http, main, "ExistingDatasets-[\\w-]+\\.js");
            String menu = script(http, main, "Menu-[\\w-]+\\.js");
            Matcher hidden = Pattern.compile(Pattern.quote("style:\"" + UiEdits.HIDDEN + "\",")
                    + "(?:class:\"[^\"]*dataset-(?:remove|backup)|to:\"/manage/new\")").matcher(manage + menu);
            int count = 0;
            while (hidden.find()) {
                count++;
            }
            return count;
        } finally {
            server.stop();
        }
    }

    /** How many "add data" and "edit" actions the main script and the dataset tabs hide. */
    private int hiddenWriteActions(ServerBuilder builder) throws Exception {
        NewsgraphServer server = builder.port(0).runDirectory(dir.resolve("run")).build().start();
        try {
            Http http = new Http(server.baseUrl());
            String main = mainScript(http);
            String tabs = script(http, main, "current-dataset-navigation-guards-[\\w-]+\\.js");
            int count = 0;
            for (String js : List.of(main, tabs)) {
                assertEquals(occurrences(js, "/upload`"), occurrences(js, "/edit`"), "both actions in the same places");
                count += occurrences(js, "style:\"" + UiEdits.HIDDEN + "\"");
            }
            return count;
        } finally {
            server.stop();
        }
    }

    private static int occurrences(String text, String part) {
        return text.split(Pattern.quote(part), -1).length - 1;
    }

    private static List<Path> queryFiles() throws Exception {
        try (Stream<Path> files = Files.list(QUERIES)) {
            List<Path> rq = files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
            assertFalse(rq.isEmpty());
            return rq;
        }
    }
}
