package org.newsgraph.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.DocumentMetadata;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.pipeline.DocumentProcessor;
import org.newsgraph.report.ProblemReporter;

/**
 * Runs the extraction pipeline over the articles of a gold folder and compares the claims with
 * the gold lines ({@link LineMatch}). In: a folder read by {@link GoldFolder}; out: an
 * {@link Evaluation}. Problems reading an article go to the reporter (the article then has no
 * claims). Thread-safe when the processor is.
 */
public final class Evaluator {
    private final DocumentProcessor processor;

    public Evaluator(DocumentProcessor processor) {
        this.processor = processor;
    }

    /** Evaluates every case of the gold folder against its floors. */
    public Evaluation evaluate(Path goldFolder, ProblemReporter reporter) {
        return evaluate(goldFolder, null, name -> { }, reporter);
    }

    /**
     * Evaluates the cases of the gold folder whose articles are present, real articles' texts
     * read from {@code texts} (null: beside the gold files); absent texts are named to
     * {@code absent}.
     */
    public Evaluation evaluate(Path goldFolder, Path texts, Consumer<String> absent, ProblemReporter reporter) {
        List<CaseResult> results = new ArrayList<>();
        for (GoldCase c : GoldFolder.read(goldFolder, texts, absent)) {
            results.add(score(c, extracted(c.article(), c.metadata(), reporter)));
        }
        return new Evaluation(results, Floors.of(goldFolder));
    }

    /** The distinct claim lines of every document in the article file, in text order. */
    public List<GoldLine> extracted(Path article, ProblemReporter reporter) {
        return extracted(article, null, reporter);
    }

    private List<GoldLine> extracted(Path article, DocumentMetadata metadata, ProblemReporter reporter) {
        Set<GoldLine> lines = new LinkedHashSet<>();
        new DocumentSource().read(List.of(article), reporter, doc -> {
            Document withMetadata = metadata == null ? doc
                    : new Document(doc.id(), doc.source(), doc.text(), metadata);
            processor.resolve(withMetadata).claims().forEach(c -> lines.add(ClaimLines.goldLine(c)));
        });
        return new ArrayList<>(lines);
    }

    /** Compares extracted lines with a case's gold lines. */
    static CaseResult score(GoldCase c, List<GoldLine> found) {
        List<GoldLine> missed = c.gold().stream()
                .filter(g -> found.stream().noneMatch(f -> LineMatch.matches(g, f))).toList();
        List<GoldLine> wrong = found.stream()
                .filter(f -> c.gold().stream().noneMatch(g -> LineMatch.matches(g, f))).toList();
        return new CaseResult(c, found, missed, wrong);
    }
}
