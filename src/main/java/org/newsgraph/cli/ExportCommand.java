package org.newsgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.newsgraph.store.ExportFormat;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code newsgraph export}: dumps the store to stdout or a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the whole graph: trig and nq keep one named graph per document;",
                       "ttl and jsonld write the union of all graphs as one graph;",
                       "csv writes one row per claim (labels, document, date, evidence) for pandas."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private StoreOption store;

    @Option(names = "--format", paramLabel = "FORMAT", required = true,
            description = "trig, nq, ttl, jsonld or csv.")
    private ExportFormat format;

    @Option(names = "--output", paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    private Path output;

    @Override
    public Integer call() throws IOException {
        try (GraphStore graphStore = GraphStore.openExisting(store.folder())) {
            if (output == null) {
                graphStore.export(main.out(), format);
            } else {
                try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(output))) {
                    graphStore.export(file, format);
                }
            }
        }
        return ExitCodes.OK;
    }
}
