package org.newsgraph.rdf;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.extract.Claim;
import org.newsgraph.ingest.Document;
import org.newsgraph.ingest.DocumentMetadata;
import org.newsgraph.mention.EntityName;
import org.newsgraph.resolve.Entity;
import org.newsgraph.resolve.ResolvedDocument;
import org.newsgraph.time.PublicationDate;

/**
 * Writes one resolved document as the RDF of its named graph: the document (text, hash, date and
 * how it was found, title and publisher from the metadata or else from the top of the text, see
 * {@link Masthead}), the entities it mentions, the asserted facts and one {@code ng:Claim} per
 * statement with exact evidence. In: a {@link ResolvedDocument}. Out: a new in-memory graph; the
 * graph's name is {@link #graphName(Document)}. Same input, same graph (no blank nodes).
 */
public final class DocumentGraphWriter {
    private static final Node SKOS_ALT = NodeFactory.createURI(Vocab.SKOS + "altLabel");

    /** The named graph (and document IRI) of a document. */
    public static Node graphName(Document doc) {
        return Vocab.document(doc.id());
    }

    /** The RDF of one document. */
    public Graph write(ResolvedDocument resolved) {
        Graph g = GraphFactory.createDefaultGraph();
        Document doc = resolved.analysis().document();
        Node docNode = graphName(doc);
        writeDocument(g, docNode, doc, resolved.published());
        for (Entity e : resolved.entities()) {
            writeEntity(g, e);
            g.add(docNode, Vocab.ng("mentions"), Vocab.entity(e.key()));
        }
        ClaimWriter claims = new ClaimWriter(g, docNode, doc.text(), preferredLabels(resolved));
        for (Claim c : resolved.claims()) {
            claims.write(c, resolved.analysis().sentences().get(c.evidence().sentenceIndex()));
        }
        return g;
    }

    private static Set<String> preferredLabels(ResolvedDocument resolved) {
        Set<String> labels = new HashSet<>();
        for (Entity e : resolved.entities()) {
            e.names().stream().filter(n -> n.kind() == EntityName.Kind.PREFERRED)
                    .forEach(n -> labels.add(e.key() + "\u001f" + n.text()));
        }
        return labels;
    }

    private static void writeDocument(Graph g, Node d, Document doc, PublicationDate pub) {
        g.add(d, RDF.type.asNode(), Vocab.ng("Document"));
        g.add(d, RDF.type.asNode(), Vocab.nif("Context"));
        g.add(d, Vocab.nif("isString"), Terms.string(doc.text()));
        g.add(d, Vocab.nif("beginIndex"), Terms.integer(0));
        g.add(d, Vocab.nif("endIndex"), Terms.integer(doc.text().codePointCount(0, doc.text().length())));
        g.add(d, Vocab.ng("contentHash"), Terms.string("sha256:" + Terms.sha256(doc.text())));
        g.add(d, Vocab.ng("sourceFile"), Terms.string(doc.source()));
        g.add(d, Vocab.ng("wordCount"), Terms.integer(doc.wordCount()));
        g.add(d, Vocab.ng("publicationDateBasis"), Vocab.ng(basisName(pub.basis())));
        pub.asOptional().ifPresent(day -> g.add(d, Vocab.ng("publicationDate"),
                Terms.date(org.newsgraph.time.TemporalValue.day(day))));
        writeMasthead(g, d, doc, pub);
    }

    /** Title, label, URL and publisher: from the metadata, else read from the top of the text. */
    private static void writeMasthead(Graph g, Node d, Document doc, PublicationDate pub) {
        DocumentMetadata meta = doc.metadata();
        Masthead masthead = new Masthead(doc.text(), pub);
        String title = meta.title() != null ? meta.title() : masthead.headline().orElse(null);
        if (title != null) {
            g.add(d, Vocab.ng("title"), Terms.string(title));
        }
        g.add(d, RDFS.label.asNode(), Terms.string(title != null ? title : masthead.label().orElse(doc.id())));
        if (meta.url() != null && meta.url().matches("https?://\\S+")) {
            g.add(d, NodeFactory.createURI(Vocab.SCHEMA + "url"), NodeFactory.createURI(meta.url()));
        }
        String publisher = meta.publisher() != null ? meta.publisher() : masthead.publisher().orElse(null);
        if (publisher != null) {
            g.add(d, Vocab.ng("publisher"), Terms.string(publisher));
        }
    }

    private static String basisName(PublicationDate.Basis basis) {
        String b = basis.name();
        return b.charAt(0) + b.substring(1).toLowerCase(java.util.Locale.ROOT) + "Basis";
    }

    private static void writeEntity(Graph g, Entity e) {
        Node n = Vocab.entity(e.key());
        g.add(n, RDF.type.asNode(), Vocab.ng(e.type().className()));
        if (e.type().className().equals("OrganizationUnit")) {
            g.add(n, RDF.type.asNode(), Vocab.ng("Organization"));
        }
        for (EntityName name : e.names()) {
            Node p = name.kind() == EntityName.Kind.PREFERRED ? RDFS.label.asNode() : SKOS_ALT;
            g.add(n, p, Terms.lang(name.text(), name.language()));
        }
        if (e.wikidata() != null) {
            g.add(n, OWL.sameAs.asNode(), NodeFactory.createURI(e.wikidata()));
        }
        if (e.version() != null) {
            g.add(n, Vocab.ng("versionNumber"), Terms.string(e.version()));
        }
    }
}
