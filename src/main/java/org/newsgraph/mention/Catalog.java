package org.newsgraph.mention;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * The entity catalog: entities known before reading any article, with their type, names and
 * Wikidata link. In: a Turtle file such as {@code ontology/catalog.ttl} whose subjects are
 * {@code https://w3id.org/newsgraph/id/KEY}. Out: entries by key and a name index for matching.
 * Immutable and thread-safe once loaded.
 */
public final class Catalog {
    /** Namespace of entity IRIs. */
    public static final String ENTITY_NS = "https://w3id.org/newsgraph/id/";
    /** Namespace of the ontology. */
    public static final String ONTOLOGY_NS = "https://w3id.org/newsgraph/ontology#";
    private static final String WIKIDATA_NS = "http://www.wikidata.org/entity/";

    private final Map<String, CatalogEntry> entries;
    private final NameIndex names;

    private Catalog(Map<String, CatalogEntry> entries) {
        this.entries = Map.copyOf(entries);
        this.names = NameIndex.of(entries.values());
    }

    /** Loads the catalog file; a malformed file fails with Jena's parse exception. */
    public static Catalog load(Path file) {
        return fromModel(RDFDataMgr.loadModel(file.toString()));
    }

    /** Builds a catalog from the entries given (for tests and generated catalogs). */
    public static Catalog of(Collection<CatalogEntry> entries) {
        Map<String, CatalogEntry> byKey = new TreeMap<>();
        entries.forEach(e -> byKey.put(e.key(), e));
        return new Catalog(byKey);
    }

    static Catalog fromModel(Model model) {
        Map<String, CatalogEntry> byKey = new TreeMap<>();
        for (Resource subject : model.listSubjectsWithProperty(RDF.type).toList()) {
            if (!subject.isURIResource() || !subject.getURI().startsWith(ENTITY_NS)) {
                continue;
            }
            EntityType type = typeOf(subject);
            if (type != null) {
                String key = subject.getURI().substring(ENTITY_NS.length());
                byKey.put(key, new CatalogEntry(key, type, namesOf(subject), wikidataOf(subject)));
            }
        }
        return new Catalog(byKey);
    }

    private static EntityType typeOf(Resource subject) {
        EntityType found = null;
        for (Statement s : subject.listProperties(RDF.type).toList()) {
            RDFNode o = s.getObject();
            if (o.isURIResource() && o.asResource().getURI().startsWith(ONTOLOGY_NS)) {
                EntityType t = EntityType.fromClassName(o.asResource().getLocalName());
                if (t != null && (found == null || t == EntityType.ORGANIZATION_UNIT)) {
                    found = t;
                }
            }
        }
        return found;
    }

    private static List<EntityName> namesOf(Resource subject) {
        List<EntityName> names = new ArrayList<>();
        addNames(subject, RDFS.label, EntityName.Kind.PREFERRED, names);
        addNames(subject, SKOS.prefLabel, EntityName.Kind.PREFERRED, names);
        addNames(subject, SKOS.altLabel, EntityName.Kind.ALTERNATIVE, names);
        addNames(subject, SKOS.hiddenLabel, EntityName.Kind.HIDDEN, names);
        return names;
    }

    private static void addNames(Resource s, Property p, EntityName.Kind kind, List<EntityName> out) {
        for (Statement st : s.listProperties(p).toList()) {
            if (st.getObject().isLiteral()) {
                Literal l = st.getLiteral();
                String lang = l.getLanguage().isEmpty() ? "en" : l.getLanguage();
                out.add(new EntityName(l.getLexicalForm(), lang, kind));
            }
        }
    }

    private static String wikidataOf(Resource subject) {
        for (Statement st : subject.listProperties(OWL.sameAs).toList()) {
            RDFNode o = st.getObject();
            if (o.isURIResource() && o.asResource().getURI().startsWith(WIKIDATA_NS)) {
                return o.asResource().getURI();
            }
        }
        return null;
    }

    /** The entry for a key, if the catalog has it. */
    public Optional<CatalogEntry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** All entries, sorted by key. */
    public Collection<CatalogEntry> entries() {
        return entries.values();
    }

    /** The index used to find catalog names in text. */
    public NameIndex names() {
        return names;
    }
}
