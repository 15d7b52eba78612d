package org.newsgraph.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Locale;
import org.newsgraph.report.Problem;
import org.newsgraph.report.ProblemReporter;

/**
 * Reads the optional metadata sidecar {@code NAME.meta.json} next to {@code NAME.txt|md|html}.
 * In: the article file. Out: the {@link DocumentMetadata} from the sidecar's {@code url},
 * {@code title}, {@code publisher} and {@code published} fields; empty metadata when there is no
 * sidecar, and in addition a warning when the sidecar is unusable (the article is still read).
 */
final class SidecarMetadata {

    /** The suffix that marks a sidecar file. */
    static final String SUFFIX = ".meta.json";
    private static final long MAX_BYTES = 1024 * 1024;

    private final ObjectMapper mapper;
    private final ContentChecks checks = new ContentChecks(MAX_BYTES);

    SidecarMetadata(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** Whether {@code file} is itself a sidecar (and so not an article). */
    static boolean isSidecar(Path file) {
        return DocumentIds.fileName(file).toLowerCase(Locale.ROOT).endsWith(SUFFIX);
    }

    /** The metadata for the article {@code file}; problems with the sidecar become warnings. */
    DocumentMetadata metadataFor(Path file, ProblemReporter reporter) {
        Path sidecar = file.resolveSibling(DocumentIds.baseName(file) + SUFFIX);
        if (!Files.exists(sidecar, LinkOption.NOFOLLOW_LINKS)) {
            return DocumentMetadata.empty();
        }
        try {
            return parse(sidecar);
        } catch (IOException | RuntimeException e) {
            String reason = e instanceof InputRejectedException r ? r.reason() : FailureReasons.of(e);
            reporter.report(Problem.warning(sidecar.toString(), -1,
                    "invalid metadata sidecar, ignored: " + reason));
            return DocumentMetadata.empty();
        }
    }

    private DocumentMetadata parse(Path sidecar) throws IOException {
        if (!Files.isRegularFile(sidecar, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputRejectedException("not a regular file");
        }
        JsonNode node = mapper.readTree(checks.readText(sidecar));
        if (node == null || !node.isObject()) {
            throw new InputRejectedException("not a JSON object");
        }
        return new DocumentMetadata(scalar(node, "title"), scalar(node, "url"),
                scalar(node, "publisher"), scalar(node, "published"));
    }

    /** The field as text when it is a string, number or boolean; otherwise null. */
    static String scalar(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value != null && value.isValueNode() && !value.isNull() ? value.asText() : null;
    }
}
