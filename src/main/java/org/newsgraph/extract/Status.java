package org.newsgraph.extract;

/**
 * How a statement is made in the text. Only stated and reported statements are asserted as
 * triples; planned and rumoured ones exist only as claims.
 */
public enum Status {
    STATED("Stated"), REPORTED("Reported"), PLANNED("Planned"), RUMOURED("Rumoured");

    private final String conceptName;

    Status(String conceptName) {
        this.conceptName = conceptName;
    }

    /** Local name of the SKOS concept in the ng: namespace. */
    public String conceptName() {
        return conceptName;
    }

    /** Whether the claim's triple is asserted in the graph. */
    public boolean asserted() {
        return this == STATED || this == REPORTED;
    }
}
