package org.newsgraph.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.newsgraph.store.GraphStore;
import org.newsgraph.store.QueryRunner;
import org.newsgraph.store.ResultFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsgraph query}: runs one SPARQL query against the store, no server needed. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query against the store; the default graph is the union of all documents.",
                       "SELECT and ASK results in --format; CONSTRUCT and DESCRIBE results as Turtle."})
final class QueryCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    private ResultFormat format;

    @Parameters(paramLabel = "QUERY", description = "SPARQL text, or a file whose name ends in .rq.")
    private String query;

    @Override
    public Integer call() throws IOException {
        String sparql = queryText(query);
        try (GraphStore graphStore = GraphStore.openExisting(store.folder())) {
            new QueryRunner(graphStore).run(sparql, format, main.out());
        }
        return ExitCodes.OK;
    }

    /** The argument itself, or the content of the .rq file it names. */
    static String queryText(String argument) throws IOException {
        if (argument.endsWith(".rq") && Files.isRegularFile(Path.of(argument))) {
            return Files.readString(Path.of(argument), StandardCharsets.UTF_8);
        }
        return argument;
    }
}
