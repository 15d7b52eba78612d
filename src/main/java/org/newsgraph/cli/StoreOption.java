package org.newsgraph.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The {@code --db DIR} option shared by all commands: the TDB2 store folder. */
final class StoreOption {
    @Option(names = "--db", paramLabel = "DIR",
            description = "TDB2 store folder (default: data/tdb2 under the home folder).")
    private Path db;

    /** The chosen store folder, or the default under the home folder. */
    Path folder() {
        return db != null ? db : Home.folder().resolve("data").resolve("tdb2");
    }
}
