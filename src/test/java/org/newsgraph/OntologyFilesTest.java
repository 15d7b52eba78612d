package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the data files under ontology/: the OWL ontology declares the whole vocabulary with labels,
 * the SKOS schemes are complete, the SHACL shapes parse, and the entity catalog is well formed
 * (one type, one English label, unique names, no relations) and knows the spellings of the seeds.
 */
class OntologyFilesTest {

    private static final String NG = "https://w3id.org/newsgraph/ontology#";
    private static final String ID = "https://w3id.org/newsgraph/id/";
    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/newsgraph.ttl");
    private static final Model CATALOG = RDFDataMgr.loadModel("ontology/catalog.ttl");
    private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));

    /** The vocabulary of DESIGN.md and notes/rdf-model.md. */
    private static final List<String> TERMS = List.of("Organization", "OrganizationUnit", "Person", "Model",
            "Product", "Leaderboard", "Ranking", "Measurement", "Role", "Document", "Claim", "Conflict",
            "developedBy", "subOrganizationOf", "ownedBy", "versionOf", "comparedWith", "releaseDate",
            "announcementDate", "availability", "capability", "hasRole", "versionNumber", "model", "leaderboard",
            "rank", "category", "asOf", "quantity", "unit", "measures", "person", "organization", "title", "former",
            "publisher", "publicationDate", "publicationDateBasis", "contentHash", "sourceFile", "wordCount",
            "subject", "predicate", "object", "sentence", "rule", "confidence", "status", "datePrecision", "edtf",
            "conflictingClaim");

    private static final Map<String, List<String>> SCHEMES = Map.of(
            "AvailabilityScheme", List.of("OpenWeights", "API", "Beta", "ClosedBeta", "LimitedPreview",
                    "ConsumerApp", "FreeTier", "Enterprise", "PaidPlan"),
            "ClaimStatusScheme", List.of("Stated", "Reported", "Planned", "Rumoured"),
            "DatePrecisionScheme", List.of("DayPrecision", "MonthPrecision", "SeasonPrecision",
                    "QuarterPrecision", "YearPrecision"),
            "DateBasisScheme", List.of("DatelineBasis", "MetadataBasis", "TextBasis", "UnknownBasis"));

    private static final Set<String> ENTITY_CLASSES =
            Set.of("Organization", "OrganizationUnit", "Person", "Model", "Product", "Leaderboard");

    private static Resource ng(String local) {
        return ONTOLOGY.createResource(NG + local);
    }

    private static boolean hasEnglish(Model model, Resource subject, org.apache.jena.rdf.model.Property p) {
        return model.listObjectsOfProperty(subject, p).toList().stream()
                .anyMatch(o -> o.isLiteral() && "en".equals(o.asLiteral().getLanguage()));
    }

    @Test
    void everyVocabularyTermIsDeclaredWithEnglishLabelAndComment() {
        Set<Resource> kinds = Set.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property);
        for (String term : TERMS) {
            Resource r = ng(term);
            assertTrue(ONTOLOGY.listObjectsOfProperty(r, RDF.type).toList().stream().anyMatch(kinds::contains),
                    term + " is not declared as a class or property");
            assertTrue(hasEnglish(ONTOLOGY, r, RDFS.label), term + " has no @en rdfs:label");
            assertTrue(hasEnglish(ONTOLOGY, r, RDFS.comment), term + " has no @en rdfs:comment");
        }
    }

    @Test
    void ontologyHeaderAndAlignmentsArePresent() {
        Resource onto = ONTOLOGY.createResource("https://w3id.org/newsgraph/ontology");
        assertTrue(ONTOLOGY.contains(onto, RDF.type, OWL.Ontology));
        assertTrue(ONTOLOGY.contains(onto, OWL.versionInfo));
        assertTrue(ONTOLOGY.contains(onto, ONTOLOGY.createProperty("http://purl.org/dc/terms/license")));
        assertTrue(ONTOLOGY.contains(ng("OrganizationUnit"), RDFS.subClassOf, ng("Organization")));
        assertTrue(ONTOLOGY.contains(ng("Organization"), RDFS.subClassOf,
                ONTOLOGY.createResource("http://www.w3.org/ns/org#Organization")));
        assertTrue(ONTOLOGY.contains(ng("Document"), RDFS.subClassOf, ONTOLOGY.createResource(
                "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#Context")));
        assertTrue(ONTOLOGY.contains(ng("subOrganizationOf"), RDFS.subPropertyOf,
                ONTOLOGY.createResource("http://www.w3.org/ns/org#subOrganizationOf")));
        assertTrue(ONTOLOGY.contains(ng("comparedWith"), RDF.type, OWL.SymmetricProperty));
        assertTrue(ONTOLOGY.contains(ng("availability"), RDFS.range, SKOS.Concept));
    }

    @Test
    void everyConceptHasPrefLabelDefinitionAndItsScheme() {
        SCHEMES.forEach((scheme, concepts) -> {
            assertTrue(ONTOLOGY.contains(ng(scheme), RDF.type, SKOS.ConceptScheme), scheme);
            concepts.forEach(c -> assertTrue(ONTOLOGY.contains(ng(c), SKOS.inScheme, ng(scheme)), c));
        });
        for (Resource c : ONTOLOGY.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            assertTrue(hasEnglish(ONTOLOGY, c, SKOS.prefLabel), c + " has no @en skos:prefLabel");
            assertTrue(hasEnglish(ONTOLOGY, c, SKOS.definition), c + " has no @en skos:definition");
            assertTrue(ONTOLOGY.listObjectsOfProperty(c, SKOS.inScheme).toList().stream()
                    .anyMatch(s -> ONTOLOGY.contains(s.asResource(), RDF.type, SKOS.ConceptScheme)), c.toString());
        }
        assertTrue(ONTOLOGY.contains(ng("ClosedBeta"), SKOS.broader, ng("Beta")));
        assertTrue(ONTOLOGY.contains(ng("LimitedPreview"), SKOS.broader, ng("Beta")));
        assertTrue(ONTOLOGY.contains(ng("FreeTier"), SKOS.broader, ng("ConsumerApp")));
    }

    @Test
    void everyCatalogEntityHasOneTypeAndOneEnglishLabel() {
        List<Resource> entities = CATALOG.listSubjects().toList();
        assertTrue(entities.size() > 60, "catalog too small: " + entities.size());
        for (Resource e : entities) {
            assertTrue(e.getURI().substring(ID.length()).matches("[a-z0-9]+([-.][a-z0-9]+)*"), e.getURI());
            List<RDFNode> types = CATALOG.listObjectsOfProperty(e, RDF.type).toList();
            assertEquals(1, types.size(), e + " must have exactly one type");
            assertTrue(ENTITY_CLASSES.contains(types.get(0).asResource().getLocalName()), e + " bad type");
            long english = CATALOG.listObjectsOfProperty(e, RDFS.label).toList().stream()
                    .filter(l -> "en".equals(l.asLiteral().getLanguage())).count();
            assertEquals(1, english, e + " must have exactly one @en rdfs:label");
        }
    }

    @Test
    void catalogHoldsNamesTypesAndWikidataLinksOnly() {
        Set<Resource> allowed = Set.of(RDF.type, RDFS.label, RDFS.comment, SKOS.altLabel, SKOS.hiddenLabel, OWL.sameAs);
        for (Statement s : CATALOG.listStatements().toList()) {
            assertTrue(allowed.contains(s.getPredicate()), "not allowed in the catalog: " + s);
            if (s.getPredicate().equals(OWL.sameAs)) {
                assertTrue(s.getResource().getURI().matches("http://www\\.wikidata\\.org/entity/Q[0-9]+"), s.toString());
            }
        }
    }

    @Test
    void noTwoCatalogEntitiesShareAName() {
        Map<String, Resource> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (var p : List.of(RDFS.label, SKOS.altLabel, SKOS.hiddenLabel)) {
            for (Statement s : CATALOG.listStatements(null, p, (RDFNode) null).toList()) {
                Resource previous = owner.putIfAbsent(s.getString(), s.getSubject());
                if (previous != null && !previous.equals(s.getSubject())) {
                    clashes.add(s.getString());
                }
            }
        }
        assertEquals(List.of(), clashes);
    }

    @ParameterizedTest
    @MethodSource("surfaceForms")
    void catalogRecognisesTheSpellingsOfTheSeeds(String surface, String key) {
        Resource entity = CATALOG.createResource(ID + key);
        boolean named = Stream.of(RDFS.label, SKOS.altLabel, SKOS.hiddenLabel)
                .anyMatch(p -> CATALOG.listObjectsOfProperty(entity, p).toList().stream()
                        .anyMatch(l -> l.asLiteral().getString().equals(surface)));
        assertTrue(named, surface + " is not a name of " + key);
    }

    static Stream<Arguments> surfaceForms() {
        String[][] pairs = {{"Alibaba", "alibaba-group"}, {"阿里巴巴", "alibaba-group"}, {"BABA", "alibaba-group"},
            {"ATH", "alibaba-token-hub"}, {"Token Hub", "alibaba-token-hub"},
            {"ATH innovation unit", "ath-innovation-division"}, {"innovation business unit", "ath-innovation-division"},
            {"Tongyi Laboratory", "tongyi-lab"}, {"Tongyi lab", "tongyi-lab"}, {"Qwen team", "qwen-team"},
            {"Happy Horse", "happyhorse"}, {"HappyHorse", "happyhorse"}, {"Qianwen", "qwen"}, {"SeeDance", "seedance"},
            {"字节跳动", "bytedance"}, {"Wu Yongming", "eddie-wu"}, {"吴泳铭", "eddie-wu"}, {"郑波", "zheng-bo"},
            {"Model Studio", "model-studio"}, {"凤凰科技", "phoenix-tech"}, {"CFIUS", "cfius"},
            {"Artificial Analysis text-to-video leaderboard", "artificial-analysis-video-arena"},
            {"text to video arena at llm stats", "llm-stats-text-to-video-arena"}};
        return Stream.of(pairs).map(p -> Arguments.of(p[0], p[1]));
    }

    @Test
    void shapesParseAndTheCatalogConforms() {
        assertTrue(SHAPES.numRootShapes() >= 15, "too few shapes: " + SHAPES.numRootShapes());
        ValidationReport report = validate(CATALOG);
        assertTrue(report.conforms(), () -> report.getEntries().toString());
    }

    @Test
    void everyNewsgraphTermUsedInShapesAndCatalogIsDeclared() {
        Model used = RDFDataMgr.loadModel("ontology/shapes.ttl").add(CATALOG);
        List<String> undeclared = used.listStatements().toList().stream()
                .flatMap(st -> Stream.of(st.getSubject(), st.getPredicate(), st.getObject()))
                .filter(n -> n.isURIResource() && n.asResource().getURI().startsWith(NG))
                .map(n -> n.asResource().getURI())
                .filter(uri -> !ONTOLOGY.contains(ONTOLOGY.createResource(uri), RDFS.label))
                .distinct().toList();
        assertEquals(List.of(), undeclared);
    }

    private static ValidationReport validate(Model data) {
        Model union = ModelFactory.createDefaultModel().add(ONTOLOGY).add(data);
        return ShaclValidator.get().validate(SHAPES, union.getGraph());
    }
}
