package org.newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.shared.PrefixMapping;
import org.newsgraph.store.Namespaces;

/**
 * What the Fuseki UI's query view shows for newsgraph, as JavaScript literals: the example
 * queries (every {@code *.rq} file of a folder, named by its {@code # title:} line, in file name
 * order), the prefix buttons ({@code ng:} and the other newsgraph prefixes first, then rdf, rdfs,
 * owl, xsd) and the editor's first query. In: the query folder (or null); out: the literals.
 */
record UiContent(String examples, String prefixes, String editorText) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PREFIX_NAMES = List.of("ng", "id", "doc", "claim", "nif", "prov", "skos",
            "schema", "org", "wd", "rdf", "rdfs", "owl", "xsd");
    private static final String TITLE = "# title:";

    /** The content for the queries in {@code queryFolder} (none when it is null or missing). */
    static UiContent of(Path queryFolder) {
        return new UiContent(literal(examples(queryFolder)), literal(prefixList()), literal(editorQuery()));
    }

    private static List<Map<String, String>> examples(Path folder) {
        List<Map<String, String>> examples = new ArrayList<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return examples;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                examples.add(Map.of("value", text, "text", title(file, text)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the example queries in " + folder, e);
        }
        return examples;
    }

    /** The {@code # title:} of a query file, or its name without {@code .rq}. */
    static String title(Path file, String text) {
        return text.lines().filter(line -> line.startsWith(TITLE)).findFirst()
                .map(line -> line.substring(TITLE.length()).strip())
                .orElse(file.getFileName().toString().replaceFirst("\\.rq$", ""));
    }

    private static List<Map<String, String>> prefixList() {
        PrefixMapping prefixes = Namespaces.prefixes();
        List<Map<String, String>> list = new ArrayList<>();
        for (String name : PREFIX_NAMES) {
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("uri", prefixes.getNsPrefixURI(name));
            entry.put("text", name);
            list.add(entry);
        }
        return list;
    }

    /** Models and their developers with their labels: a first query that shows names, not only IRIs. */
    private static String editorQuery() {
        PrefixMapping prefixes = Namespaces.prefixes();
        return "PREFIX ng:   <" + prefixes.getNsPrefixURI("ng") + ">\n"
                + "PREFIX rdfs: <" + prefixes.getNsPrefixURI("rdfs") + ">\n\n"
                + "# Models and their developers. More questions: the example queries above.\n"
                + "SELECT ?model ?modelLabel ?developer ?developerLabel WHERE {\n"
                + "  ?model ng:developedBy ?developer ; rdfs:label ?modelLabel .\n"
                + "  ?developer rdfs:label ?developerLabel .\n"
                + "} ORDER BY ?modelLabel LIMIT 25";
    }

    private static String literal(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value, e);
        }
    }
}
