package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.newsgraph.eval.Evaluation;
import org.newsgraph.eval.EvaluationTable;
import org.newsgraph.eval.Evaluator;
import org.newsgraph.pipeline.DocumentProcessor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code newsgraph eval}: scores the extraction against hand-written gold files. In: a gold
 * folder; out: the per-relation table on stdout, problems on stderr, and exit 1 under
 * {@code --strict-floors} when the folder's floors are not held.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Runs the extraction over a gold folder (NAME.gold.tsv beside each article, see eval/README.md)",
                       "and prints precision, recall and F1 per relation.",
                       "Exit 0 ok, 1 failure or (with --strict-floors) floors not held."})
final class EvalCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Option(names = "--gold", paramLabel = "DIR", required = true, description = "The gold folder.")
    private Path gold;

    @Option(names = "--texts", paramLabel = "DIR",
            description = "Folder holding the texts of real articles (their gold names them with '# text:').")
    private Path texts;

    @Option(names = {"-v", "--verbose"}, description = "Also list each article's misses (-) and false positives (+).")
    private boolean verbose;

    @Option(names = "--strict-floors", description = "Exit 1 when overall precision or recall is below floors.properties.")
    private boolean strictFloors;

    @Override
    public Integer call() {
        if (!Files.isDirectory(gold)) {
            main.err().println("newsgraph: " + gold + ": not a folder");
            return ExitCodes.FAILURE;
        }
        DocumentProcessor processor = DocumentProcessor.withCatalog(
                Home.folder().resolve("ontology").resolve("catalog.ttl"));
        Evaluation evaluation = new Evaluator(processor).evaluate(gold, texts,
                absent -> main.err().println("newsgraph: " + absent + " (not scored)"),
                problem -> main.err().println(problem.line()));
        EvaluationTable.print(evaluation, main.out(), verbose);
        if (strictFloors && !evaluation.meetsFloors()) {
            main.err().println("newsgraph: " + gold + ": below the floors");
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }
}
