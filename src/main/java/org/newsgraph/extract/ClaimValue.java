package org.newsgraph.extract;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;
import org.newsgraph.time.TemporalValue;

/** The object of a claim: an entity, a date, a concept, a text, or an n-ary node's content. */
public sealed interface ClaimValue {

    /** Another entity. */
    record EntityValue(Mention entity) implements ClaimValue {
        public EntityValue {
            Objects.requireNonNull(entity, "entity");
        }
    }

    /** A date at the precision the text gives. */
    record DateValue(TemporalValue date) implements ClaimValue {
        public DateValue {
            Objects.requireNonNull(date, "date");
        }
    }

    /** A SKOS concept of the ontology, by local name (e.g. {@code ClosedBeta}). */
    record ConceptValue(String localName) implements ClaimValue {
        public ConceptValue {
            if (localName == null || !localName.matches("[A-Z][A-Za-z]+")) {
                throw new IllegalArgumentException("bad concept name: " + localName);
            }
        }
    }

    /** A plain text value (a capability, a name) with its language tag ("" for none). */
    record TextValue(String text, String language) implements ClaimValue {
        public TextValue {
            if (text == null || text.isBlank()) {
                throw new IllegalArgumentException("empty text value");
            }
            Objects.requireNonNull(language, "language");
        }
    }

    /** A rank on a leaderboard, optionally in a category. */
    record RankingValue(Mention leaderboard, int rank, String category) implements ClaimValue {
        public RankingValue {
            Objects.requireNonNull(leaderboard, "leaderboard");
            if (rank < 1) {
                throw new IllegalArgumentException("rank must be >= 1: " + rank);
            }
        }
    }

    /**
     * A job title, at an organization when known, and whether it is a former role; a title written
     * "former X" or "ex-X" is the former role X.
     */
    record RoleValue(String title, Mention organization, boolean former) implements ClaimValue {
        /** "former chief executive", "ex-CEO". */
        private static final Pattern FORMER_TITLE = Pattern.compile("(?i)(?:former\\s+|ex-)(\\S.*)");

        public RoleValue {
            if (title == null || title.isBlank()) {
                throw new IllegalArgumentException("a role needs a title");
            }
            Matcher past = FORMER_TITLE.matcher(title);
            if (past.matches()) {
                title = past.group(1);
                former = true;
            }
        }
    }


    /** A number with its unit and what it measures. */
    record MeasurementValue(BigDecimal quantity, String unit, String measures) implements ClaimValue {
        public MeasurementValue {
            Objects.requireNonNull(quantity, "quantity");
            Objects.requireNonNull(unit, "unit");
        }
    }
}
