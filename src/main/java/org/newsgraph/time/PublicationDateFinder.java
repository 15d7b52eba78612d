package org.newsgraph.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.ingest.Document;

/**
 * Decides when a document was published. In: a {@link Document}; out: a {@link PublicationDate}
 * whose basis is, in order of trust:
 * <ol>
 *   <li>METADATA: the metadata's {@code published} field (ISO date, ISO date-time or RFC 1123);
 *       no evidence span; an unreadable value is passed over;</li>
 *   <li>DATELINE: a full date on one of the first five non-empty lines, alone or with an outlet,
 *       place or "Published" ("BEIJING, April 10, 2026 —");</li>
 *   <li>TEXT: the latest full date with an explicit year in the body;</li>
 *   <li>UNKNOWN.</li>
 * </ol>
 * Evidence offsets point at the date's words in the document text. Thread-safe.
 */
public final class PublicationDateFinder {

    private static final Pattern ISO_DATE =
            Pattern.compile("\\s*(\\d{4}-\\d{2}-\\d{2})(?:[T ].*)?");

    private final DateFinder dates;

    /** A finder with its own date finder. */
    public PublicationDateFinder() {
        this(new DateFinder());
    }

    /** A finder using the given date finder. */
    public PublicationDateFinder(DateFinder dates) {
        this.dates = Objects.requireNonNull(dates, "dates");
    }

    /** The publication date of the document, UNKNOWN when nothing says. */
    public PublicationDate find(Document doc) {
        Optional<LocalDate> fromMetadata = parseMetadata(doc.metadata().published());
        if (fromMetadata.isPresent()) {
            return new PublicationDate(fromMetadata.get(), PublicationDate.Basis.METADATA, -1, -1);
        }
        return Datelines.find(dates, doc.text())
                .map(m -> evidence(m, PublicationDate.Basis.DATELINE))
                .or(() -> latestInText(doc.text())
                        .map(m -> evidence(m, PublicationDate.Basis.TEXT)))
                .orElse(PublicationDate.unknown());
    }

    /** The date in a metadata value: ISO date or date-time, or RFC 1123; empty when unreadable. */
    static Optional<LocalDate> parseMetadata(String published) {
        if (published == null) {
            return Optional.empty();
        }
        try {
            Matcher iso = ISO_DATE.matcher(published);
            if (iso.matches()) {
                return Optional.of(LocalDate.parse(iso.group(1)));
            }
            return Optional.of(ZonedDateTime.parse(published.strip(),
                    DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Optional<DateMention> latestInText(String text) {
        List<DateMention> found = dates.findFullDates(text);
        return found.stream()
                .filter(m -> m.value().precision() == Precision.DAY)
                .max(Comparator.comparing((DateMention m) -> m.value().toLocalDate())
                        .thenComparingInt(DateMention::begin));
    }

    private static PublicationDate evidence(DateMention mention, PublicationDate.Basis basis) {
        return new PublicationDate(mention.value().toLocalDate(), basis, mention.begin(),
                mention.end());
    }
}
