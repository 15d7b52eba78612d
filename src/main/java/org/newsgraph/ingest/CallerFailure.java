package org.newsgraph.ingest;

import java.util.function.Consumer;
import org.newsgraph.report.ProblemReporter;

/**
 * Carries an exception thrown by the caller's sink or reporter through a reader, so that
 * {@link DocumentSource} rethrows it unchanged instead of mistaking it for a bad input. In: the
 * caller's sink or reporter. Out: the same, with their runtime exceptions wrapped.
 */
final class CallerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private CallerFailure(RuntimeException cause) {
        super(cause);
    }

    /** The caller's original exception. */
    RuntimeException original() {
        return (RuntimeException) getCause();
    }

    /** {@code sink}, with its runtime exceptions wrapped. */
    static <T> Consumer<T> guardSink(Consumer<T> sink) {
        return value -> {
            try {
                sink.accept(value);
            } catch (RuntimeException e) {
                throw new CallerFailure(e);
            }
        };
    }

    /** {@code reporter}, with its runtime exceptions wrapped. */
    static ProblemReporter guardReporter(ProblemReporter reporter) {
        return problem -> {
            try {
                reporter.report(problem);
            } catch (RuntimeException e) {
                throw new CallerFailure(e);
            }
        };
    }
}
