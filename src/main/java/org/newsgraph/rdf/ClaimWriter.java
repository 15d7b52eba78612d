package org.newsgraph.rdf;

import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.ClaimValue;
import org.newsgraph.extract.Relation;
import org.newsgraph.text.Sentence;
import org.newsgraph.time.TemporalValue;

/**
 * Writes claims into a document graph: the claim resource with its evidence (code point offsets,
 * anchor text, sentence, rule, confidence, status, as-of date) and, for stated or reported claims,
 * the asserted triple (and its ranking or role node).
 */
final class ClaimWriter {
    private static final Node PROV_DERIVED = NodeFactory.createURI(Vocab.PROV + "wasDerivedFrom");
    private final Graph g;
    private final Node doc;
    private final String docUri;
    private final String text;
    private final Offsets offsets;
    private final Set<String> preferredLabels;

    /** {@code preferredLabels} holds "key U+001F label" for each entity's rdfs:label. */
    ClaimWriter(Graph g, Node doc, String text, Set<String> preferredLabels) {
        this.preferredLabels = preferredLabels;
        this.g = g;
        this.doc = doc;
        this.docUri = doc.getURI();
        this.text = text;
        this.offsets = new Offsets(text);
    }

    void write(Claim c, Sentence sentence) {
        Node subject = Vocab.entity(c.subject().key());
        Node value = ValueNodes.node(c);
        int begin = offsets.codePoint(c.evidence().begin());
        int end = offsets.codePoint(c.evidence().end());
        String docId = docUri.substring(Vocab.DOC.length());
        Node claim = NodeFactory.createURI(Vocab.CLAIM + docId + "/"
                + Terms.hash(c.subject().key(), c.relation(), value, begin, end, c.rule()));
        g.add(claim, RDF.type.asNode(), Vocab.ng("Claim"));
        g.add(claim, Vocab.ng("subject"), subject);
        g.add(claim, Vocab.ng("predicate"), NodeFactory.createURI(c.relation().iri()));
        g.add(claim, Vocab.ng("object"), value);
        g.add(claim, PROV_DERIVED, doc);
        g.add(claim, Vocab.ng("sentence"), sentence(sentence));
        g.add(claim, Vocab.nif("beginIndex"), Terms.integer(begin));
        g.add(claim, Vocab.nif("endIndex"), Terms.integer(end));
        g.add(claim, Vocab.nif("anchorOf"), Terms.string(text.substring(c.evidence().begin(), c.evidence().end())));
        g.add(claim, Vocab.ng("rule"), Terms.string(c.rule()));
        g.add(claim, Vocab.ng("confidence"), Terms.decimal(c.confidence()));
        g.add(claim, Vocab.ng("status"), Vocab.ng(c.status().conceptName()));
        if (c.asOf() != null) {
            g.add(claim, Vocab.ng("asOf"), Terms.date(c.asOf()));
        }
        if (c.object() instanceof ClaimValue.DateValue dv) {
            describeDate(claim, dv.date());
        }
        if (c.status().asserted() && !isPreferredLabel(c)) {
            g.add(subject, NodeFactory.createURI(c.relation().iri()), value);
            ValueNodes.describe(g, c, value);
        }
    }

    /** An alias claim naming what is already the entity's preferred label adds no triple. */
    private boolean isPreferredLabel(Claim c) {
        return c.object() instanceof ClaimValue.TextValue tv && c.relation() == Relation.ALT_LABEL
                && preferredLabels.contains(c.subject().key() + "\u001f" + tv.text());
    }

    private void describeDate(Node claim, TemporalValue v) {
        g.add(claim, Vocab.ng("datePrecision"), Terms.precision(v));
        g.add(claim, Vocab.ng("edtf"), Terms.string(v.edtf()));
        if (v.qualifier() != null) {
            g.add(claim, Vocab.ng("dateQualifier"), Terms.string(v.qualifier()));
        }
    }

    private Node sentence(Sentence s) {
        int begin = offsets.codePoint(s.begin());
        int end = offsets.codePoint(s.end());
        Node node = NodeFactory.createURI(docUri + "#char=" + begin + "," + end);
        g.add(node, RDF.type.asNode(), Vocab.nif("Sentence"));
        g.add(node, Vocab.nif("referenceContext"), doc);
        g.add(node, Vocab.nif("beginIndex"), Terms.integer(begin));
        g.add(node, Vocab.nif("endIndex"), Terms.integer(end));
        g.add(node, Vocab.nif("anchorOf"), Terms.string(s.text()));
        return node;
    }
}
