package org.newsgraph.pipeline;

import org.newsgraph.extract.Claim;
import org.newsgraph.extract.ClaimValue;

/**
 * Renders a claim as one line of a golden file: {@code subject TAB property TAB value TAB status},
 * where the value is an entity key, a concept name, a date in EDTF, {@code text@lang}, a ranking
 * {@code leaderboard#rank#category} or a role {@code title@organization} ({@code +former}).
 */
final class GoldenClaims {
    private GoldenClaims() { }

    static String line(Claim c) {
        String iri = c.relation().iri();
        String property = iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
        return c.subject().key() + "\t" + property + "\t" + value(c.object()) + "\t"
                + c.status().conceptName().toLowerCase(java.util.Locale.ROOT);
    }

    private static String value(ClaimValue v) {
        if (v instanceof ClaimValue.EntityValue ev) {
            return ev.entity().key();
        } else if (v instanceof ClaimValue.DateValue dv) {
            return dv.date().edtf();
        } else if (v instanceof ClaimValue.ConceptValue cv) {
            return cv.localName();
        } else if (v instanceof ClaimValue.TextValue tv) {
            return tv.text() + "@" + tv.language();
        } else if (v instanceof ClaimValue.RankingValue rv) {
            return rv.leaderboard().key() + "#" + rv.rank() + "#" + rv.category();
        } else if (v instanceof ClaimValue.RoleValue rv) {
            return rv.title() + "@" + (rv.organization() == null ? "" : rv.organization().key())
                    + (rv.former() ? "+former" : "");
        }
        return v.toString();
    }
}
