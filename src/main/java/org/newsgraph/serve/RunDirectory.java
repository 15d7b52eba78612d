package org.newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Chooses and creates the folder Fuseki keeps its own files in (configuration, templates). */
final class RunDirectory {

    private RunDirectory() {
    }

    /** {@code folder} created if needed, or a new temporary folder when {@code folder} is null. */
    static Path orTemporary(Path folder) {
        try {
            if (folder == null) {
                return Files.createTempDirectory("newsgraph-fuseki");
            }
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create Fuseki run folder: " + e.getMessage(), e);
        }
    }
}
