package org.newsgraph.eval;

/**
 * Counts for one relation (or all): extracted lines, those that match a gold line, gold lines,
 * and those that some extracted line matches; with precision, recall and F1 (1.0 when there is
 * nothing to divide by).
 */
public record Scores(int found, int foundCorrect, int gold, int goldMatched) {

    /** No lines at all. */
    public static final Scores NONE = new Scores(0, 0, 0, 0);

    public Scores {
        if (foundCorrect < 0 || foundCorrect > found || goldMatched < 0 || goldMatched > gold) {
            throw new IllegalArgumentException("inconsistent counts");
        }
    }

    /** The sum of two score sets. */
    public Scores plus(Scores o) {
        return new Scores(found + o.found, foundCorrect + o.foundCorrect, gold + o.gold,
                goldMatched + o.goldMatched);
    }

    /** Correct extracted lines over all extracted lines. */
    public double precision() {
        return found == 0 ? 1.0 : (double) foundCorrect / found;
    }

    /** Matched gold lines over all gold lines. */
    public double recall() {
        return gold == 0 ? 1.0 : (double) goldMatched / gold;
    }

    /** Harmonic mean of precision and recall. */
    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
