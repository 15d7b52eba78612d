package org.newsgraph.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.newsgraph.ingest.Document;

/**
 * Sentences and tokens from the Apache OpenNLP English models (loaded from the classpath).
 *
 * <p>In: a {@link Document}. Out: an {@link AnalyzedDocument} whose sentences never cross a line
 * break (headings, table rows and paragraphs are separate units) and whose tokens carry document
 * offsets. Thread-safe: the models are shared, the (non-thread-safe) OpenNLP workers are per thread.
 */
public final class OpenNlpAnalyzer implements TextAnalyzer {
    private static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";

    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<TokenizerME> tokenizers;

    private OpenNlpAnalyzer(SentenceModel sentenceModel, TokenizerModel tokenModel) {
        this.sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        this.tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(tokenModel));
    }

    /** Loads the models from the classpath; fails with an unchecked exception if they are missing. */
    public static OpenNlpAnalyzer load() {
        try (InputStream s = resource(SENTENCE_MODEL); InputStream t = resource(TOKEN_MODEL)) {
            return new OpenNlpAnalyzer(new SentenceModel(s), new TokenizerModel(t));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP models", e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = OpenNlpAnalyzer.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("model not on the classpath: " + name);
        }
        return in;
    }

    @Override
    public AnalyzedDocument analyze(Document document) {
        String text = document.text();
        List<Sentence> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            addLine(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return new AnalyzedDocument(document, out);
    }

    private void addLine(String text, int from, int to, List<Sentence> out) {
        String line = text.substring(from, to);
        if (line.isBlank()) {
            return;
        }
        for (Span span : sentences.get().sentPosDetect(line)) {
            Span trimmed = span.trim(line);
            if (trimmed.length() == 0) {
                continue;
            }
            int begin = from + trimmed.getStart();
            int end = from + trimmed.getEnd();
            for (int cut : SentenceBreaks.missed(text, begin, end)) {
                add(text, begin, cut, out);
                begin = cut;
                while (begin < end && Character.isWhitespace(text.charAt(begin))) {
                    begin++;
                }
            }
            add(text, begin, end, out);
        }
    }

    private void add(String text, int begin, int end, List<Sentence> out) {
        int e = end;
        while (e > begin && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (e > begin) {
            out.add(new Sentence(out.size(), begin, e, text.substring(begin, e), tokens(text, begin, e)));
        }
    }

    private List<Token> tokens(String text, int begin, int end) {
        String sentence = text.substring(begin, end);
        Span[] spans = tokenizers.get().tokenizePos(sentence);
        List<Token> tokens = new ArrayList<>(spans.length);
        for (Span span : spans) {
            if (span.length() == 0) {
                continue;
            }
            int b = begin + span.getStart();
            int e = begin + span.getEnd();
            tokens.add(new Token(b, e, text.substring(b, e), ""));
        }
        return tokens;
    }
}
