package org.newsgraph.reconcile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.Vocab;

/** The conflict rules on hand-made claims: what disagrees and what merely differs. */
class ConflictRulesTest {
    private final Graph graph = GraphFactory.createDefaultGraph();
    private int next;

    private ClaimRow claim(String subject, String predicate, Node object, String asOf, String edtf) {
        Node date = asOf == null ? null : NodeFactory.createLiteralDT(asOf, XSDDatatype.XSDdate);
        return new ClaimRow(NodeFactory.createURI("urn:claim:" + next++), Vocab.entity(subject),
                Vocab.ng(predicate), object, NodeFactory.createURI("urn:doc:" + next), "h" + next, date, edtf,
                true, 0.8);
    }

    @Test
    void closedBetaAndFreeTierConflictOnlyWithinTheWindow() {
        graph.add(Vocab.ng("ClosedBeta"), Vocab.ng("incompatibleWith"), Vocab.ng("FreeTier"));
        graph.add(Vocab.entity("m-1.0"), Vocab.ng("versionOf"), Vocab.entity("m"));
        List<ClaimRow> claims = List.of(
                claim("m", "availability", Vocab.ng("ClosedBeta"), "2026-04-10", null),
                claim("m-1.0", "availability", Vocab.ng("FreeTier"), "2026-04-20", null),
                claim("m", "availability", Vocab.ng("FreeTier"), "2026-09-01", null));
        List<Conflict> found = new AvailabilityConflicts().find(claims, new GraphView(graph));
        assertEquals(1, found.size());
        assertEquals(2, found.get(0).claims().size(), "the September statement is a later state, not a conflict");
    }

    @Test
    void twoVersionsMayDifferInAvailability() {
        graph.add(Vocab.ng("ClosedBeta"), Vocab.ng("incompatibleWith"), Vocab.ng("FreeTier"));
        graph.add(Vocab.entity("m-1.0"), Vocab.ng("versionOf"), Vocab.entity("m"));
        graph.add(Vocab.entity("m-1.1"), Vocab.ng("versionOf"), Vocab.entity("m"));
        List<ClaimRow> claims = List.of(
                claim("m-1.0", "availability", Vocab.ng("FreeTier"), "2026-04-10", null),
                claim("m-1.1", "availability", Vocab.ng("ClosedBeta"), "2026-04-10", null));
        assertEquals(0, new AvailabilityConflicts().find(claims, new GraphView(graph)).size());
    }

    @Test
    void aMakerInsideAnotherMakerIsNoConflictButAStrangerIs() {
        graph.add(Vocab.entity("lab"), Vocab.ng("subOrganizationOf"), Vocab.entity("hub"));
        graph.add(Vocab.entity("hub"), Vocab.ng("subOrganizationOf"), Vocab.entity("group"));
        List<ClaimRow> agree = List.of(claim("m", "developedBy", Vocab.entity("lab"), null, null),
                claim("m", "developedBy", Vocab.entity("group"), null, null));
        assertEquals(0, new DeveloperConflicts().find(agree, new GraphView(graph)).size());
        List<ClaimRow> disagree = List.of(claim("m", "developedBy", Vocab.entity("lab"), null, null),
                claim("m", "developedBy", Vocab.entity("rival"), null, null));
        assertEquals(1, new DeveloperConflicts().find(disagree, new GraphView(graph)).size());
        graph.add(Vocab.entity("academy"), Vocab.ng("subOrganizationOf"), Vocab.entity("group"));
        List<ClaimRow> siblings = List.of(claim("m", "developedBy", Vocab.entity("lab"), null, null),
                claim("m", "developedBy", Vocab.entity("academy"), null, null));
        assertEquals(0, new DeveloperConflicts().find(siblings, new GraphView(graph)).size(),
                "two units of one group can make a model together");
    }

    @Test
    void releaseDatesConflictOnlyWhenTheirPeriodsAreDisjoint() {
        Node any = NodeFactory.createLiteralString("x");
        List<ClaimRow> overlapping = List.of(claim("m", "releaseDate", any, null, "2026"),
                claim("m", "releaseDate", any, null, "2026-04-10"), claim("m", "releaseDate", any, null, "2026-21"));
        assertEquals(0, new DateConflicts().find(overlapping, new GraphView(graph)).size());
        List<ClaimRow> disjoint = List.of(claim("m", "releaseDate", any, null, "2026-04-10"),
                claim("m", "releaseDate", any, null, "2026-06-21"));
        assertEquals(1, new DateConflicts().find(disjoint, new GraphView(graph)).size());
    }

    @Test
    void twoRanksOnOneBoardOnOneDayConflict() {
        for (String[] r : new String[][] {{"r1", "1"}, {"r2", "2"}}) {
            Node node = Vocab.entity(r[0]);
            graph.add(node, Vocab.ng("leaderboard"), Vocab.entity("board"));
            graph.add(node, Vocab.ng("rank"), NodeFactory.createLiteralDT(r[1], XSDDatatype.XSDinteger));
            graph.add(node, Vocab.ng("asOf"), NodeFactory.createLiteralDT("2026-04-10", XSDDatatype.XSDdate));
        }
        List<ClaimRow> claims = List.of(claim("m", "ranking", Vocab.entity("r1"), null, null),
                claim("m", "ranking", Vocab.entity("r2"), null, null));
        assertEquals(1, new RankingConflicts().find(claims, new GraphView(graph)).size());
    }
}
