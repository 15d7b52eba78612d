package org.newsgraph.serve;

import java.util.List;
import java.util.Map;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.newsgraph.rdf.Vocab;

/**
 * The VoID description of the dataset and the SPARQL 1.1 service description of its query
 * endpoint, computed from {@link DatasetStatistics}. In: the dataset's base URL as the client
 * reached it (e.g. {@code http://127.0.0.1:3030/newsgraph}) and the counts; out: a graph.
 */
final class DatasetDescriptions {
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final String TEXT_QUERY = "http://jena.apache.org/text#query";
    private static final List<String> VOCABULARIES = List.of(Vocab.NG, Vocab.PROV, Vocab.NIF, Vocab.SKOS,
            Vocab.SCHEMA, "http://www.w3.org/ns/org#", "http://www.w3.org/2000/01/rdf-schema#",
            "http://www.w3.org/2002/07/owl#");
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML");

    private DatasetDescriptions() {
    }

    /** The VoID description: {@code <base/void#dataset>} with counts, endpoint and vocabularies. */
    static Graph voidDescription(String base, DatasetStatistics stats) {
        Model model = model();
        describeDataset(model, base, stats);
        return model.getGraph();
    }

    /** The service description of {@code <base/sparql>}, whose default dataset is the VoID dataset. */
    static Graph serviceDescription(String base, DatasetStatistics stats) {
        Model model = model();
        Resource dataset = describeDataset(model, base, stats);
        Resource endpoint = model.createResource(base + "/sparql");
        endpoint.addProperty(RDF.type, model.createResource(SD + "Service"))
                .addProperty(sd(model, "endpoint"), endpoint)
                .addProperty(sd(model, "supportedLanguage"), model.createResource(SD + "SPARQL11Query"))
                .addProperty(sd(model, "feature"), model.createResource(SD + "UnionDefaultGraph"))
                .addProperty(sd(model, "languageExtension"), model.createResource(TEXT_QUERY))
                .addProperty(sd(model, "defaultDataset"), dataset);
        RESULT_FORMATS.forEach(f -> endpoint.addProperty(sd(model, "resultFormat"), model.createResource(FORMATS + f)));
        Resource defaultGraph = model.createResource()
                .addProperty(RDF.type, model.createResource(SD + "Graph"))
                .addLiteral(voidTerm(model, "triples"), count(model, stats.triples()));
        dataset.addProperty(RDF.type, model.createResource(SD + "Dataset"))
                .addProperty(sd(model, "defaultGraph"), defaultGraph);
        return model.getGraph();
    }

    private static Resource describeDataset(Model model, String base, DatasetStatistics stats) {
        Resource dataset = model.createResource(base + "/void#dataset")
                .addProperty(RDF.type, model.createResource(VOID + "Dataset"))
                .addProperty(DCTerms.title, "newsgraph", "en")
                .addProperty(DCTerms.description, "A knowledge graph of the AI industry built from news articles;"
                        + " every fact links to the claim and sentence it was extracted from.", "en")
                .addProperty(voidTerm(model, "sparqlEndpoint"), model.createResource(base + "/sparql"))
                .addProperty(voidTerm(model, "uriSpace"), Vocab.ID)
                .addLiteral(voidTerm(model, "triples"), count(model, stats.triples()))
                .addLiteral(voidTerm(model, "entities"), count(model, stats.entities()))
                .addLiteral(voidTerm(model, "documents"), count(model, stats.documents()));
        VOCABULARIES.forEach(v -> dataset.addProperty(voidTerm(model, "vocabulary"), model.createResource(v)));
        if (stats.example() != null) {
            dataset.addProperty(voidTerm(model, "exampleResource"), model.createResource(stats.example()));
        }
        for (Map.Entry<String, Long> entry : stats.entitiesPerClass().entrySet()) {
            dataset.addProperty(voidTerm(model, "classPartition"), model.createResource()
                    .addProperty(voidTerm(model, "class"), model.createResource(entry.getKey()))
                    .addLiteral(voidTerm(model, "entities"), count(model, entry.getValue())));
        }
        return dataset;
    }

    /** A count as an {@code xsd:integer}, the datatype VoID uses. */
    private static Literal count(Model model, long value) {
        return model.createTypedLiteral(Long.toString(value), XSDDatatype.XSDinteger);
    }

    private static Model model() {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("void", VOID).setNsPrefix("sd", SD).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("formats", FORMATS).setNsPrefix("ng", Vocab.NG)
                .setNsPrefix("xsd", XSDDatatype.XSD + "#");
        return model;
    }

    private static Property voidTerm(Model model, String localName) {
        return model.createProperty(VOID + localName);
    }

    private static Property sd(Model model, String localName) {
        return model.createProperty(SD + localName);
    }
}
