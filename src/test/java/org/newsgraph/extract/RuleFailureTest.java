package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.DocumentMetadata;
import org.newsgraph.mention.Catalog;
import org.newsgraph.mention.CatalogMentionFinder;
import org.newsgraph.mention.Mention;
import org.newsgraph.report.Problem;
import org.newsgraph.text.AnalyzedDocument;
import org.newsgraph.text.OpenNlpAnalyzer;
import org.newsgraph.time.PublicationDate;

/** A rule that throws on one sentence is reported with its place and skipped; the other claims stay. */
class RuleFailureTest {

    @Test
    void aFailingRuleIsReportedAndTheOtherClaimsAreKept() {
        Catalog catalog = Catalog.load(Path.of("ontology/catalog.ttl"));
        String text = "Lumora Labs released Zephyr-2 today.\n\nThe Zephyr-3 model is next.";
        AnalyzedDocument doc = OpenNlpAnalyzer.load().analyze(new Document("d", "in/d.txt", text, DocumentMetadata.empty()));
        List<Mention> mentions = new CatalogMentionFinder(catalog).find(doc);
        Extractor failingOnSecond = (ctx, out) -> {
            if (ctx.sentence().index() == 1) {
                throw new IllegalStateException("boom");
            }
        };
        List<Problem> warnings = new ArrayList<>();
        List<Claim> claims = new ClaimExtractor(List.of(failingOnSecond, new VersionExtractor()))
                .extract(doc, mentions, List.of(), PublicationDate.unknown(), warnings::add);
        assertEquals(2, claims.stream().filter(c -> c.relation() == Relation.VERSION_OF).count(), claims.toString());
        assertEquals(1, warnings.size());
        Problem p = warnings.get(0);
        assertEquals("in/d.txt", p.source());
        assertEquals(text.indexOf("The Zephyr-3"), p.offset());
        assertTrue(p.reason().contains("sentence 2") && p.reason().contains("boom"), p.reason());
        assertEquals(Problem.Severity.WARNING, p.severity());
    }
}
