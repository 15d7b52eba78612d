package org.newsgraph.extract;

import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;
import org.newsgraph.time.DateMention;
import org.newsgraph.time.TemporalValue;

/**
 * How a model can be had: open weights ("an open-source model", "can be downloaded", "under the
 * MIT license"), an API, a beta, a limited preview, a free tier ("free to use"), a consumer app
 * ("in the Foo app"), enterprise access ("for business customers") or a paid plan ("paying
 * subscribers"). The model is found by {@link ModelSubject}; a sentence that names no model and
 * opens with the offer itself ("A free tier is planned ...") speaks of the model in focus. A list
 * after a colon ("three open-weight models: A, B and C") gives each model. Negated or hypothetical
 * clauses are skipped, except for what they presuppose ("whether X leaves its limited preview").
 * "Scheduled to open on April 30" becomes a planned claim dated April 30. Out:
 * {@code ng:availability} claims holding as of the date in their clause or the publication date.
 */
public final class AvailabilityExtractor implements Extractor {
    private record Cue(Pattern pattern, String concept, String... keywords) { }

    private static final int CASE = Pattern.CASE_INSENSITIVE;
    private static final List<Cue> CUES = List.of(
            new Cue(Pattern.compile("\\bopen[- ](?:source|weights?)\\b(?!\\s+(?:contenders?|rivals?|competitors?|"
                    + "alternatives?|ecosystems?|options?|labs?|teams?|systems|movement|community|entry|entries)\\b)"
                    + "|\\bopen[- ]sourc(?:ed|ing|es)\\b|\\b(?:can be|be) downloaded\\b|\\bavailable (?:for|to) download\\b"
                    + "|\\bweights are (?:available|on|published|released)\\b|\\bunder (?:the |an? )?(?:MIT|Apache|open)"
                    + "[\\w .-]{0,12}licen[cs]e\\b|\\bunder Apache\\b", CASE), "OpenWeights", "open", "download",
                    "weights", "under"),
            new Cue(Pattern.compile("\\bclosed beta\\b", CASE), "ClosedBeta", "beta"),
            new Cue(Pattern.compile("\\b(?:in|still in|open|public) beta(?: testing)?\\b", CASE), "Beta", "beta"),
            new Cue(Pattern.compile("\\blimited preview\\b", CASE), "LimitedPreview", "preview"),
            new Cue(Pattern.compile("\\b(?:an|the|via|through|its|their|a|managed|hosted)\\s+(?:[\\p{L}'’-]+\\s+)?API\\b"
                    + "|^API\\b|\\bAPI (?:access|launch|prices|pricing)\\b"), "API", "api"),
            new Cue(Pattern.compile("\\bfree (?:tier|to use|version|plan)\\b|\\bfor free\\b|\\bfree of charge\\b"
                    + "|\\b(?:be|is|are|remains?|stays?)\\s+free\\s+for\\b", CASE),
                    "FreeTier", "free"),
            new Cue(Pattern.compile("\\bconsumer[- ](?:facing|app|apps|product|tier|version)\\b(?!\\s+(?:[\\w-]+\\s+){0,2}"
                    + "(?:team|unit|division|group|lab|business|operation)s?\\b)|\\b(?:mobile|chatbot)"
                    + " apps?\\b|\\b(?:the|its|their) (?:\\p{Lu}[\\p{L}\\d-]*\\s){1,3}app\\b|\\b's (?:[a-z]+ )?apps\\b"), "ConsumerApp",
                    "consumer", " app"),
            new Cue(Pattern.compile("\\benterprise (?:customers|clients|users|access|tier|API|license|plan|product|"
                    + "offering|version|edition)\\b|\\bbusiness customers\\b", CASE), "Enterprise", "enterprise",
                    "business customers"),
            new Cue(Pattern.compile("\\b(?:paid (?:plans?|tiers?|subscriptions?)|premium subscriptions?|paying "
                    + "(?:subscribers|customers|users))\\b", CASE), "PaidPlan", "paid", "paying", "premium"));
    private static final Pattern VERB_CUE = Pattern.compile("(?i)open[- ]sourc(?:ed|ing|es)");
    private static final int OBJECT_REACH = 80;
    private static final Pattern PRESUPPOSED = Pattern.compile("\\bout of (?:its|their|the) $");
    private static final Pattern COLON_LIST = Pattern.compile("^[^.:;]{0,60}:\\s");
    private static final Pattern OFFER_SUBJECT = Pattern.compile("^\\s*(?:(?:and|but)\\s+)?(?:(?:an?|the|its)\\s+)?"
            + "(?:[\\p{L}-]+\\s+)?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORG_LAUNCHING = Pattern.compile("^\\s+(?:is|are|will be)?\\s*(?:also\\s+|now\\s+|"
            + "reportedly\\s+)?(?:launching|offering|opening|rolling out|introducing|adding|preparing|planning|"
            + "readying)\\b");

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        for (Cue cue : CUES) {
            if (!ctx.mentionsAny(cue.keywords())) {
                continue;
            }
            Matcher m = cue.pattern().matcher(ctx.text()).region(ctx.sentence().begin(), ctx.sentence().end());
            while (m.find()) {
                emit(ctx, cue.concept(), m.start(), m.end(), out);
            }
        }
    }

