package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.TableRows;

/**
 * Reads an "Access" table cell ("API, Gemini app", "Paid plans", "Open weights") item by item.
 * In: the row's cells, the access column and the row's model. Out: {@code ng:availability}
 * claims, one per item that names a way of getting the model.
 */
final class TableAccess {
    private static final Map<String, String> ITEMS = Map.of("api", "API", "open weights", "OpenWeights",
            "open-weight", "OpenWeights", "open source", "OpenWeights", "free tier", "FreeTier", "free", "FreeTier",
            "beta", "Beta", "enterprise", "Enterprise", "paid plan", "PaidPlan", "subscription", "PaidPlan");

    private TableAccess() { }

    static void apply(SentenceContext ctx, List<TableRows.Cell> cells, int column, Mention model, Consumer<Claim> out) {
        if (column < 0 || column >= cells.size()) {
            return;
        }
        TableRows.Cell cell = cells.get(column);
        int at = cell.begin();
        for (String item : cell.text().split(",")) {
            int begin = ctx.text().indexOf(item.strip(), at);
            String concept = concept(item.strip().toLowerCase(Locale.ROOT));
            if (concept != null && begin >= 0) {
                ClaimFactory claims = new ClaimFactory(ctx);
                out.accept(claims.claim(model, Relation.AVAILABILITY, new ClaimValue.ConceptValue(concept),
                        model.begin(), begin + item.strip().length(), "availability-table", 0.75, claims.publicationDay()));
            }
            at += item.length() + 1;
        }
    }

    private static String concept(String item) {
        String singular = item.endsWith("s") ? item.substring(0, item.length() - 1) : item;
        if (ITEMS.containsKey(item)) {
            return ITEMS.get(item);
        }
        if (ITEMS.containsKey(singular)) {
            return ITEMS.get(singular);
        }
        return item.endsWith(" app") || item.endsWith(" apps") ? "ConsumerApp" : null;
    }
}
