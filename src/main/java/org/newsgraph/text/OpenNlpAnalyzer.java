package org.newsgraph.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.newsgraph.ingest.Document;

/**
 * Sentences and tokens from the Apache OpenNLP English models (loaded from the classpath), and on
 * request part-of-speech tags (Penn Treebank, from {@code opennlp-models-pos-en}).
 *
 * <p>In: a {@link Document}. Out: an {@link AnalyzedDocument} whose sentences never cross a line
 * break (headings, table rows and paragraphs are separate units) and whose tokens carry document
 * offsets. The pipeline's rules do not read tags, and tagging costs more than all the rules
 * together (see README, "Extraction quality"), so {@link #load()} leaves them empty and
 * {@link #loadWithPartOfSpeech()} fills them. Thread-safe: the models are shared, the
 * (non-thread-safe) OpenNLP workers are per thread.
 */
public final class OpenNlpAnalyzer implements TextAnalyzer {
    private static final String SENTENCE_MODEL = "opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    private final ThreadLocal<SentenceDetectorME> sentences;
    private final ThreadLocal<TokenizerME> tokenizers;
    private final ThreadLocal<POSTaggerME> taggers;

    private OpenNlpAnalyzer(SentenceModel sentenceModel, TokenizerModel tokenModel, POSModel posModel) {
        this.sentences = ThreadLocal.withInitial(() -> new SentenceDetectorME(sentenceModel));
        this.tokenizers = ThreadLocal.withInitial(() -> new TokenizerME(tokenModel));
        this.taggers = posModel == null ? null
                : ThreadLocal.withInitial(() -> new POSTaggerME(posModel, POSTagFormat.PENN));
    }

    /** Loads the models from the classpath; fails with an unchecked exception if they are missing. */
    public static OpenNlpAnalyzer load() {
        try (InputStream s = resource(SENTENCE_MODEL); InputStream t = resource(TOKEN_MODEL)) {
            return new OpenNlpAnalyzer(new SentenceModel(s), new TokenizerModel(t), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the OpenNLP models", e);
        }
    }

    /** As {@link #load()}, with a part-of-speech tag on every token. */
    public static OpenNlpAnalyzer loadWithPartOfSpeech() {
        try (InputStream s = resource(SENTENCE_MODEL); InputStream t = resource(TOKEN_MODEL);
             InputStream p = resource(POS_MODEL)) {
            return new OpenNlpAnalyzer(new SentenceModel(s), new TokenizerModel(t), new POSModel(p));
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
            for (int[] piece : LongText.pieces(text, lineStart, lineEnd, LongText.MAX_LINE_CHARS)) {
                addLine(text, piece[0], piece[1], out);
            }
            lineStart = lineEnd + 1;
        }
        return new AnalyzedDocument(document, out);
    }

    private void addLine(String text, int from, int to, List<Sentence> out) {
        String line = text.substring(from, to);
        if (line.isBlank()) {
            return;
        }
        for (Span span : SentenceBreaks.joined(line, sentences.get().sentPosDetect(line))) {
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
        for (int[] p : LongText.pieces(text, begin, e, LongText.MAX_SENTENCE_CHARS)) {
            out.add(new Sentence(out.size(), p[0], p[1], text.substring(p[0], p[1]), tokens(text, p[0], p[1])));
        }
    }

    private List<Token> tokens(String text, int begin, int end) {
        String sentence = text.substring(begin, end);
        List<Span> spans = new ArrayList<>();
        for (Span span : tokenizers.get().tokenizePos(sentence)) {
            if (span.length() > 0) {
                spans.add(span);
            }
        }
        String[] words = spans.stream().map(span -> text.substring(begin + span.getStart(), begin + span.getEnd()))
                .toArray(String[]::new);
        String[] tags = taggers == null ? null : taggers.get().tag(words);
        List<Token> tokens = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            tokens.add(new Token(begin + spans.get(i).getStart(), begin + spans.get(i).getEnd(), words[i],
                    tags == null ? "" : tags[i]));
        }
        return tokens;
    }
}