    private static void emit(SentenceContext ctx, String concept, int begin, int end, Consumer<Claim> out) {
        int clauseFrom = StatusCues.clauseStart(ctx, begin);
        int clauseTo = StatusCues.clauseEnd(ctx, end);
        String clause = ctx.text().substring(clauseFrom, clauseTo);
        if (StatusCues.negatedOrHypothetical(clause) && !PRESUPPOSED.matcher(ctx.head(begin)).find()) {
            return;
        }
        TemporalValue asOf = dateIn(ctx, clauseFrom, clauseTo);
        List<Mention> listed = colonList(ctx, end);
        if (!listed.isEmpty()) {
            listed.forEach(model -> accept(ctx, model, concept, begin, end, asOf, out));
            return;
        }
        Mention model = ModelSubject.of(ctx, begin);
        if (model == null && VERB_CUE.matcher(ctx.text().substring(begin, end)).matches()) {
            model = ctx.mentions(Kinds.MODEL).stream().filter(m -> m.begin() >= end && m.begin() - end <= OBJECT_REACH)
                    .findFirst().orElse(null);
        }
        if (model == null && offersInFocus(ctx, begin)) {
            model = ctx.localTopic();
        }
        if (model != null) {
            accept(ctx, model, concept, begin, end, asOf, out);
        }
    }

    private static void accept(SentenceContext ctx, Mention model, String concept, int begin, int end,
                               TemporalValue asOf, Consumer<Claim> out) {
        boolean inSentence = ctx.mentions().contains(model);
        int from = inSentence ? Math.min(model.begin(), begin) : begin;
        int to = inSentence ? Math.max(model.end(), end) : end;
        ClaimFactory claims = new ClaimFactory(ctx);
        out.accept(claims.claim(model, Relation.AVAILABILITY, new ClaimValue.ConceptValue(concept), from,
                to, inSentence ? "availability" : "availability-topic", inSentence ? 0.75 : 0.6,
                asOf != null ? asOf : claims.publicationDay()));
    }

    /** The models listed after a colon that follows the cue ("open-weight models ...: A, B and C"). */
    private static List<Mention> colonList(SentenceContext ctx, int cueEnd) {
        Matcher m = COLON_LIST.matcher(ctx.rest(cueEnd));
        if (!m.find()) {
            return List.of();
        }
        int from = cueEnd + m.end();
        return ctx.mentions(Kinds.MODEL).stream().filter(x -> x.begin() >= from).toList();
    }

    /**
     * Whether a sentence that names no model speaks of the model in focus: the offer opens it ("A
     * free tier is planned"), or its subject organization is launching the offer.
     */
    private static boolean offersInFocus(SentenceContext ctx, int cueBegin) {
        if (!ctx.mentions(Kinds.MODEL).isEmpty()) {
            return false;
        }
        if (OFFER_SUBJECT.matcher(ctx.text().substring(StatusCues.clauseStart(ctx, cueBegin), cueBegin)).matches()) {
            return true;
        }
        List<Mention> orgs = ctx.mentions(Kinds.ORG);
        return !orgs.isEmpty() && orgs.get(0).end() < cueBegin
                && ORG_LAUNCHING.matcher(ctx.text().substring(orgs.get(0).end(), cueBegin)).find();
    }

    private static TemporalValue dateIn(SentenceContext ctx, int from, int to) {
        for (DateMention d : ctx.dates()) {
            if (d.begin() >= from && d.end() <= to) {
                return d.value();
            }
        }
        return null;
    }
}
