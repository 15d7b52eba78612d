package org.newsgraph.bench;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.List;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.pipeline.DocumentProcessor;
import org.newsgraph.report.ProblemReporter;

/**
 * Measures extraction speed on one core: every stage from text to the document's graph, one
 * thread, over the first articles of a corpus after a warm-up. Reports words per wall-clock second
 * and per CPU second of that thread (the latter does not suffer when other processes share the
 * machine). In: a processor and the corpus; out: a JSON object.
 */
final class ExtractionPhase {
    private static final int WARM_UP = 200;

    /** Stops reading once enough articles are analysed. */
    private static final class Enough extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Enough() {
            super(null, null, false, false);
        }
    }

    private ExtractionPhase() {
    }

    /**
     * Analyses up to {@code sample} articles after a warm-up (200 articles, or a quarter of a
     * smaller corpus of {@code count}) and reports the speed.
     */
    static ObjectNode measure(DocumentProcessor processor, Path articles, int count, int sample) {
        int warmUp = Math.min(WARM_UP, count / 4);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] totals = new long[4];
        int[] seen = {0};
        double load = Machine.load1();
        Machine.Window window = Machine.Window.open();
        try {
            new DocumentSource().read(List.of(articles), ProblemReporter.ignoring(), doc -> {
                if (seen[0]++ < warmUp) {
                    processor.graph(doc);
                    return;
                }
                long wall = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                processor.graph(doc);
                totals[0] += System.nanoTime() - wall;
                totals[1] += threads.getCurrentThreadCpuTime() - cpu;
                totals[2] += words(doc);
                if (++totals[3] >= sample) {
                    throw new Enough();
                }
            });
        } catch (Enough enough) {
            // the sample is complete: the rest of the corpus is not read
        }
        return report(totals, load, window);
    }

    private static ObjectNode report(long[] totals, double load, Machine.Window window) {
        ObjectNode r = JsonNodeFactory.instance.objectNode();
        r.put("articles", totals[3]);
        r.put("words", totals[2]);
        r.put("wallSeconds", totals[0] / 1e9);
        r.put("cpuSeconds", totals[1] / 1e9);
        r.put("wordsPerSecond", Math.round(totals[2] / Math.max(1e-9, totals[0] / 1e9)));
        r.put("wordsPerCpuSecond", Math.round(totals[2] / Math.max(1e-9, totals[1] / 1e9)));
        r.put("load1Start", load);
        r.put("load1End", Machine.load1());
        r.put("otherProcessesCores", window.otherCores());
        return r;
    }

    private static long words(Document doc) {
        return new GeneratedArticle(doc.id(), "", doc.text(), List.of()).words();
    }
}
