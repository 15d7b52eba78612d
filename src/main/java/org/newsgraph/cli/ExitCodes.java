package org.newsgraph.cli;

/**
 * The exit codes of every {@code newsgraph} command; scripts rely on them.
 * <ul>
 * <li>{@link #OK} 0: the command did what was asked.</li>
 * <li>{@link #FAILURE} 1: it could not (store locked or missing, unreadable file, bad SPARQL,
 *     port taken); one line on stderr says why.</li>
 * <li>{@link #USAGE} 2: the command line is wrong (unknown option, missing argument).</li>
 * <li>{@link #REJECTED} 3: {@code build} rejected some inputs (the others were stored), or
 *     stopped at the first problem under {@code --strict}.</li>
 * <li>{@link #INVALID} 4: {@code validate} found SHACL violations.</li>
 * </ul>
 */
public final class ExitCodes {
    /** Success. */
    public static final int OK = 0;
    /** The command failed; the reason is on stderr. */
    public static final int FAILURE = 1;
    /** Bad command line (picocli's usage error code). */
    public static final int USAGE = 2;
    /** Some inputs were rejected by {@code build}. */
    public static final int REJECTED = 3;
    /** The graph does not conform to the SHACL shapes. */
    public static final int INVALID = 4;

    private ExitCodes() {
    }
}
