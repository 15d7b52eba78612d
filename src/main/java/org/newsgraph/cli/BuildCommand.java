package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsgraph build}: reads articles and stores one graph per document. */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = {"Reads article files (txt, md, html, jsonl) or folders and stores one named graph per document;",
                       "re-reading a document replaces its graph.",
                       "Exit 0 ok, 3 some inputs rejected, 1 failure."})
final class BuildCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private StoreOption store;

    @Option(names = "--strict", description = "Stop at the first problem (exit 3).")
    private boolean strict;

    @Parameters(paramLabel = "PATH", arity = "0..*",
            description = "Files or folders to read (default: seeds/ under the home folder).")
    private List<Path> paths;

    @Override
    public Integer call() {
        List<Path> inputs = paths == null || paths.isEmpty() ? List.of(Home.folder().resolve("seeds")) : paths;
        try (GraphStore graphStore = GraphStore.open(store.folder())) {
            return new BuildRunner(main.out(), main.err(), strict).build(inputs, graphStore);
        }
    }
}
