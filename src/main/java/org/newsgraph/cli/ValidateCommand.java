package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.newsgraph.store.GraphStore;
import org.newsgraph.store.ShaclReport;
import org.newsgraph.store.ShaclValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code newsgraph validate}: checks the graph against the SHACL shapes. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Validates the union of all graphs (ontology included) against SHACL shapes.",
                       "Prints 'conforms' (exit 0) or one line per violation (exit 4)."})
final class ValidateCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private StoreOption store;

    @Option(names = "--shapes", paramLabel = "FILE",
            description = "Shapes file (default: ontology/shapes.ttl under the home folder).")
    private Path shapes;

    @Override
    public Integer call() {
        Path shapesFile = shapes != null ? shapes : Home.folder().resolve("ontology").resolve("shapes.ttl");
        ShaclValidator validator = ShaclValidator.fromFile(shapesFile);
        ShaclReport report;
        try (GraphStore graphStore = GraphStore.openExisting(store.folder())) {
            report = validator.validate(graphStore);
        }
        if (report.conforms()) {
            main.out().println("conforms");
            return ExitCodes.OK;
        }
        report.violations().forEach(main.out()::println);
        main.err().println("newsgraph: " + report.violations().size() + " SHACL results");
        return ExitCodes.INVALID;
    }
}
