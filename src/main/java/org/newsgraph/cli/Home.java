package org.newsgraph.cli;

import java.nio.file.Path;

/**
 * The project home folder, which holds {@code ontology/}, {@code seeds/} and by default
 * {@code data/tdb2}: the system property {@code newsgraph.home} if set, else the current folder.
 */
final class Home {
    /** The system property that names the home folder. */
    static final String PROPERTY = "newsgraph.home";

    private Home() {
    }

    /** The home folder as an absolute path. */
    static Path folder() {
        String configured = System.getProperty(PROPERTY);
        Path home = configured == null || configured.isBlank() ? Path.of("") : Path.of(configured);
        return home.toAbsolutePath().normalize();
    }
}
