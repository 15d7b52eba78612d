package org.newsgraph.eval;

import java.util.Locale;
import org.newsgraph.extract.Claim;
import org.newsgraph.extract.ClaimValue;

/**
 * Renders a claim as one line of a gold file: {@code subject TAB property TAB value TAB status}.
 * The value is an entity key, a concept name, a date in EDTF, {@code text@lang}, a ranking
 * {@code leaderboard#rank#category}, a role {@code title@organization} ({@code +former}) or a
 * measurement {@code quantity#unit#measures}. In: a claim; out: the line, or a {@link GoldLine}.
 */
public final class ClaimLines {
    private ClaimLines() { }

    /** The claim as a tab-separated line. */
    public static String line(Claim c) {
        return goldLine(c).toString();
    }

    /** The claim as a parsed gold line. */
    public static GoldLine goldLine(Claim c) {
        String iri = c.relation().iri();
        String property = iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);
        return new GoldLine(c.subject().key(), property, value(c.object()),
                c.status().conceptName().toLowerCase(Locale.ROOT));
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
        ClaimValue.MeasurementValue mv = (ClaimValue.MeasurementValue) v;
        return mv.quantity().stripTrailingZeros().toPlainString() + "#" + mv.unit() + "#"
                + (mv.measures() == null ? "" : mv.measures());
    }
}
