package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {

    private static final String PAGE = """
            <!DOCTYPE html>
            <html><head>
              <title>Fallback title</title>
              <meta property="og:title" content="Lab ships video model">
              <meta property="og:site_name" content="Example News">
              <meta property="og:url" content="https://example.org/og">
              <link rel="canonical" href="https://example.org/story">
              <meta property="article:published_time" content="2026-04-10T08:00:00Z">
              <style>body { color: red }</style>
            </head><body>
              <nav><a href="/">Home</a> <a href="/tech">Tech</a></nav>
              <header><p>Site banner</p></header>
              <div class="cookie-banner">We use cookies</div>
              <article>
                <h1>Lab ships   video model</h1>
                <p>The lab released a <b>new</b> model on Friday.</p>
                <figure><img src="x.png"><figcaption>A photo</figcaption></figure>
                <div class="share-buttons">Share on X</div>
                <p>It tops two<br>leaderboards.</p>
                <ul><li>Fast</li><li>Open</li></ul>
                <table><tr><th>Rank</th><th>Model</th></tr><tr><td>1</td><td>Alpha</td></tr></table>
                <script>var tracking = 1;</script>
                <aside>Related: other story</aside>
              </article>
              <footer>Copyright</footer>
            </body></html>
            """;

    @TempDir
    Path dir;

    @Test
    void articleTextHasOneLinePerBlockAndNoBoilerplate() throws IOException {
        Document doc = IngestRun.of(Files.writeString(dir.resolve("story.html"), PAGE)).only();

        assertEquals("""
                Lab ships video model
                The lab released a new model on Friday.
                It tops two
                leaderboards.
                Fast
                Open
                | Rank | Model |
                | 1 | Alpha |""", doc.text());
        assertEquals("story", doc.id());
    }

    @Test
    void metadataComesFromTheHead() throws IOException {
        Document doc = IngestRun.of(Files.writeString(dir.resolve("story.htm"), PAGE)).only();

        assertEquals(new DocumentMetadata("Lab ships video model", "https://example.org/story",
                "Example News", "2026-04-10T08:00:00Z"), doc.metadata());
    }

    @Test
    void fallsBackToTitleElementOgUrlTimeAndMainThenBody() throws IOException {
        String page = "<html><head><title>Plain title</title>"
                + "<meta property='og:url' content='https://example.org/og'></head><body>"
                + "<div id='main-menu'>Menu</div><main><p>Main text <time datetime='2026-06-21'>"
                + "Sunday</time>.</p></main><p>Outside main</p></body></html>";
        Path body = Files.writeString(dir.resolve("body.html"),
                "<p>Only body</p><div class='breadcrumb'>A &gt; B</div>");

        IngestRun run = IngestRun.of(Files.writeString(dir.resolve("main.html"), page), body);

        Document main = run.documents().get(0);
        assertEquals("Main text Sunday.", main.text());
        assertEquals(new DocumentMetadata("Plain title", "https://example.org/og", null, "2026-06-21"),
                main.metadata());
        assertEquals("Only body", run.documents().get(1).text());
    }

    @Test
    void sidecarValuesWinOverThePage() throws IOException {
        Path file = Files.writeString(dir.resolve("story.html"), PAGE);
        Files.writeString(dir.resolve("story.meta.json"), "{\"title\": \"Sidecar title\"}");

        DocumentMetadata meta = IngestRun.of(file).only().metadata();

        assertEquals("Sidecar title", meta.title());
        assertEquals("Example News", meta.publisher());
    }

    @Test
    void bodyClassNamingCookiesDoesNotRemoveTheArticle() throws IOException {
        Path file = Files.writeString(dir.resolve("c.html"),
                "<body class='has-cookie-notice'><p>Real text</p></body>");

        assertEquals("Real text", IngestRun.of(file).only().text());
    }

    @Test
    void pageWithOnlyBoilerplateIsRejectedAsNoArticleText() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.html"),
                "<html><body><nav>Home</nav><script>x()</script><footer>(c)</footer></body></html>");

        IngestRun run = IngestRun.of(file);

        assertTrue(run.documents().isEmpty());
        assertEquals(1, run.problems().size());
        assertEquals(file + ": rejected: no article text", run.problems().get(0).line());
    }

    @Test
    void fiftyThousandNestedDivsDoNotOverflowTheStack() throws IOException {
        int depth = 50_000;
        String html = "<html><body>" + "<div>".repeat(depth) + "Deep text" + "</div>".repeat(depth)
                + "</body></html>";
        Path file = Files.writeString(dir.resolve("deep.html"), html);

        IngestRun run = IngestRun.of(file);

        assertEquals("Deep text", run.only().text());
        assertTrue(run.problems().isEmpty());
    }

    @Test
    void deeplyNestedInlineElementsKeepTheirText() throws IOException {
        int depth = 50_000;
        String html = "<p>" + "<span><b>".repeat(depth) + "x" + "</b></span>".repeat(depth) + "</p>";
        Path file = Files.writeString(dir.resolve("inline.html"), html);

        IngestRun run = IngestRun.of(file);

        assertFalse(run.documents().isEmpty(), () -> run.problems().toString());
        assertEquals("x", run.only().text());
    }
}
