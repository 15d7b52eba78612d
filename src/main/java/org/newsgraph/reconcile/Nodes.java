package org.newsgraph.reconcile;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Optional;
import org.apache.jena.graph.Node;

/** Small helpers over RDF nodes: a stable order and date arithmetic on xsd literals. */
final class Nodes {
    /** Orders nodes by their string form, so results never depend on reading order. */
    static final Comparator<Node> ORDER = Comparator.comparing(Node::toString);

    private Nodes() { }

    /** The first day an xsd:date, gYearMonth or gYear literal covers. */
    static Optional<LocalDate> start(Node literal) {
        if (literal == null || !literal.isLiteral()) {
            return Optional.empty();
        }
        String lex = literal.getLiteralLexicalForm();
        try {
            if (lex.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return Optional.of(LocalDate.parse(lex));
            } else if (lex.matches("\\d{4}-\\d{2}")) {
                return Optional.of(LocalDate.parse(lex + "-01"));
            } else if (lex.matches("\\d{4}")) {
                return Optional.of(LocalDate.of(Integer.parseInt(lex), 1, 1));
            }
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether two dates lie within {@code days} of each other; an unknown date matches any. */
    static boolean withinDays(Node a, Node b, long days) {
        Optional<LocalDate> x = start(a);
        Optional<LocalDate> y = start(b);
        return x.isEmpty() || y.isEmpty() || Math.abs(ChronoUnit.DAYS.between(x.get(), y.get())) <= days;
    }
}
