package org.newsgraph.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.newsgraph.pipeline.BuildProgress;
import org.newsgraph.pipeline.ProgressListener;

/**
 * Shows how far a build has got, on stderr. In: {@link BuildProgress} reports and the total size
 * of the inputs (for the estimate of the time left). Out: on a terminal, one bar redrawn in place
 * (articles, words/s, ETA); otherwise a plain line every few seconds, so logs stay readable.
 * Problem lines printed through {@link #println} first clear the bar.
 */
final class ProgressDisplay implements ProgressListener {
    private static final long BAR_EVERY_NANOS = 250_000_000L;
    private static final long LINE_EVERY_NANOS = 5_000_000_000L;
    private static final int BAR_WIDTH = 24;

    private final PrintStream err;
    private final boolean terminal;
    private final long totalBytes;
    private final LongSupplier clock;
    private long lastShown;
    private boolean barVisible;

    ProgressDisplay(PrintStream err, boolean terminal, long totalBytes, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.totalBytes = totalBytes;
        this.clock = clock;
        this.lastShown = clock.getAsLong();
    }

    /** A display on {@code err}: a bar when the process runs on a terminal, plain lines otherwise. */
    static ProgressDisplay forConsole(PrintStream err, long totalBytes) {
        return new ProgressDisplay(err, System.console() != null, totalBytes, System::nanoTime);
    }

    @Override
    public void progress(BuildProgress p) {
        long now = clock.getAsLong();
        if (p.finished()) {
            clearBar();
            return;
        }
        if (now - lastShown < (terminal ? BAR_EVERY_NANOS : LINE_EVERY_NANOS)) {
            return;
        }
        lastShown = now;
        if (terminal) {
            err.print("\r" + bar(p) + " " + status(p) + "  ");
            err.flush();
            barVisible = true;
        } else {
            err.println("newsgraph: " + status(p));
        }
    }

    /** Prints one line (a problem) below the bar, which is redrawn at the next report. */
    void println(String line) {
        clearBar();
        err.println(line);
    }

    private void clearBar() {
        if (barVisible) {
            err.print("\r" + " ".repeat(BAR_WIDTH + 70) + "\r");
            err.flush();
            barVisible = false;
        }
    }

    private String bar(BuildProgress p) {
        int filled = (int) Math.round(BAR_WIDTH * fraction(p));
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
    }

    /** "1,234 articles, 45,000 words/s, 38% of the input, ETA 3m12s". */
    String status(BuildProgress p) {
        String line = String.format(Locale.ROOT, "%,d articles, %,.0f words/s", p.documents() + p.rejected(),
                p.wordsPerSecond());
        double done = fraction(p);
        if (totalBytes <= 0 || done <= 0) {
            return line;
        }
        long seconds = Math.round(p.elapsed().toSeconds() * (1 - done) / done);
        return line + String.format(Locale.ROOT, ", %.0f%% of the input, ETA %dm%02ds", 100 * done,
                seconds / 60, seconds % 60);
    }

    private double fraction(BuildProgress p) {
        return totalBytes <= 0 ? 0 : Math.min(1.0, (double) p.characters() / totalBytes);
    }
}
