package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.newsgraph.pipeline.BuildProgress;

/** Progress: plain lines at most every 5 s off a terminal, a bar redrawn in place on one. */
class ProgressDisplayTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong now = new AtomicLong();

    private static BuildProgress at(long documents, long characters, long seconds) {
        return new BuildProgress(documents, documents, 0, documents * 400, characters, Duration.ofSeconds(seconds), false);
    }

    @Test
    void offATerminalAPlainLineAtMostEveryFiveSeconds() {
        ProgressDisplay display = new ProgressDisplay(err, false, 1_000_000, now::get);
        now.set(1_000_000_000L);
        display.progress(at(10, 100_000, 1));
        now.set(6_000_000_000L);
        display.progress(at(50, 250_000, 6));
        now.set(7_000_000_000L);
        display.progress(at(60, 300_000, 7));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals("newsgraph: 50 articles, 3,333 words/s, 25% of the input, ETA 0m18s\n", out);
    }

    @Test
    void onATerminalABarIsRedrawnAndClearedBeforeAProblemLine() {
        ProgressDisplay display = new ProgressDisplay(err, true, 1_000_000, now::get);
        now.set(1_000_000_000L);
        display.progress(at(100, 500_000, 10));
        display.println("x.txt: rejected: empty");
        display.progress(new BuildProgress(200, 200, 1, 80_000, 1_000_000, Duration.ofSeconds(20), true));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("\r[############............] 100 articles, 4,000 words/s, 50% of the input, ETA 0m10s"),
                out);
        assertTrue(out.contains("\rx.txt: rejected: empty\n"), out);
        assertEquals(1, out.lines().filter(l -> l.contains("rejected")).count());
    }
}
