package org.newsgraph.serve;

import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.Vocab;

/**
 * Counts that describe the served data, for VoID and the service description.
 *
 * @param triples distinct triples in the union of all named graphs
 * @param entities distinct typed resources under the entity namespace
 * @param documents named graphs under the document namespace
 * @param graphs all named graphs (documents, ontology and derived graphs)
 * @param entitiesPerClass for each class IRI, how many entities have it
 * @param example one entity IRI (the first in IRI order), or null when there is none
 */
record DatasetStatistics(long triples, long entities, long documents, long graphs,
                         Map<String, Long> entitiesPerClass, String example) {

    DatasetStatistics {
        entitiesPerClass = Map.copyOf(entitiesPerClass);
    }

    /** Counts {@code dataset}; the caller holds a read transaction. */
    static DatasetStatistics of(DatasetGraph dataset) {
        Graph union = dataset.getUnionGraph();
        long triples = Iter.count(union.find());
        Map<String, Long> perClass = new TreeMap<>();
        TreeMap<String, Boolean> entities = new TreeMap<>();
        union.find(Node.ANY, RDF.type.asNode(), Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Vocab.ID) && t.getObject().isURI()) {
                entities.put(t.getSubject().getURI(), Boolean.TRUE);
                perClass.merge(t.getObject().getURI(), 1L, Long::sum);
            }
        });
        long documents = 0;
        long graphs = 0;
        for (Node name : Iter.toList(dataset.listGraphNodes())) {
            graphs++;
            if (name.isURI() && name.getURI().startsWith(Vocab.DOC)) {
                documents++;
            }
        }
        String example = entities.isEmpty() ? null : entities.firstKey();
        return new DatasetStatistics(triples, entities.size(), documents, graphs, perClass, example);
    }
}
