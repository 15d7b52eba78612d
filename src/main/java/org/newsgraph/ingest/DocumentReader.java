package org.newsgraph.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.newsgraph.report.ProblemReporter;

/**
 * Turns one file of a given format into documents. In: a regular file chosen by its extension.
 * Out: zero or more {@link Document}s passed to the sink as soon as each is ready; warnings go to
 * the reporter. A file that cannot be used at all is signalled by throwing
 * {@link InputRejectedException} (or an {@link IOException}), which the caller reports exactly once.
 */
public interface DocumentReader {

    /** Reads {@code file} and hands every document it contains to {@code sink}. */
    void read(Path file, ProblemReporter reporter, Consumer<Document> sink) throws IOException;
}
