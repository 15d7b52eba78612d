package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.pipeline.DocumentProcessor;
import org.newsgraph.report.CollectingReporter;

/**
 * The extraction must hold the floors of each gold folder ({@code eval/seeds}: precision and
 * recall 0.90; {@code eval/dev}: precision 0.85, recall 0.75). On failure the message is the
 * per-relation table with every miss and false positive.
 */
class EvaluationFloorsTest {
    private static Evaluator evaluator;

    @BeforeAll
    static void load() {
        evaluator = new Evaluator(DocumentProcessor.withCatalog(Path.of("ontology/catalog.ttl")));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"eval/seeds", "eval/dev"})
    void extractionHoldsTheFloors(String folder) {
        CollectingReporter problems = new CollectingReporter();
        Evaluation e = evaluator.evaluate(Path.of(folder), problems);
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        EvaluationTable.print(e, new PrintStream(table, true, StandardCharsets.UTF_8), true);
        assertTrue(problems.problems().isEmpty(), "problems reading " + folder + ": " + problems.problems());
        assertTrue(e.floors().precision() > 0 && e.floors().recall() > 0, folder + " has no floors.properties");
        assertTrue(e.meetsFloors(), folder + " is below its floors:\n" + table.toString(StandardCharsets.UTF_8));
    }
}
