package org.newsgraph.eval;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/**
 * Prints an {@link Evaluation}: a table with one row per relation and an overall row (gold lines,
 * extracted lines, correct, precision, recall, F1), the floors, and in verbose mode the misses
 * ({@code - line}) and false positives ({@code + line}) of each article.
 */
public final class EvaluationTable {
    private static final String ROW = "%-18s %5s %5s %5s  %9s %6s %6s%n";

    private EvaluationTable() { }

    /** Writes the table (and the details when {@code verbose}) to {@code out}. */
    public static void print(Evaluation e, PrintStream out, boolean verbose) {
        out.printf(Locale.ROOT, ROW, "relation", "gold", "found", "right", "precision", "recall", "F1");
        for (Map.Entry<String, Scores> row : e.byRelation().entrySet()) {
            printRow(out, row.getKey(), row.getValue());
        }
        printRow(out, "overall", e.overall());
        out.printf(Locale.ROOT, "floors: precision %.2f, recall %.2f: %s%n", e.floors().precision(),
                e.floors().recall(), e.meetsFloors() ? "held" : "NOT HELD");
        if (verbose) {
            e.cases().forEach(c -> printCase(out, c));
        }
    }

    private static void printRow(PrintStream out, String name, Scores s) {
        out.printf(Locale.ROOT, ROW, name, s.gold(), s.found(), s.foundCorrect(),
                String.format(Locale.ROOT, "%.2f", s.precision()),
                String.format(Locale.ROOT, "%.2f", s.recall()), String.format(Locale.ROOT, "%.2f", s.f1()));
    }

    private static void printCase(PrintStream out, CaseResult c) {
        Scores s = c.byRelation().values().stream().reduce(Scores.NONE, Scores::plus);
        out.printf(Locale.ROOT, "%n== %s (%s): precision %.2f, recall %.2f%n", c.goldCase().name(),
                c.goldCase().article(), s.precision(), s.recall());
        c.missed().forEach(g -> out.println("- " + g));
        c.falsePositives().forEach(f -> out.println("+ " + f));
    }
}
