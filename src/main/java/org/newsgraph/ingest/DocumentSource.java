package org.newsgraph.ingest;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.newsgraph.report.Problem;
import org.newsgraph.report.ProblemReporter;

/**
 * The entry point of ingestion. In: files and folders of articles ({@code .txt}, {@code .md},
 * {@code .html}, {@code .htm}, {@code .jsonl}, each with an optional {@code NAME.meta.json}
 * sidecar). Out: a stream of {@link Document}s handed to a sink one at a time, and exactly one
 * rejection per unusable input (naming the file and the reason) to a {@link ProblemReporter}.
 * Folders are walked recursively in path order, skipping hidden entries, sidecars and symbolic
 * links. No exception escapes for any input; exceptions thrown by the caller's sink or reporter
 * are the caller's and propagate unchanged.
 */
public final class DocumentSource {

    /** The default size limit for one input file: 64 MiB. */
    public static final long DEFAULT_MAX_BYTES = ContentChecks.DEFAULT_MAX_BYTES;

    private final Map<String, DocumentReader> readers;

    /** A source with the default size limit. */
    public DocumentSource() {
        this(DEFAULT_MAX_BYTES);
    }

    /** A source that rejects files larger than {@code maxBytes} bytes. */
    public DocumentSource(long maxBytes) {
        ContentChecks checks = new ContentChecks(maxBytes);
        ObjectMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        SidecarMetadata sidecars = new SidecarMetadata(mapper);
        DocumentReader text = new TextReader(checks, sidecars);
        DocumentReader html = new HtmlReader(checks, sidecars);
        readers = Map.of("txt", text, "md", text, "html", html, "htm", html,
                "jsonl", new JsonLinesReader(checks, mapper));
    }

    /** Reads every file under {@code paths} in order, sending documents to {@code sink}. */
    public void read(List<Path> paths, ProblemReporter reporter, Consumer<Document> sink) {
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(sink, "sink");
        for (Path path : List.copyOf(paths)) {
            readTopLevel(path, reporter, sink);
        }
    }

    private void readTopLevel(Path path, ProblemReporter reporter, Consumer<Document> sink) {
        if (Files.isDirectory(path)) {
            walk(path, reporter, sink);
        } else if (SidecarMetadata.isSidecar(path)) {
            return;
        } else if (Files.isRegularFile(path)) {
            readFile(path, reporter, sink);
        } else {
            String reason = Files.exists(path) ? "not a regular file" : "no such file or directory";
            reporter.report(Problem.rejected(path.toString(), reason));
        }
    }

    private void walk(Path folder, ProblemReporter reporter, Consumer<Document> sink) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException | DirectoryIteratorException | SecurityException e) {
            Exception cause = e instanceof DirectoryIteratorException d ? d.getCause() : e;
            reporter.report(Problem.rejected(folder.toString(),
                    "cannot list directory: " + FailureReasons.of(cause)));
            return;
        }
        entries.sort(null);
        for (Path entry : entries) {
            if (isSkipped(entry)) {
                continue;
            }
            if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                walk(entry, reporter, sink);
            } else if (Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
                readFile(entry, reporter, sink);
            } else {
                reporter.report(Problem.rejected(entry.toString(), "not a regular file"));
            }
        }
    }

    private static boolean isSkipped(Path entry) {
        return DocumentIds.fileName(entry).startsWith(".")
                || SidecarMetadata.isSidecar(entry)
                || Files.isSymbolicLink(entry);
    }

    private void readFile(Path file, ProblemReporter reporter, Consumer<Document> sink) {
        String reason;
        try {
            readerFor(file).read(file, CallerFailure.guardReporter(reporter), CallerFailure.guardSink(sink));
            return;
        } catch (CallerFailure e) {
            throw e.original();
        } catch (InputRejectedException e) {
            reason = e.reason();
        } catch (IOException e) {
            reason = "cannot read: " + FailureReasons.of(e);
        } catch (UncheckedIOException e) {
            reason = "cannot read: " + FailureReasons.of(e.getCause());
        } catch (RuntimeException e) {
            reason = "unexpected error: " + FailureReasons.of(e);
        } catch (StackOverflowError e) {
            reason = "input too deeply nested";
        }
        reporter.report(Problem.rejected(file.toString(), reason));
    }

    private DocumentReader readerFor(Path file) {
        String extension = DocumentIds.extension(file);
        DocumentReader reader = readers.get(extension);
        if (reader == null) {
            throw new InputRejectedException(extension.isEmpty()
                    ? "unsupported file type (no extension)"
                    : "unsupported file type (." + FailureReasons.oneLine(extension) + ")");
        }
        return reader;
    }
}
