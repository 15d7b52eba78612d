package org.newsgraph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/**
 * The code knows English and news, not particular entities: no name of the catalog
 * ({@code rdfs:label} or {@code skos:altLabel} in {@code ontology/catalog.ttl}) may appear in
 * {@code src/main/java}, in code or comments. Names are matched case-sensitively as whole words.
 * Ignored, because they are ordinary English rather than names: names of fewer than three
 * characters ("EU"), names written all in lower case ("video arena": a phrase of common words),
 * and single-word names that are common English words (listed below).
 */
class NoEntityNamesInCodeTest {
    /** Catalog names that are also everyday English words, capitalised at a sentence start. */
    private static final Set<String> COMMON_WORDS = Set.of("Runway", "Fortune", "Meta", "Ascend", "Gemini",
            "Amazon", "Pika", "Cohere");

    @Test
    void noCatalogNameAppearsInMainCode() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> sources = javaSources();
        for (String name : catalogNames()) {
            Pattern word = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?![\\p{L}\\d])");
            for (Path source : sources) {
                if (word.matcher(Files.readString(source)).find()) {
                    found.add(name + " in " + source);
                }
            }
        }
        assertTrue(found.isEmpty(), "entity names in src/main/java:\n" + String.join("\n", found));
    }

    @Test
    void theCheckFindsANameWhenOneIsThere() throws IOException {
        Set<String> names = catalogNames();
        assertTrue(names.contains("OpenAI") && names.size() > 50, "the catalog names were not read");
    }

    static Set<String> catalogNames() {
        Model catalog = RDFDataMgr.loadModel("ontology/catalog.ttl");
        Set<String> names = new TreeSet<>();
        Stream.of(RDFS.label, SKOS.altLabel).forEach(p -> catalog.listObjectsOfProperty(p).forEachRemaining(
                (RDFNode n) -> names.add(n.asLiteral().getLexicalForm())));
        names.removeIf(n -> n.length() < 3 || n.equals(n.toLowerCase(java.util.Locale.ROOT))
                && !n.equals(n.toUpperCase(java.util.Locale.ROOT)) || COMMON_WORDS.contains(n));
        return names;
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }
}
