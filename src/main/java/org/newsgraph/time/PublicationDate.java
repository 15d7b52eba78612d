package org.newsgraph.time;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * When a document was published, and how that was found out.
 *
 * @param date the day, or null when unknown
 * @param basis DATELINE (a date at the top of the article), METADATA (sidecar, JSONL, HTML head),
 *     TEXT (inferred from dates in the body) or UNKNOWN (then date is null)
 * @param evidenceBegin character offset of the words it was read from, or -1
 * @param evidenceEnd end of those words (exclusive), or -1
 */
public record PublicationDate(LocalDate date, Basis basis, int evidenceBegin, int evidenceEnd) {

    /** How the publication date was found. */
    public enum Basis { DATELINE, METADATA, TEXT, UNKNOWN }

    public PublicationDate {
        Objects.requireNonNull(basis, "basis");
        if ((date == null) != (basis == Basis.UNKNOWN)) {
            throw new IllegalArgumentException("a date is required unless the basis is UNKNOWN");
        }
        if (evidenceBegin < -1 || evidenceEnd < evidenceBegin) {
            throw new IllegalArgumentException("bad evidence span");
        }
    }

    /** An unknown publication date. */
    public static PublicationDate unknown() {
        return new PublicationDate(null, Basis.UNKNOWN, -1, -1);
    }

    /** The date if known. */
    public Optional<LocalDate> asOptional() {
        return Optional.ofNullable(date);
    }
}
