package org.newsgraph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.pipeline.DocumentProcessor;
import org.newsgraph.report.CollectingReporter;
import org.newsgraph.text.AnalyzedDocument;
import org.newsgraph.text.OpenNlpAnalyzer;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.Token;

/**
 * Benchmark (a main, not a test): runs the extraction pipeline ({@link DocumentProcessor#resolve})
 * over the articles of gold folders (default {@code eval/dev} and {@code eval/seeds}) many times
 * on one thread and prints words per second; also the sentence/token analysis alone and what
 * OpenNLP part-of-speech tagging would cost (every sentence, or only sentences with a capitalised
 * word after the first). Usage: {@code ExtractionBenchmark [ROUNDS] [FOLDER...]}.
 */
public final class ExtractionBenchmark {
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private ExtractionBenchmark() { }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 40;
        List<String> folders = args.length > 1 ? List.of(args).subList(1, args.length) : List.of("eval/dev", "eval/seeds");
        List<Document> docs = documents(folders);
        long words = docs.stream().mapToLong(d -> d.text().split("\\s+").length).sum();
        System.out.printf(Locale.ROOT, "%d documents, %d words, %d rounds, 1 thread%n", docs.size(), words, rounds);
        DocumentProcessor processor = DocumentProcessor.withCatalog(Path.of("ontology/catalog.ttl"));
        OpenNlpAnalyzer analyzer = OpenNlpAnalyzer.load();
        POSTaggerME tagger = new POSTaggerME(posModel());
        List<AnalyzedDocument> analysed = docs.stream().map(analyzer::analyze).toList();
        report("pipeline to resolution (DocumentProcessor.resolve)", words, rounds, docs, processor::resolve);
        report("sentences and tokens only (OpenNlpAnalyzer)", words, rounds, docs, analyzer::analyze);
        report("POS tagging of every sentence", words, rounds, analysed, a -> tag(tagger, a, false));
        report("POS tagging of sentences with an inner capital", words, rounds, analysed, a -> tag(tagger, a, true));
    }

    private static <T> void report(String what, long words, int rounds, List<T> items, Consumer<T> work) {
        for (int i = 0; i < Math.max(3, rounds / 4); i++) {
            items.forEach(work);
        }
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) {
            items.forEach(work);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-52s %,10.0f words/s%n", what, words * (double) rounds / seconds);
    }

    private static void tag(POSTaggerME tagger, AnalyzedDocument a, boolean onlyNames) {
        for (Sentence s : a.sentences()) {
            List<Token> tokens = s.tokens();
            if (onlyNames && tokens.stream().skip(1).noneMatch(Token::isCapitalised)) {
                continue;
            }
            tagger.tag(tokens.stream().map(Token::text).toArray(String[]::new));
        }
    }

    private static List<Document> documents(List<String> folders) {
        List<Document> docs = new ArrayList<>();
        for (String folder : folders) {
            List<Path> articles = GoldFolder.read(Path.of(folder)).stream().map(GoldCase::article).toList();
            new DocumentSource().read(articles, new CollectingReporter(), docs::add);
        }
        return docs;
    }

    private static POSModel posModel() {
        try (InputStream in = ExtractionBenchmark.class.getClassLoader().getResourceAsStream(POS_MODEL)) {
            if (in == null) {
                throw new IOException("not on the classpath: " + POS_MODEL);
            }
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
