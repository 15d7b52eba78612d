package org.newsgraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.ClaimValue;

/**
 * The RDF node for a claim's value: an entity IRI, a typed date, a concept, a tagged string, or
 * the IRI of a ranking, role or measurement node whose name is a hash of its content (so equal
 * facts from different documents are one node).
 */
final class ValueNodes {
    private ValueNodes() { }

    static Node node(Claim c) {
        String subject = c.subject().key();
        String asOf = c.asOf() == null ? "" : c.asOf().edtf();
        ClaimValue v = c.object();
        if (v instanceof ClaimValue.EntityValue ev) {
            return Vocab.entity(ev.entity().key());
        } else if (v instanceof ClaimValue.DateValue dv) {
            return Terms.date(dv.date());
        } else if (v instanceof ClaimValue.ConceptValue cv) {
            return Vocab.ng(cv.localName());
        } else if (v instanceof ClaimValue.TextValue tv) {
            return Terms.lang(tv.text(), tv.language());
        } else if (v instanceof ClaimValue.RankingValue rv) {
            return Vocab.entity("ranking-" + Terms.hash(subject, rv.leaderboard().key(), rv.rank(),
                    rv.category(), asOf));
        } else if (v instanceof ClaimValue.RoleValue rv) {
            return Vocab.entity("role-" + Terms.hash(subject, rv.title(),
                    rv.organization() == null ? "" : rv.organization().key(), rv.former()));
        }
        ClaimValue.MeasurementValue mv = (ClaimValue.MeasurementValue) v;
        return Vocab.entity("measurement-" + Terms.hash(subject, mv.quantity().toPlainString(),
                mv.unit(), mv.measures(), asOf));
    }

    /** Adds the content of an n-ary value node (ranking, role, measurement); nothing for others. */
    static void describe(Graph g, Claim c, Node node) {
        Node subject = Vocab.entity(c.subject().key());
        ClaimValue v = c.object();
        if (v instanceof ClaimValue.RankingValue rv) {
            g.add(node, RDF.type.asNode(), Vocab.ng("Ranking"));
            g.add(node, Vocab.ng("model"), subject);
            g.add(node, Vocab.ng("leaderboard"), Vocab.entity(rv.leaderboard().key()));
            g.add(node, Vocab.ng("rank"), Terms.integer(rv.rank()));
            if (rv.category() != null) {
                g.add(node, Vocab.ng("category"), Terms.string(rv.category()));
            }
            if (c.asOf() != null) {
                g.add(node, Vocab.ng("asOf"), Terms.date(c.asOf()));
            }
        } else if (v instanceof ClaimValue.RoleValue rv) {
            g.add(node, RDF.type.asNode(), Vocab.ng("Role"));
            g.add(node, Vocab.ng("person"), subject);
            g.add(node, Vocab.ng("title"), Terms.string(rv.title()));
            g.add(node, Vocab.ng("former"), Terms.bool(rv.former()));
            if (rv.organization() != null) {
                g.add(node, Vocab.ng("organization"), Vocab.entity(rv.organization().key()));
            }
        } else if (v instanceof ClaimValue.MeasurementValue mv) {
            g.add(node, RDF.type.asNode(), Vocab.ng("Measurement"));
            g.add(node, Vocab.ng("subject"), subject);
            g.add(node, Vocab.ng("quantity"), Terms.decimal(mv.quantity().doubleValue()));
            g.add(node, Vocab.ng("unit"), Terms.string(mv.unit()));
            if (mv.measures() != null) {
                g.add(node, Vocab.ng("measures"), Terms.string(mv.measures()));
            }
        }
    }
}
