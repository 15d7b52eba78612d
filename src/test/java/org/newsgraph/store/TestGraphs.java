package org.newsgraph.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.newsgraph.rdf.Vocab;

/** Small document graphs for store tests. */
final class TestGraphs {
    static final String NG = Vocab.NG;
    static final String PREFIXES = "@prefix ng: <" + NG + "> . @prefix id: <" + Vocab.ID + "> .\n"
            + "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n";

    private TestGraphs() {
    }

    static Node doc(String id) {
        return NodeFactory.createURI(Vocab.DOC + id);
    }

    static Graph turtle(String body) {
        return RDFParser.fromString(PREFIXES + body, Lang.TURTLE).toGraph();
    }

    /** A document graph with a model developed by an organization, plus a blank-node ranking. */
    static Graph documentA() {
        return turtle("""
                id:happyhorse a ng:Model ; rdfs:label "HappyHorse"@en ; ng:developedBy id:alibaba-group .
                id:alibaba-group a ng:Organization ; rdfs:label "Alibaba Group"@en .
                [] a ng:Ranking ; ng:model id:happyhorse ; ng:rank 1 .
                """);
    }

    /** A second document graph sharing one triple with {@link #documentA()}. */
    static Graph documentB() {
        return turtle("""
                id:alibaba-group a ng:Organization ; rdfs:label "Alibaba Group"@en .
                id:seedance a ng:Model ; rdfs:label "Seedance"@en ; ng:developedBy id:bytedance .
                """);
    }
}
