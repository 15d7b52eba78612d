package org.newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.pipeline.DocumentRemover;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code newsgraph remove}: takes documents out of the store, with everything only they said. */
@Command(name = "remove", mixinStandardHelpOptions = true,
        description = {"Removes documents (by id: the file name without extension) with their claims;",
                       "conflicts and entities that depended only on them go too.",
                       "Exit 0 when every document was removed, 1 when one was not in the store."})
final class RemoveCommand implements Callable<Integer> {
    @ParentCommand
    private Main main;

    @Mixin
    private StoreOption store;

    @Parameters(paramLabel = "DOC", arity = "1..*", description = "Document ids to remove.")
    private List<String> documents;

    @Override
    public Integer call() {
        DocumentRemover remover = new DocumentRemover();
        int missing = 0;
        try (GraphStore graphStore = GraphStore.openExisting(store.folder())) {
            for (String id : documents) {
                if (!id.matches("[A-Za-z0-9_.-]{1,200}") || !remover.remove(graphStore, id)) {
                    main.err().println("newsgraph: " + id + ": no such document in the store");
                    missing++;
                } else {
                    main.out().println("newsgraph: removed " + id);
                }
            }
        }
        return missing == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
