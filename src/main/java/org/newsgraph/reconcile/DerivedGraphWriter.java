package org.newsgraph.reconcile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.rdf.Vocab;

/**
 * Writes what the documents say together about one entity: an {@code ng:Conflict} per
 * disagreement (linking its claims) and an {@code ng:Support} per asserted fact (the fact as
 * {@code rdf:subject}/{@code rdf:predicate}/{@code rdf:object}), counting the
 * independent sources (documents with different text) and combining their confidence as
 * 1 - prod(1 - c), c being each source's best claim. Node IRIs are hashes of their content.
 */
final class DerivedGraphWriter {
    private DerivedGraphWriter() { }

    static Graph write(List<Conflict> conflicts, List<ClaimRow> claims) {
        Graph g = GraphFactory.createDefaultGraph();
        conflicts.forEach(c -> conflict(g, c));
        Map<String, List<ClaimRow>> byFact = new TreeMap<>();
        claims.stream().filter(ClaimRow::asserted).forEach(c -> byFact.computeIfAbsent(
                c.subject() + "|" + c.predicate() + "|" + c.object(), k -> new ArrayList<>()).add(c));
        byFact.values().forEach(rows -> support(g, rows));
        return g;
    }

    private static void conflict(Graph g, Conflict c) {
        List<String> ids = c.claims().stream().map(r -> r.claim().getURI()).sorted().toList();
        Node node = Vocab.entity("conflict-" + hash(String.join(" ", ids)));
        g.add(node, RDF.type.asNode(), Vocab.ng("Conflict"));
        g.add(node, Vocab.ng("conflictKind"), NodeFactory.createLiteralString(c.kind()));
        g.add(node, Vocab.ng("about"), c.subject());
        g.add(node, RDFS.comment.asNode(), NodeFactory.createLiteralLang(c.explanation(), "en"));
        c.claims().forEach(r -> g.add(node, Vocab.ng("conflictingClaim"), r.claim()));
    }

    private static void support(Graph g, List<ClaimRow> rows) {
        ClaimRow first = rows.get(0);
        Node node = Vocab.entity("support-" + hash(first.subject() + "|" + first.predicate() + "|" + first.object()));
        Map<String, Double> bestPerSource = new HashMap<>();
        rows.forEach(r -> bestPerSource.merge(r.contentHash(), r.confidence(), Math::max));
        double doubt = 1;
        for (double c : bestPerSource.values()) {
            doubt *= 1 - c;
        }
        g.add(node, RDF.type.asNode(), Vocab.ng("Support"));
        g.add(node, RDF.subject.asNode(), first.subject());
        g.add(node, RDF.predicate.asNode(), first.predicate());
        g.add(node, RDF.object.asNode(), first.object());
        g.add(node, Vocab.ng("sourceCount"), NodeFactory.createLiteralDT(
                Integer.toString(bestPerSource.size()), XSDDatatype.XSDinteger));
        g.add(node, Vocab.ng("combinedConfidence"), NodeFactory.createLiteralDT(canonical(1 - doubt),
                XSDDatatype.XSDdecimal));
        rows.forEach(r -> g.add(node, Vocab.ng("supportingClaim"), r.claim()));
    }

    /**
     * The canonical xsd:decimal form, rounded to three places ("0.9", not "0.900"): TDB2 stores
     * decimals by value, and a non-canonical form is found again as another term, which a later
     * replacement of the graph then fails to delete.
     */
    private static String canonical(double d) {
        BigDecimal v = BigDecimal.valueOf(d).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros();
        return v.scale() <= 0 ? v.setScale(1).toPlainString() : v.toPlainString();
    }

    private static String hash(String s) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(d).substring(0, 16);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
