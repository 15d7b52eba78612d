package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.Sentence;
import org.newsgraph.time.DateFinder;
import org.newsgraph.time.DateMention;
import org.newsgraph.time.TemporalValue;

/**
 * Leaderboard positions: "No. 2 on ...", "the top spot", "topping the X leaderboard", "second
 * place", "ranks second", said of the model named before the cue or, in a sentence that opens with
 * "The model" or "It", of the model in focus; not when the cue belongs to another ("behind
 * whichever system holds the top slot"); and markdown table rows ("| Model | ... | No. 1, X leaderboard |") whose header may say
 * "as of DATE". A ranking needs a named leaderboard in the same sentence or row; former positions
 * ("previously No. 1") are skipped. Out: {@code ng:ranking} claims (model, leaderboard, rank,
 * category) holding as of the date in the sentence, the table header, or the publication date.
 */
public final class RankingExtractor implements Extractor {
    private static final Pattern CUE = Pattern.compile("\\bNo\\.\\s?(\\d{1,3})\\b|\\b(top spot|top slot|"
            + "top position|first place|number one|ranked first(?! or)|ranks first(?! or)|topping|topped|tops|"
            + "to the top of|at the top of|leading the|led the)\\b|\\b(second|third|fourth|fifth)(?:[- ]place| spot|"
            + " position)\\b|\\b(?:ranked|ranks|placed|places|sits|sat|came|finished|ranking) (second|third|fourth|"
            + "fifth)\\b(?! or)");
    private static final Pattern PRONOUN = Pattern.compile("^(?:The model|It|This model)\\b");
    private static final Pattern IT_BEFORE = Pattern.compile("\\b(?:it|the model)\\s+(?:now\\s+|still\\s+)?$");
    private static final Pattern BEHIND = Pattern.compile("\\b(?:behind|after|than|below|trails?|trailing|whichever|"
            + "whoever)\\b");
    private static final Pattern CATEGORY = Pattern.compile("\\b(text[- ]to[- ]video|image[- ]to[- ]video|"
            + "text[- ]to[- ]image|no[- ]audio|with audio|audio[- ]inclusive)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREVIOUS = Pattern.compile("\\b(?:previously|formerly|once|until)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern AS_OF = Pattern.compile("as of ([^|]+)", Pattern.CASE_INSENSITIVE);
    private static final DateFinder DATES = new DateFinder();
    private static final List<String> ORDINALS = List.of("second", "third", "fourth", "fifth");

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        List<Mention> boards = ctx.mentions(Kinds.LEADERBOARD);
        if (boards.isEmpty()) {
            return;
        }
        Matcher cue = CUE.matcher(ctx.text()).region(ctx.sentence().begin(), ctx.sentence().end());
        while (cue.find()) {
            Mention model = ctx.lastBefore(cue.start(), Kinds.MODEL);
            if (IT_BEFORE.matcher(ctx.head(cue.start())).find()) {
                Mention first = ModelSubject.sentenceSubject(ctx);
                model = first != null && Kinds.MODEL.test(first) && first.begin() == ctx.sentence().begin()
                        ? first : ctx.localTopic();
            } else if (model == null && PRONOUN.matcher(ctx.sentence().text()).find()) {
                model = ctx.localTopic();
            }
            if (model == null) {
                continue;
            }
            String between = ctx.mentions().contains(model) ? ctx.text().substring(model.end(), cue.start()) : "";
            if (!PREVIOUS.matcher(between).find() && !BEHIND.matcher(between).find()) {
                emit(ctx, model, boards.get(0), rank(cue), cue, out);
            }
        }
    }

    private static int rank(Matcher cue) {
        if (cue.group(1) != null) {
            return Integer.parseInt(cue.group(1));
        }
        String ordinal = cue.group(3) != null ? cue.group(3) : cue.group(4);
        return ordinal == null ? 1 : ORDINALS.indexOf(ordinal.toLowerCase(Locale.ROOT)) + 2;
    }

    private static void emit(SentenceContext ctx, Mention model, Mention board, int rank, Matcher cue,
                             Consumer<Claim> out) {
        Matcher cat = CATEGORY.matcher(ctx.sentence().text());
        String category = cat.find() ? cat.group(1).toLowerCase(Locale.ROOT).replace(' ', '-') : null;
        boolean inSentence = ctx.mentions().contains(model);
        int begin = inSentence ? Math.min(model.begin(), board.begin()) : Math.min(cue.start(), board.begin());
        int end = Math.max(Math.max(cue.end(), board.end()), inSentence ? model.end() : 0);
        if (category != null) {
            end = Math.max(end, ctx.sentence().begin() + cat.end(1));
            begin = Math.min(begin, ctx.sentence().begin() + cat.start(1));
        }
        ClaimFactory claims = new ClaimFactory(ctx);
        TemporalValue asOf = asOf(ctx, begin, end);
        out.accept(claims.claim(model, Relation.RANKING, new ClaimValue.RankingValue(board, rank, category),
                begin, end, ctx.sentence().text().startsWith("|") ? "ranking-table" : "ranking", 0.8,
                asOf != null ? asOf : claims.publicationDay()));
    }

    /** A date in the ranking's own clause, else an "as of" date in the table header, else null. */
    private static TemporalValue asOf(SentenceContext ctx, int begin, int end) {
        int clauseFrom = StatusCues.clauseStart(ctx, begin);
        int clauseTo = StatusCues.clauseEnd(ctx, end);
        for (DateMention d : ctx.dates()) {
            if (d.begin() >= clauseFrom && d.end() <= clauseTo) {
                return d.value();
            }
        }
        Sentence header = tableHeader(ctx);
        if (header == null) {
            return null;
        }
        Matcher m = AS_OF.matcher(header.text());
        if (!m.find()) {
            return null;
        }
        LocalDate anchor = ctx.published().date();
        int from = header.begin() + m.start(1);
        List<DateMention> found = DATES.find(ctx.text(), from, header.begin() + m.end(1), anchor);
        return found.isEmpty() ? null : found.get(0).value();
    }

    private static Sentence tableHeader(SentenceContext ctx) {
        List<Sentence> all = ctx.document().sentences();
        int i = ctx.sentence().index();
        if (!ctx.sentence().text().startsWith("|")) {
            return null;
        }
        while (i > 0 && all.get(i - 1).text().startsWith("|")) {
            i--;
        }
        return all.get(i);
    }
}
