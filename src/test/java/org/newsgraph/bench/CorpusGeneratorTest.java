package org.newsgraph.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.eval.GoldCase;
import org.newsgraph.eval.GoldFolder;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.report.CollectingReporter;

/** The synthetic corpus is deterministic, readable by every reader, and its gold sample parses. */
class CorpusGeneratorTest {
    @TempDir
    Path dir;

    @Test
    void theSameSeedGivesTheSameArticlesAndArticleNDoesNotDependOnTheCorpusSize() {
        ArticleMaker a = new ArticleMaker(42);
        ArticleMaker b = new ArticleMaker(42);
        assertEquals(a.make(17), b.make(17));
        assertEquals(a.make(17), a.make(17));
        assertNotEquals(a.make(17).text(), new ArticleMaker(43).make(17).text());
        assertNotEquals(a.make(17).text(), a.make(18).text());
    }

    @Test
    void articlesStateFactsWithInventedNamesAndNoSlotIsLeftUnfilled() {
        ArticleMaker maker = new ArticleMaker(1);
        Set<String> companies = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            GeneratedArticle article = maker.make(i);
            assertTrue(!article.text().contains("{") && !article.gold().toString().contains("{"), article.text());
            assertTrue(article.gold().size() >= 5, article.gold().toString());
            assertTrue(article.words() > 150 && article.words() < 900, "words: " + article.words());
            article.gold().forEach(line -> assertEquals(4, line.split("\t").length, line));
            companies.add(article.gold().get(0).split("\t")[2]);
        }
        assertTrue(companies.size() > 50 && companies.size() < 200, "companies recur but vary: " + companies.size());
    }

    @Test
    void textAndJsonLinesCorporaHoldTheSameDocuments() throws IOException {
        CorpusGenerator.Corpus txt = CorpusGenerator.ensure(dir.resolve("txt"), 30, 5, CorpusGenerator.Format.TXT);
        CorpusGenerator.Corpus jsonl = CorpusGenerator.ensure(dir.resolve("jsonl"), 30, 5, CorpusGenerator.Format.JSONL);
        List<Document> fromTxt = read(txt.articles());
        List<Document> fromJsonl = read(jsonl.articles());
        assertEquals(30, fromTxt.size());
        assertEquals(fromTxt.stream().map(Document::id).toList(), fromJsonl.stream().map(Document::id).toList());
        assertEquals(fromTxt.get(7).text(), fromJsonl.get(7).text());
        assertEquals(txt.words(), jsonl.words());
        assertTrue(txt.bytes() > 30 * 1000);
    }

    @Test
    void theGoldSampleIsAGoldFolderAndAnExistingCorpusIsReused() throws IOException {
        CorpusGenerator.Corpus corpus = CorpusGenerator.ensure(dir.resolve("c"), 250, 9, CorpusGenerator.Format.AUTO);
        List<GoldCase> cases = GoldFolder.read(corpus.gold());
        assertEquals(125, cases.size(), "one article in two for 250 articles");
        assertEquals("gen-0000002", cases.get(1).name());
        assertEquals(new ArticleMaker(9).make(2).gold().size(), cases.get(1).gold().size());
        Path marker = Files.writeString(corpus.articles().resolve("0000").resolve("marker.txt"), "kept");
        CorpusGenerator.ensure(dir.resolve("c"), 250, 9, CorpusGenerator.Format.AUTO);
        assertTrue(Files.exists(marker), "the same corpus is not written again");
    }

    private static List<Document> read(Path folder) {
        List<Document> docs = new ArrayList<>();
        CollectingReporter reporter = new CollectingReporter();
        new DocumentSource().read(List.of(folder), reporter, docs::add);
        assertEquals(List.of(), reporter.problems());
        return docs;
    }
}
