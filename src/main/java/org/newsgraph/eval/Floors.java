package org.newsgraph.eval;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The least overall precision and recall a gold folder must reach, read from its
 * {@code floors.properties} ({@code precision=0.90}, {@code recall=0.90}); zero when absent.
 */
public record Floors(double precision, double recall) {

    public Floors {
        if (precision < 0 || precision > 1 || recall < 0 || recall > 1) {
            throw new IllegalArgumentException("floors must lie in [0, 1]");
        }
    }

    /** The floors of a gold folder; {@code 0/0} when it has no floors file. */
    public static Floors of(Path goldFolder) {
        Path file = goldFolder.resolve("floors.properties");
        if (!Files.exists(file)) {
            return new Floors(0, 0);
        }
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file)) {
            p.load(r);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new Floors(Double.parseDouble(p.getProperty("precision", "0")),
                Double.parseDouble(p.getProperty("recall", "0")));
    }

    /** Whether scores reach both floors. */
    public boolean heldBy(Scores s) {
        return s.precision() >= precision && s.recall() >= recall;
    }
}
