package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.jena.graph.Graph;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.bench.ArticleMaker;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.DocumentMetadata;
import org.newsgraph.rdf.DocumentGraphWriter;
import org.newsgraph.rdf.Vocab;

/**
 * Seeded random texts through every analysis stage (sentences, tokens, mentions, dates, relation
 * rules, resolution, RDF): a fixed number of inputs, each must give a graph, never an exception.
 * The texts mix news sentences with the cues the rules look for, odd Unicode (bidi controls,
 * zero-width characters, combining marks, lone surrogates, emoji, CJK) and long repetitive runs.
 */
class ExtractionFuzzTest {
    private static final int INPUTS = 250;
    private static final List<String> CUES = List.of(" Labs", " Group", " Inc.", " CEO ", " chief executive ",
            " released ", " launched ", " No. ", " ranked ", " leaderboard", " Arena", " 2.5", " 3", "-4.1",
            " on Tuesday", " March 3, 2027", " Q3 2026", " in the second quarter of ", " last May", " 1080p",
            " open weights", " API", " beta", " said", " according to ", " (ATH)", " (张三)", " from ", " behind ",
            " $410 million", " 4.2 percent", " | Model | Rank |\n|---|---|\n", "\n\n", "\t", " — ", "...");
    private static final List<String> ODD = List.of("\u202E", "\u202D", "\u2066", "\u2069", "\u200B", "\u200D",
            "\u200C", "\uFEFF", "\u00AD", "\u0301", "\uD800", "\uDFFF", "\uD83D\uDE00", "阿里巴巴", "吴泳铭", "\u0000",
            "\u00A0", "\u3000", "ﬁ", "Ⅻ", "١٢٣", "\u2028", "\u0085", "'", "’s", "\"", "(", ")", "[", "]");
    private static DocumentProcessor processor;

    @BeforeAll
    static void load() {
        processor = DocumentProcessor.withCatalog(Path.of("ontology/catalog.ttl"));
    }

    @Test
    void randomTextsAlwaysGiveAGraph() {
        Random random = new Random(20260611L);
        ArticleMaker articles = new ArticleMaker(3);
        for (int i = 0; i < INPUTS; i++) {
            String text = randomText(random, articles.make(i).text());
            Document doc = new Document("fuzz-" + i, "fuzz-" + i, text, new DocumentMetadata(null, null, null, null));
            try {
                Graph graph = processor.graph(doc);
                assertTrue(graph.contains(DocumentGraphWriter.graphName(doc), RDF.type.asNode(), Vocab.ng("Document")));
            } catch (RuntimeException | StackOverflowError e) {
                fail("input " + i + " failed: " + e + "\n" + escape(text), e);
            }
        }
    }

    private static String randomText(Random random, String article) {
        StringBuilder text = new StringBuilder();
        int parts = 1 + random.nextInt(60);
        for (int p = 0; p < parts; p++) {
            switch (random.nextInt(6)) {
                case 0 -> text.append(slice(random, article));
                case 1 -> text.append(CUES.get(random.nextInt(CUES.size())));
                case 2 -> text.append(ODD.get(random.nextInt(ODD.size())));
                case 3 -> text.append(String.valueOf(CUES.get(random.nextInt(CUES.size()))).repeat(1 + random.nextInt(200)));
                case 4 -> text.append((char) (32 + random.nextInt(0x3000)));
                default -> text.append(Character.toUpperCase((char) ('a' + random.nextInt(26)))).append("ovo ");
            }
        }
        return text.toString();
    }

    private static String slice(Random random, String article) {
        int begin = random.nextInt(article.length());
        return article.substring(begin, Math.min(article.length(), begin + random.nextInt(400)));
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(2000).forEach(cp -> out.append(cp < 32 || cp > 126 ? String.format("\\u%04x", cp)
                : String.valueOf((char) cp)));
        return out.toString();
    }
}
