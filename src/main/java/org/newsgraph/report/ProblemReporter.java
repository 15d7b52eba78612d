package org.newsgraph.report;

/**
 * The single channel through which every stage reports problems. The caller decides the policy
 * (print and go on, collect, or fail fast under {@code --strict}).
 */
@FunctionalInterface
public interface ProblemReporter {

    /** Receives one problem; implementations must not throw for ordinary problems. */
    void report(Problem problem);

    /** A reporter that drops everything (for callers that truly do not care). */
    static ProblemReporter ignoring() {
        return problem -> { };
    }
}
