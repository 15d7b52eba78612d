package org.newsgraph.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Keys;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.TableRows;
import org.newsgraph.time.DateFinder;
import org.newsgraph.time.DateMention;
import org.newsgraph.time.TemporalValue;

/**
 * Reads markdown table rows by their header: the model (the "Model" column, else the first cell)
 * is developed by the organization in a "Developer"/"Company"/"Lab"/"Maker" column (a name there is
 * an organization's even when no cue found it); a number in a "Rank"
 * column ranks it on the leaderboard named in the sentence just above or below the table (with its
 * category and "as of" date); a number in an "Elo"/"Score" column measures it; an "Access" or
 * "Availability" column lists how it is offered. Out: claims with the cell as evidence.
 */
public final class TableExtractor implements Extractor {
    private static final Pattern INTEGER = Pattern.compile("^(?:No\\.\\s*|#)?(\\d{1,3})$");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)$");
    private static final Pattern CATEGORY = Pattern.compile("\\b(text[- ]to[- ]video|image[- ]to[- ]video|"
            + "text[- ]to[- ]image)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME_CELL = Pattern.compile("\\p{Lu}[\\p{L}.&-]*(?: \\p{Lu}[\\p{L}.&-]*){0,3}");
    private static final DateFinder DATES = new DateFinder();

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        Sentence row = ctx.sentence();
        List<Sentence> all = ctx.document().sentences();
        if (!TableRows.isRow(row) || TableRows.isSeparator(row) || TableRows.header(all, row) == row) {
            return;
        }
        List<TableRows.Cell> header = TableRows.cells(TableRows.header(all, row));
        List<TableRows.Cell> cells = TableRows.cells(row);
        int modelColumn = Math.max(0, TableRows.column(header, "model", "system", "name"));
        Mention model = first(ctx, cells, modelColumn, Kinds.ARTIFACT);
        if (model == null) {
            return;
        }
        ClaimFactory claims = new ClaimFactory(ctx);
        int makerColumn = TableRows.column(header, "developer", "company", "lab", "maker", "vendor");
        Mention maker = first(ctx, cells, makerColumn, Kinds.ORG);
        if (maker == null && makerColumn >= 0 && makerColumn < cells.size()) {
            maker = organizationCell(cells.get(makerColumn));
        }
        if (maker != null && !maker.key().equals(model.key())) {
            out.accept(claims.claim(model, Relation.DEVELOPED_BY, new ClaimValue.EntityValue(maker), model.begin(),
                    maker.end(), "table-developer", 0.8));
        }
        rank(ctx, cells, TableRows.column(header, "rank", "position", "place"), model, out);
        score(ctx, header, cells, TableRows.column(header, "elo", "score", "rating"), model, out);
        TableAccess.apply(ctx, cells, TableRows.column(header, "access", "availability", "available"), model, out);
    }

    /** The cell of a maker column read as an organization's name when it is one ("Foo Studio"). */
    private static Mention organizationCell(TableRows.Cell c) {
        return NAME_CELL.matcher(c.text()).matches() ? new Mention(c.begin(), c.end(), c.text(), Keys.slug(c.text()),
                EntityType.ORGANIZATION, null, null, false) : null;
    }

    private static Mention first(SentenceContext ctx, List<TableRows.Cell> cells, int column,
                                 Predicate<Mention> kind) {
        if (column < 0 || column >= cells.size()) {
            return null;
        }
        TableRows.Cell c = cells.get(column);
        return ctx.mentions().stream().filter(m -> m.begin() >= c.begin() && m.end() <= c.end() && kind.test(m))
                .findFirst().orElse(null);
    }

    private static void rank(SentenceContext ctx, List<TableRows.Cell> cells, int column, Mention model,
                             Consumer<Claim> out) {
        Matcher m = column >= 0 && column < cells.size() ? INTEGER.matcher(cells.get(column).text()) : null;
        Sentence caption = m != null && m.find() ? caption(ctx) : null;
        if (caption == null || Integer.parseInt(m.group(1)) < 1) {
            return;
        }
        Mention board = ctx.discourse().mentions(caption.index()).stream().filter(Kinds.LEADERBOARD).findFirst().orElseThrow();
        Matcher cat = CATEGORY.matcher(caption.text());
        String category = cat.find() ? cat.group(1).toLowerCase(Locale.ROOT).replace(' ', '-') : null;
        List<DateMention> dates = DATES.find(ctx.text(), caption.begin(), caption.end(), ctx.published().date());
        ClaimFactory claims = new ClaimFactory(ctx);
        TemporalValue asOf = dates.isEmpty() ? claims.publicationDay() : dates.get(0).value();
        TableRows.Cell c = cells.get(column);
        out.accept(claims.claim(model, Relation.RANKING, new ClaimValue.RankingValue(board, Integer.parseInt(m.group(1)),
                category), Math.min(c.begin(), model.begin()), Math.max(c.end(), model.end()), "ranking-table", 0.75, asOf));
    }

    /** The sentence just above or below the table that names a leaderboard, or null. */
    private static Sentence caption(SentenceContext ctx) {
        List<Sentence> all = ctx.document().sentences();
        Sentence header = TableRows.header(all, ctx.sentence());
        int last = TableRows.lastRow(all, header);
        for (int i : new int[] {header.index() - 1, last + 1, header.index() - 2, last + 2}) {
            if (i >= 0 && i < all.size() && ctx.discourse().mentions(i).stream().anyMatch(Kinds.LEADERBOARD)) {
                return all.get(i);
            }
        }
        return null;
    }

    /** The document says its scores are Elo ratings ("Elo-style rating", "Elo: votes update ratings"). */
    private static final Pattern ELO_RATINGS = Pattern.compile("\\bElo\\b");

    private static void score(SentenceContext ctx, List<TableRows.Cell> header, List<TableRows.Cell> cells, int column,
                              Mention model, Consumer<Claim> out) {
        if (column < 0 || column >= cells.size()) {
            return;
        }
        Matcher m = NUMBER.matcher(cells.get(column).text());
        if (m.find()) {
            String h = header.get(column).text();
            boolean elo = h.toLowerCase(Locale.ROOT).contains("elo") || ELO_RATINGS.matcher(ctx.text()).find();
            String unit = elo ? "Elo" : h.toLowerCase(Locale.ROOT);
            TableRows.Cell c = cells.get(column);
            ClaimFactory claims = new ClaimFactory(ctx);
            out.accept(claims.claim(model, Relation.MEASUREMENT, new ClaimValue.MeasurementValue(
                    new BigDecimal(m.group(1).replace(",", "")), unit, h.strip()), model.begin(), c.end(),
                    "table-score", 0.75, claims.publicationDay()));
        }
    }
}
