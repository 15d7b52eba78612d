package org.newsgraph.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.mention.Catalog;
import org.newsgraph.mention.CatalogMentionFinder;
import org.newsgraph.mention.Mention;
import org.newsgraph.report.CollectingReporter;
import org.newsgraph.text.AnalyzedDocument;
import org.newsgraph.text.OpenNlpAnalyzer;
import org.newsgraph.text.Sentence;

/** Developer tool: prints each sentence of the articles given with the mentions found in it. */
public final class MentionDump {
    private MentionDump() { }

    public static void main(String[] args) {
        CatalogMentionFinder finder = new CatalogMentionFinder(Catalog.load(Path.of("ontology/catalog.ttl")));
        OpenNlpAnalyzer analyzer = OpenNlpAnalyzer.load();
        List<Document> docs = new ArrayList<>();
        new DocumentSource().read(List.of(args).stream().map(Path::of).toList(), new CollectingReporter(), docs::add);
        for (Document d : docs) {
            AnalyzedDocument a = analyzer.analyze(d);
            List<Mention> ms = finder.find(a);
            for (Sentence s : a.sentences()) {
                System.out.println("S" + s.index() + ": " + s.text());
                ms.stream().filter(m -> m.begin() >= s.begin() && m.end() <= s.end()).forEach(m ->
                        System.out.println("    [" + m.surface() + "] " + m.key() + " " + m.type()));
            }
        }
    }
}
