package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import org.newsgraph.report.Problem;
import org.newsgraph.report.ProblemReporter;

/**
 * Reads JSON Lines files ({@code .jsonl}): one article per line, a JSON object with {@code text}
 * (required) and optional {@code id}, {@code url}, {@code title}, {@code publisher},
 * {@code published}. In: a UTF-8 file. Out: one {@link Document} per good line, with source
 * {@code file#lineN} and id from {@code id} (sanitised), else {@code <fileBase>-<lineNumber>}. A
 * bad line is rejected as {@code file#lineN} and the other lines go on; blank lines are skipped.
 * When no line at all is good, the file gets one rejection instead of one per line.
 */
final class JsonLinesReader implements DocumentReader {

    /** After this many bad lines with no good one, the file is taken not to be JSON Lines. */
    static final int MAX_LEADING_BAD_LINES = 1000;

    private final ContentChecks checks;
    private final ObjectMapper mapper;

    JsonLinesReader(ContentChecks checks, ObjectMapper mapper) {
        this.checks = checks;
        this.mapper = mapper;
    }

    @Override
    public void read(Path file, ProblemReporter reporter, Consumer<Document> sink) throws IOException {
        String fileBase = DocumentIds.baseName(file);
        Outcomes outcomes = new Outcomes(reporter, sink);
        Iterator<String> lines = checks.readText(file).lines().iterator();
        for (int number = 1; lines.hasNext(); number++) {
            String line = lines.next();
            if (line.isBlank()) {
                continue;
            }
            String source = file + "#line" + number;
            try {
                outcomes.accept(parse(line, source, fileBase, number));
            } catch (InputRejectedException e) {
                outcomes.reject(Problem.rejected(source, e.reason()));
            }
        }
        outcomes.finish();
    }

    private Document parse(String line, String source, String fileBase, int number) {
        JsonNode node = readJson(line);
        if (node == null || !node.isObject()) {
            throw new InputRejectedException("not a JSON object");
        }
        JsonNode textNode = node.get("text");
        if (textNode == null || textNode.isNull()) {
            throw new InputRejectedException("missing \"text\"");
        }
        if (!textNode.isTextual()) {
            throw new InputRejectedException("\"text\" is not a string");
        }
        String text = ContentChecks.normaliseLineEnds(textNode.textValue());
        if (!ContentChecks.hasVisibleText(text)) {
            throw new InputRejectedException("empty \"text\"");
        }
        if (text.indexOf('\0') >= 0) {
            throw new InputRejectedException("\"text\" contains NUL characters");
        }
        return new Document(idOf(node, fileBase, number), source, text, new DocumentMetadata(
                SidecarMetadata.scalar(node, "title"), SidecarMetadata.scalar(node, "url"),
                SidecarMetadata.scalar(node, "publisher"), SidecarMetadata.scalar(node, "published")));
    }

    private JsonNode readJson(String line) {
        try {
            return mapper.readTree(line);
        } catch (JsonProcessingException e) {
            String message = e.getOriginalMessage();
            throw new InputRejectedException("invalid JSON: "
                    + FailureReasons.oneLine(message == null ? e.getClass().getSimpleName() : message));
        }
    }

    private static String idOf(JsonNode node, String fileBase, int number) {
        String raw = SidecarMetadata.scalar(node, "id");
        String id = raw == null ? "" : DocumentIds.sanitize(raw.strip());
        if (!id.isEmpty()) {
            return id;
        }
        String suffix = "-" + number;
        String base = DocumentIds.sanitize(fileBase);
        return base.substring(0, Math.min(base.length(), DocumentIds.MAX_LENGTH - suffix.length())) + suffix;
    }


    /**
     * What one file gave so far: documents go straight to the sink; bad lines are held back until
     * the first good one, so that a file with no good line gets a single rejection.
     */
    private static final class Outcomes {
        private final ProblemReporter reporter;
        private final Consumer<Document> sink;
        private final List<Problem> pending = new ArrayList<>();
        private boolean anyDocument;

        Outcomes(ProblemReporter reporter, Consumer<Document> sink) {
            this.reporter = reporter;
            this.sink = sink;
        }

        void accept(Document document) {
            if (!anyDocument) {
                pending.forEach(reporter::report);
                pending.clear();
                anyDocument = true;
            }
            sink.accept(document);
        }

        void reject(Problem problem) {
            if (anyDocument) {
                reporter.report(problem);
                return;
            }
            pending.add(problem);
            if (pending.size() >= MAX_LEADING_BAD_LINES) {
                throw new InputRejectedException("not JSON Lines: the first " + pending.size()
                        + " records are invalid; " + describe(pending.get(0)));
            }
        }

        void finish() {
            if (anyDocument) {
                return;
            }
            if (pending.isEmpty()) {
                throw new InputRejectedException("empty");
            }
            String first = describe(pending.get(0));
            throw new InputRejectedException(pending.size() == 1 ? first
                    : "no valid records (" + pending.size() + " invalid; " + first + ")");
        }

        private static String describe(Problem problem) {
            String source = problem.source();
            return source.substring(source.lastIndexOf('#') + 1) + ": " + problem.reason();
        }
    }
}
