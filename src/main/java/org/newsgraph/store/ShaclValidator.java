package org.newsgraph.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.parser.ShaclParseException;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;

/**
 * Validates the union of all named graphs of a store (the ontology graph included) against the
 * SHACL shapes in a Turtle (or any RDF) file. In: a store and a shapes file; out: a
 * {@link ShaclReport}. The union is copied to memory in one read transaction, then validated.
 */
public final class ShaclValidator {
    private final Shapes shapes;

    private ShaclValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /**
     * Loads the shapes in {@code shapesFile}.
     *
     * @throws StoreException if the file is missing, does not parse, or is not valid SHACL
     */
    public static ShaclValidator fromFile(Path shapesFile) {
        Objects.requireNonNull(shapesFile, "shapesFile");
        if (!Files.isRegularFile(shapesFile)) {
            throw new StoreException("no shapes file at " + shapesFile);
        }
        try {
            Graph graph = RDFDataMgr.loadGraph(shapesFile.toString());
            return new ShaclValidator(Shapes.parse(graph));
        } catch (RiotException | ShaclParseException e) {
            throw new StoreException("bad shapes file " + shapesFile + ": " + e.getMessage(), e);
        }
    }

    /** Validates the union graph of {@code store}. */
    public ShaclReport validate(GraphStore store) {
        DatasetGraph dataset = store.datasetGraph();
        Graph data = Txn.calculateRead(dataset, () -> copyOf(dataset.getUnionGraph()));
        return validate(data);
    }

    /** Validates {@code data} (any graph). */
    public ShaclReport validate(Graph data) {
        ValidationReport report = org.apache.jena.shacl.ShaclValidator.get().validate(shapes, data);
        List<String> lines = report.getEntries().stream().map(ShaclValidator::describe).sorted().toList();
        return new ShaclReport(report.conforms(), report.conforms() ? List.of() : lines);
    }

    private static Graph copyOf(Graph graph) {
        Graph copy = GraphFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }

    /** One line: severity, focus node, path, message. */
    static String describe(ReportEntry entry) {
        PrefixMapping prefixes = Namespaces.prefixes();
        String path = entry.resultPath() == null ? "-" : entry.resultPath().toString(new Prologue(prefixes));
        String message = entry.message() == null ? "(no message)" : entry.message();
        return severityName(entry) + ": " + node(entry.focusNode(), prefixes)
                + " " + path + ": " + StoreException.oneLine(message);
    }

    private static String severityName(ReportEntry entry) {
        Node level = entry.severity().level();
        return level.getLocalName().toLowerCase(Locale.ROOT);
    }

    private static String node(Node node, PrefixMapping prefixes) {
        return FmtUtils.stringForNode(node, prefixes);
    }
}
