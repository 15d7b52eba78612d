package org.newsgraph.mention;

/** The kinds of entity the graph knows, each mapped to its ontology class local name. */
public enum EntityType {
    ORGANIZATION("Organization"),
    ORGANIZATION_UNIT("OrganizationUnit"),
    PERSON("Person"),
    MODEL("Model"),
    PRODUCT("Product"),
    LEADERBOARD("Leaderboard");

    private final String className;

    EntityType(String className) {
        this.className = className;
    }

    /** Local name of the class in the ng: namespace, e.g. {@code OrganizationUnit}. */
    public String className() {
        return className;
    }

    /** Whether the entity is an organization (a unit is also an organization). */
    public boolean isOrganization() {
        return this == ORGANIZATION || this == ORGANIZATION_UNIT;
    }

    /** Whether the entity is something made: a model or a product. */
    public boolean isArtifact() {
        return this == MODEL || this == PRODUCT;
    }

    /** The type for an ontology class local name, or null if it is not one of ours. */
    public static EntityType fromClassName(String localName) {
        for (EntityType t : values()) {
            if (t.className.equals(localName)) {
                return t;
            }
        }
        return null;
    }
}
