package org.newsgraph.extract;

import java.util.function.Predicate;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;

/** Mention tests shared by the rules. */
final class Kinds {
    static final Predicate<Mention> ORG = m -> m.type().isOrganization();
    static final Predicate<Mention> UNIT = m -> m.type() == EntityType.ORGANIZATION_UNIT;
    static final Predicate<Mention> ARTIFACT = m -> m.type().isArtifact();
    static final Predicate<Mention> MODEL = m -> m.type() == EntityType.MODEL;
    static final Predicate<Mention> PERSON = m -> m.type() == EntityType.PERSON;
    static final Predicate<Mention> LEADERBOARD = m -> m.type() == EntityType.LEADERBOARD;

    private Kinds() { }

    /** The key of the model family a mention belongs to (its own key when it is not a version). */
    static String familyOf(Mention m) {
        return m.isVersion() ? m.familyKey() : m.key();
    }
}
