package org.newsgraph.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.newsgraph.report.ProblemReporter;
import org.newsgraph.store.GraphStore;

/**
 * A real build, run in a child JVM by {@link CrashSafetyTest} so that it can be killed: builds
 * the folder {@code args[1]} into the store {@code args[0]} and prints {@code stored N} after every
 * commit (four documents per transaction), {@code finished N} when the documents are done (the derived graphs follow)
 * and {@code done} at the very end.
 */
public final class BuildChild {
    private BuildChild() {
    }

    /** Runs the build. */
    public static void main(String[] args) {
        try (GraphStore store = GraphStore.open(Path.of(args[0]))) {
            GraphBuilder.create(Path.of("")).build(List.of(Path.of(args[1])), store, ProblemReporter.ignoring(),
                    BuildOptions.defaults().withDocumentsPerCommit(4).withProgress(p -> {
                        System.out.println((p.finished() ? "finished " : "stored ") + p.committed());
                        System.out.flush();
                    }));
        }
        System.out.println("done");
    }
}
