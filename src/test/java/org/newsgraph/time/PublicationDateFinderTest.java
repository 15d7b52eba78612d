package org.newsgraph.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.DocumentMetadata;
import org.newsgraph.time.PublicationDate.Basis;

class PublicationDateFinderTest {

    private static final String BODY = "\nAlibaba released a model on May 2, 2026, ahead of a "
            + "June 1, 2026 review.\n";
    private final PublicationDateFinder finder = new PublicationDateFinder();

    @ParameterizedTest(name = "metadata {0}")
    @CsvSource(textBlock = """
            2026-04-10,                    2026-04-10
            2026-04-10T23:30:00Z,          2026-04-10
            2026-04-10T08:00:00+08:00,     2026-04-10
            2026-04-10 08:00,              2026-04-10
            'Fri, 10 Apr 2026 08:00:00 GMT', 2026-04-10
            """)
    void metadataWinsOverEverything(String published, LocalDate expected) {
        PublicationDate found = finder.find(doc("BEIJING, March 3, 2026 —" + BODY, published));
        assertEquals(new PublicationDate(expected, Basis.METADATA, -1, -1), found);
    }

    @ParameterizedTest(name = "dateline {0}")
    @CsvSource(delimiterString = "=>", textBlock = """
            凤凰科技 2026-04-10                                          => 2026-04-10
            BEIJING, April 10, 2026 — Alibaba said on Friday that it     => April 10, 2026
            Published 21 June 2026                                       => 21 June 2026
            By A. Writer | April 10, 2026 | 3 min read                   => April 10, 2026
            Friday, April 10, 2026                                       => Friday, April 10, 2026
            """)
    void datelineBeatsTheBody(String line, String evidence) {
        String text = "Headline of the story\n\n" + line + BODY;
        PublicationDate found = finder.find(doc(text, null));
        assertEquals(Basis.DATELINE, found.basis());
        assertEquals(evidence, text.substring(found.evidenceBegin(), found.evidenceEnd()));
        assertEquals(found.date(), new DateFinder().find(evidence, null).get(0).value().toLocalDate());
    }

    @Test
    void aDateInRunningProseIsNoDateline() {
        String text = "Alibaba Cloud released HappyHorse 1.1 on Sunday 21 June 2026 (UTC), a major "
                + "upgrade to its video synthesis model, and within hours it climbed.\nThe "
                + "leaderboard movements reported on 22 June 2026 suggest it is out of date.";
        PublicationDate found = finder.find(doc(text, null));
        assertEquals(new PublicationDate(LocalDate.of(2026, 6, 22), Basis.TEXT,
                text.indexOf("22 June"), text.indexOf("22 June") + 12), found);
    }

    @Test
    void unreadableMetadataFallsBackToTheText() {
        PublicationDate found = finder.find(doc("Headline" + BODY, "next Tuesday"));
        assertEquals(Basis.TEXT, found.basis());
        assertEquals(LocalDate.of(2026, 6, 1), found.date());
    }

    @Test
    void aDatelineAfterTheFifthLineIsBodyText() {
        String text = "a\nb\nc\nd\ne\nApril 1, 2026\nThen on April 3, 2026 it shipped.";
        PublicationDate found = finder.find(doc(text, null));
        assertEquals(Basis.TEXT, found.basis());
        assertEquals(LocalDate.of(2026, 4, 3), found.date());
    }

    @Test
    void noDateMeansUnknown() {
        assertEquals(PublicationDate.unknown(),
                finder.find(doc("On , Alibaba broke cover on Friday in early 2026.", null)));
    }

    private static Document doc(String text, String published) {
        return new Document("doc-1", "test", text, new DocumentMetadata(null, null, null, published));
    }
}
