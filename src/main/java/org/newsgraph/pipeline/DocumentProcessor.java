package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.ClaimExtractor;
import org.newsgraph.ingest.Document;
import org.newsgraph.mention.Catalog;
import org.newsgraph.mention.CatalogMentionFinder;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionFinder;
import org.newsgraph.rdf.DocumentGraphWriter;
import org.newsgraph.report.Problem;
import org.newsgraph.resolve.EntityResolver;
import org.newsgraph.resolve.ResolvedDocument;
import org.newsgraph.text.AnalyzedDocument;
import org.newsgraph.text.DependencyParsers;
import org.newsgraph.text.OpenNlpAnalyzer;
import org.newsgraph.text.TextAnalyzer;
import org.newsgraph.time.DateFinder;
import org.newsgraph.time.DateMention;
import org.newsgraph.time.PublicationDate;
import org.newsgraph.time.PublicationDateFinder;

/**
 * The pipeline for one article, stage after stage: text, mentions, time, extraction, resolution,
 * RDF. In: a {@link Document}. Out: its {@link ResolvedDocument} or its graph. Thread-safe, so
 * documents can be processed in parallel.
 */
public final class DocumentProcessor {
    private final TextAnalyzer analyzer;
    private final MentionFinder mentions;
    private final DateFinder dates;
    private final PublicationDateFinder publication;
    private final ClaimExtractor extractor;
    private final EntityResolver resolver;
    private final DocumentGraphWriter writer = new DocumentGraphWriter();

    private DocumentProcessor(Catalog catalog) {
        this.analyzer = OpenNlpAnalyzer.load();
        this.mentions = new CatalogMentionFinder(catalog);
        this.dates = new DateFinder();
        this.publication = new PublicationDateFinder(dates);
        this.extractor = ClaimExtractor.standard(catalog, DependencyParsers.configured());
        this.resolver = new EntityResolver(catalog);
    }

    /** A processor using the catalog file given (usually {@code ontology/catalog.ttl}). */
    public static DocumentProcessor withCatalog(Path catalogFile) {
        return new DocumentProcessor(Catalog.load(catalogFile));
    }

    /** Runs every stage up to entity resolution. */
    public ResolvedDocument resolve(Document doc) {
        return resolve(doc, problem -> { });
    }

    /** Runs every stage up to entity resolution; rules that fail on a sentence are reported to {@code warnings}. */
    public ResolvedDocument resolve(Document doc, Consumer<Problem> warnings) {
        AnalyzedDocument analysis = analyzer.analyze(doc);
        List<Mention> found = mentions.find(analysis);
        PublicationDate published = publication.find(doc);
        List<DateMention> dated = dates.find(doc.text(), 0, doc.text().length(), published.date());
        List<Claim> claims = extractor.extract(analysis, found, dated, published, warnings);
        return new ResolvedDocument(analysis, published, resolver.resolve(found, claims), claims);
    }

    /** Runs every stage and returns the document's graph. */
    public Graph graph(Document doc) {
        return graph(doc, problem -> { });
    }

    /** Runs every stage and returns the document's graph; rules that fail on a sentence go to {@code warnings}. */
    public Graph graph(Document doc, Consumer<Problem> warnings) {
        return writer.write(resolve(doc, warnings));
    }
}
