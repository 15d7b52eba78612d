package org.newsgraph.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A reporter that keeps every problem and optionally forwards each one (for example to stderr).
 * Thread-safe.
 */
public final class CollectingReporter implements ProblemReporter {
    private final List<Problem> problems = new ArrayList<>();
    private final Consumer<Problem> forward;

    public CollectingReporter() {
        this(p -> { });
    }

    public CollectingReporter(Consumer<Problem> forward) {
        this.forward = forward;
    }

    @Override
    public synchronized void report(Problem problem) {
        problems.add(problem);
        forward.accept(problem);
    }

    /** All problems so far, in the order reported. */
    public synchronized List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Whether any input was rejected. */
    public synchronized boolean anyRejected() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.REJECTED);
    }
}
