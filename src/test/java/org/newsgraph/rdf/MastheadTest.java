package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.newsgraph.time.PublicationDate;

/** Headline and publisher from the top of the text when metadata gives none. */
class MastheadTest {
    private static final LocalDate DAY = LocalDate.of(2026, 4, 10);

    private static PublicationDate dateline(String text, String date) {
        int at = text.indexOf(date);
        return new PublicationDate(DAY, PublicationDate.Basis.DATELINE, at, at + date.length());
    }

    @Test
    void outletBeforeTheDatelineAndTheHeadlineAfterIt() {
        String text = "\u2190 Back to stories A robot bowing.\nPhoto by Someone on Pexels\n\u51e4\u51f0\u79d1\u6280 2026-04-10\n\n"
                + "Maker reveals video model, tops benchmarks\n\nMaker has confirmed the model. It is in beta.";
        Masthead masthead = new Masthead(text, dateline(text, "2026-04-10"));
        assertEquals(Optional.of("\u51e4\u51f0\u79d1\u6280"), masthead.publisher());
        assertEquals(Optional.of("Maker reveals video model, tops benchmarks"), masthead.headline());
    }

    @Test
    void placesAndBylinesAreNotPublishers() {
        String place = "BEIJING, April 10, 2026 \u2014 Maker released a model today.";
        assertEquals(Optional.empty(), new Masthead(place, dateline(place, "April 10, 2026")).publisher());
        String byline = "Headline here\nBy A. Writer | April 10, 2026 | 3 min read\nBody.";
        assertEquals(Optional.empty(), new Masthead(byline, dateline(byline, "April 10, 2026")).publisher());
        String published = "Published 10 April 2026\nBody text.";
        assertEquals(Optional.empty(), new Masthead(published, dateline(published, "10 April 2026")).publisher());
        String outlet = "Tech Daily | April 10, 2026\nA headline with words\nBody.";
        assertEquals(Optional.of("Tech Daily"), new Masthead(outlet, dateline(outlet, "April 10, 2026")).publisher());
    }

    @Test
    void aFirstLineHeadlineWithoutDateline() {
        String text = "Maker's model leap puts open video models in the top two\nMaker released it on Sunday.";
        Masthead masthead = new Masthead(text, new PublicationDate(DAY, PublicationDate.Basis.TEXT, 70, 76));
        assertEquals(Optional.of("Maker's model leap puts open video models in the top two"), masthead.headline());
        assertEquals(Optional.empty(), masthead.publisher());
    }

    @Test
    void proseIsNoHeadlineButGivesTheOpeningWordsAsLabel() {
        String text = "Maker launched a model on Friday. By the close of trading the model had climbed to the top of "
                + "every leaderboard that matters.";
        Masthead masthead = new Masthead(text, PublicationDate.unknown());
        assertEquals(Optional.empty(), masthead.headline());
        assertEquals(Optional.of("Maker launched a model on Friday."), masthead.label());
        String longer = "Maker launched a model that climbs every leaderboard and tops the charts in all the categories "
                + "there are.";
        assertEquals(Optional.of("Maker launched a model that climbs every leaderboard and tops the charts in all\u2026"),
                new Masthead(longer, PublicationDate.unknown()).label());
        assertEquals(Optional.empty(), new Masthead("", PublicationDate.unknown()).label());
    }
}
