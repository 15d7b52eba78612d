package org.newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.DocumentMetadata;

class OpenNlpAnalyzerTest {
    private static final String TEXT = "Vantor AI ranked No. 3 on the leaderboard with Osprey-4.5 last week.\n"
            + "| Rank | Model |\nThe model shipped in May.";

    private static Document document() {
        return new Document("t", "t.txt", TEXT, new DocumentMetadata(null, null, null, null));
    }

    @Test
    void abbreviationsAndVersionNumbersDoNotEndSentences() {
        List<Sentence> sentences = OpenNlpAnalyzer.load().analyze(document()).sentences();
        assertEquals(List.of("Vantor AI ranked No. 3 on the leaderboard with Osprey-4.5 last week.",
                "| Rank | Model |", "The model shipped in May."), sentences.stream().map(Sentence::text).toList());
        assertTrue(sentences.get(0).tokens().stream().allMatch(t -> t.pos().isEmpty()));
    }

    @Test
    void partOfSpeechIsTaggedOnRequest() {
        Sentence first = OpenNlpAnalyzer.loadWithPartOfSpeech().analyze(document()).sentences().get(0);
        assertEquals("NNP", first.tokens().get(0).pos());
        assertTrue(first.tokens().get(2).pos().startsWith("VB"), first.tokens().get(2).pos());
    }
}
