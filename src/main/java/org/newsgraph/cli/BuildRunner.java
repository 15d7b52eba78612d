package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.newsgraph.pipeline.BuildOptions;
import org.newsgraph.pipeline.BuildSummary;
import org.newsgraph.pipeline.GraphBuilder;
import org.newsgraph.report.Problem;
import org.newsgraph.report.ProblemReporter;
import org.newsgraph.store.GraphStore;

/**
 * Runs the pipeline for {@code build} and {@code serve}: problems go to stderr one line each,
 * the summary line to stdout. In: inputs and a store; out: an exit code.
 */
final class BuildRunner {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean strict;
    private ProgressDisplay progress;

    /** Stops a strict build at the first problem. */
    private static final class StrictStop extends RuntimeException {
        private static final long serialVersionUID = 1L;

        StrictStop(Problem problem) {
            super(problem.line(), null, false, false);
        }
    }

    BuildRunner(PrintStream out, PrintStream err, boolean strict) {
        this.out = out;
        this.err = err;
        this.strict = strict;
    }

    /** Builds {@code inputs} into {@code store}; returns {@link ExitCodes#OK} or {@link ExitCodes#REJECTED}. */
    int build(List<Path> inputs, GraphStore store) {
        ProblemReporter reporter = this::report;
        progress = ProgressDisplay.forConsole(err, InputSize.of(inputs));
        try {
            BuildSummary summary = GraphBuilder.create(Home.folder()).build(inputs, store, reporter,
                    BuildOptions.defaults().withProgress(progress));
            out.println(summaryLine(summary));
            return summary.rejected() > 0 ? ExitCodes.REJECTED : ExitCodes.OK;
        } catch (StrictStop stop) {
            err.println("newsgraph: stopped at the first problem (--strict)");
            return ExitCodes.REJECTED;
        }
    }

    private void report(Problem problem) {
        progress.println(problem.line());
        if (strict) {
            throw new StrictStop(problem);
        }
    }

    /**
     * The one-line summary printed after a build. The time is wall-clock for the whole build, so
     * the rate includes writing the store, reconciling entities and a JVM that has not warmed up
     * yet: on a few articles it is far below the extraction rate (README, "Performance and resilience").
     */
    static String summaryLine(BuildSummary s) {
        double seconds = s.elapsed().toNanos() / 1e9;
        return String.format(Locale.ROOT,
                "newsgraph: %d documents read: %d added, %d replaced, %d unchanged, %d rejected;"
                        + " %d claims, %d conflicts among the entities touched, %d quads written"
                        + " (%,d words in %.1f s = %,.0f words/s wall-clock, store writes and a cold JVM included)",
                s.documentsRead(), s.added(), s.replaced(), s.unchanged(), s.rejected(),
                s.claims(), s.conflicts(), s.quads(), s.words(), seconds, s.words() / Math.max(0.001, seconds));
    }
}
