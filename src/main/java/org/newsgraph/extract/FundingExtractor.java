package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.WordLists;

/**
 * Investors named in a company's funding: "Foo raised $270 million from A, B and
 * C", "Foo secured funding in a round led by A", "A and B invested in Foo", "A led Foo's
 * round", "A led a $75 million round that valued Foo at ...", "A-backed Foo", "Foo, backed by A and B",
 * "investors in Foo include A and B". The verbs and cue words are the word
 * lists {@code funding-verbs}, {@code investor-cues} and {@code investing-verbs}. In: one sentence;
 * out: {@code ng:fundedBy} claims from the company funded to each investor.
 */
public final class FundingExtractor implements Extractor {
    private static final Pattern RAISE = Pattern.compile("\\b(?:" + WordLists.alternation("funding-verbs")
            + "|(?:(?:Series [A-Z]\\d?|seed|late-stage|early-stage|funding|financing|investment) round)"
            + "|round of funding|funding|financing|(?:[Tt]he|[Aa]|[Tt]his|[Ii]ts|latest|new) round)\\b");
    private static final Pattern INVESTOR_CUE = Pattern.compile("\\b" + WordLists.alternation("investor-cues") + "\\s+");
    private static final Pattern INVEST = Pattern.compile("^\\s+(?:(?:has|have|had|also|will|would|is|are|previously|"
            + "first|later|then|recently|already|reportedly|plans to|agreed to|agree to|said it|to)\\s+){0,3}("
            + WordLists.alternation("investing-verbs") + ")\\b");
    private static final Pattern PREPOSITION = Pattern.compile("\\b(?:in|into|for)\\s+(?:the\\s+)?");
    private static final Pattern MONEY_WORDS = Pattern.compile("\\b(?:round|funding|financing|investment|stake|"
            + "invest\\w*|\\$|€|£|million|billion)");
    private static final Pattern BACKED = Pattern.compile("^-backed\\s+(?:[\\p{L}-]+\\s+){0,4}?$");
    private static final Pattern BACKED_BY = Pattern.compile("^,?\\s+(?:(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+){0,5}?)?"
            + "(?:(?:which|that|is|was|are|also|has been)\\s+){0,2}backed by\\s+");
    private static final Pattern LED = Pattern.compile("^-led\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:raise|round|financing|funding|"
            + "investment)\\b");
    private static final Pattern APPOSITIVE_END = Pattern.compile("^[^,]*,\\s+(?:said|says|announced|told)\\b");
    private static final Pattern PLANNED_INVEST = Pattern.compile("^\\s+(?:(?:plans|will|would|is set|agreed|have agreed|has agreed)\\s+)?to\\b");
    private static final Pattern FOR_COMPANY = Pattern.compile("^\\s+(?:for|in|into)\\s+(?:the\\s+)?(?:"
            + FundedCompany.OWN_COMPANY + ")?");
    private static final Pattern NEW_COMPANY = Pattern.compile("\\s+(?:for|in|into)\\s+" + FundedCompany.OWN_COMPANY);
    private static final Pattern NOT_FUNDING = Pattern.compile("\\b" + WordLists.alternation("not-funding-words") + "\\b");
    private static final Pattern ITS = Pattern.compile("\\b(?:it|its|[Tt]he (?:company|startup|firm|lab|group|developer))\\b");
    private static final Pattern DEFINITE_ROUND = Pattern.compile("(?:^|\\s)(?:[Tt]he|[Tt]his|[Ii]ts)\\s+(?:[\\w+-]+\\s+){0,3}$");
    private static final Pattern THE_ROUND = Pattern.compile("(?:[Tt]he|[Tt]his)\\s+round");
    private static final Pattern INVESTORS_IN = Pattern.compile("\\b(?:investors|backers|shareholders)\\s+in\\s+(?:the\\s+)?");
    private static final Pattern INCLUDE = Pattern.compile("\\s+(?:include|included|includes|are|were|such as)\\s+");
    /** "A led a $75 million round that valued Foo at ...": the words before the company the round values. */
    private static final Pattern VALUED = Pattern.compile("^[^,;]{0,40}?\\b(?:that|which)\\s+valu(?:ed|es)\\s+");
    private static final Pattern AMOUNT_NEXT = Pattern.compile("\\s*\\d");
    private static final int SUBJECT_REACH = 90;

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        if (!ctx.mentionsAny("rais", "fund", "invest", "round", "backed", "led", "secur", "stake", "inject")) {
            return;
        }
        Matcher raise = RAISE.matcher(ctx.text()).region(ctx.sentence().begin(), ctx.sentence().end());
        while (raise.find()) {
            Mention named = companyAfter(ctx, raise.end());
            Mention company = NEW_COMPANY.matcher(ctx.rest(raise.end())).lookingAt()
                    ? named : companyBefore(ctx, raise.start());
            if (company != null && FundedCompany.investsAfter(ctx, company)) {
                Mention lead = company;
                company = organizationAfter(ctx, raise.end(), VALUED);
                if (company != null) {
                    emit(ctx, company, List.of(lead), "led-round", out);
                }
            }
            if (company == null && pointsToCompany(ctx, raise)) {
                company = THE_ROUND.matcher(raise.group()).matches() ? ctx.mostNamedOrganization()
                        : ctx.localOrganization();
            }
            Mention after = company == null ? named : null;
            if (company != null || after != null) {
                investorsAfter(ctx, company != null ? company : after, company != null ? raise.end() : after.end(), out);
            }
        }
        for (Mention m : ctx.mentions(Kinds.ORG)) {
            backing(ctx, m, out);
        }
        investorsIn(ctx, out);
    }

    /** "Some notable investors in Foo include A and B". */
    private static void investorsIn(SentenceContext ctx, Consumer<Claim> out) {
        Matcher in = INVESTORS_IN.matcher(ctx.text()).region(ctx.sentence().begin(), ctx.sentence().end());
        while (in.find()) {
            int at = in.end();
            Mention company = ctx.mentions(Kinds.ORG).stream().filter(m -> m.begin() == at).findFirst().orElse(null);
            Matcher include = company == null ? null : INCLUDE.matcher(ctx.rest(company.end()));
            if (include != null && include.lookingAt()) {
                emit(ctx, company, NameList.investors(ctx, company.end() + include.end()), "investors-in", out);
            }
        }
    }

    /**
     * Whether a round whose company is not named belongs to the company in focus: "it", "its" or
     * "the startup" before the round words, or a definite round ("The seed round was led by ...",
     * "Others in the round included ...": the company the document names most).
     */
    private static boolean pointsToCompany(SentenceContext ctx, Matcher raise) {
        return ITS.matcher(ctx.text().substring(ctx.sentence().begin(), raise.end())).find()
                || DEFINITE_ROUND.matcher(ctx.head(raise.start())).find() || THE_ROUND.matcher(raise.group()).matches();
    }

    /**
     * The organization closest before the funding verb, within reach; the sentence's first
     * organization when the closest sits in an appositive about it ("Foo, a rival of Bar, said it
     * raised").
     */
    private static Mention companyBefore(SentenceContext ctx, int verb) {
        List<Mention> orgs = ctx.mentions(Kinds.ORG);
        Mention best = null;
        for (Mention m : orgs) {
            if (m.end() <= verb && verb - m.end() <= SUBJECT_REACH) {
                best = m;
            }
        }
        if (best != null && best != orgs.get(0) && APPOSITIVE_END.matcher(ctx.text().substring(best.end(), verb)).find()
                && ctx.text().substring(orgs.get(0).end(), best.begin()).startsWith(",")) {
            return orgs.get(0);
        }
        return best;
    }

    /**
     * "funding for Foo", "round in Foo", "a seed round for his new company, Foo": the organization the funding is
     * for.
     */
    private static Mention companyAfter(SentenceContext ctx, int from) {
        return organizationAfter(ctx, from, FOR_COMPANY);
    }

    /** The organization named right where {@code words}, matched from {@code from}, end; or null. */
    private static Mention organizationAfter(SentenceContext ctx, int from, Pattern words) {
        Matcher m = words.matcher(ctx.rest(from));
        if (!m.find()) {
            return null;
        }
        int at = from + m.end();
        return ctx.mentions(Kinds.ORG).stream().filter(o -> o.begin() == at).findFirst().orElse(null);
    }

    private static void investorsAfter(SentenceContext ctx, Mention company, int from, Consumer<Claim> out) {
        Matcher cue = INVESTOR_CUE.matcher(ctx.text()).region(from, ctx.sentence().end());
        List<Mention> investors = new ArrayList<>();
        while (cue.find() && !NOT_FUNDING.matcher(ctx.text().substring(from, cue.start())).find()) {
            investors.addAll(NameList.investors(ctx, cue.end()));
        }
        emit(ctx, company, investors, "raised-from", out);
    }

    /** "A and B invested in Foo", "A-backed Foo", "Foo, backed by A". */
    private static void backing(SentenceContext ctx, Mention m, Consumer<Claim> out) {
        List<Mention> ms = ctx.mentions();
        int i = ms.indexOf(m);
        Mention next = i + 1 < ms.size() ? ms.get(i + 1) : null;
        String rest = ctx.rest(m.end());
        Matcher backedBy = BACKED_BY.matcher(rest);
        if (backedBy.find()) {
            emit(ctx, m, NameList.investors(ctx, m.end() + backedBy.end()), "backed-by", out);
        }
        if (LED.matcher(rest).find()) {
            Mention company = FundedCompany.of(ctx, OrgLists.endingWith(ctx, m).get(0).begin(), m.end());
            if (company != null) {
                emit(ctx, company, OrgLists.endingWith(ctx, m), "led-round", out);
            }
        }
        Matcher invest = INVEST.matcher(rest);
        if (invest.find() && MONEY_WORDS.matcher(ctx.sentence().text()).find()) {
            List<Mention> target = investedIn(ctx, m.end() + invest.end(1));
            boolean planned = PLANNED_INVEST.matcher(rest).find();
            if (!target.isEmpty()) {
                emit(ctx, target.get(0), OrgLists.endingWith(ctx, m), "invested-in",
                        planned ? c -> out.accept(c.withStatus(Status.PLANNED)) : out);
            }
        } else if (next != null && Kinds.ORG.test(next) && BACKED.matcher(ctx.between(m, next)).matches()) {
            emit(ctx, next, OrgLists.endingWith(ctx, m), "org-backed", out);
        }
    }

    /** The company after the first "in", "into" or "for" (within a few words) that names one. */
    private static List<Mention> investedIn(SentenceContext ctx, int verbEnd) {
        int from = verbEnd;
        while (from < ctx.sentence().end() && Character.isWhitespace(ctx.text().charAt(from))) {
            from++;
        }
        Matcher prep = PREPOSITION.matcher(ctx.text()).region(from, Math.min(ctx.sentence().end(), from + 80));
        List<Mention> direct = NameList.at(ctx, from, EntityType.ORGANIZATION);
        if (!direct.isEmpty() && !AMOUNT_NEXT.matcher(ctx.rest(direct.get(0).end())).lookingAt()) {
            return direct;
        }
        while (prep.find()) {
            List<Mention> named = NameList.at(ctx, prep.end(), EntityType.ORGANIZATION);
            if (!named.isEmpty()) {
                return named;
            }
        }
        return List.of();
    }

    private static void emit(SentenceContext ctx, Mention company, List<Mention> investors, String rule,
                             Consumer<Claim> out) {
        ClaimFactory claims = new ClaimFactory(ctx);
        for (Mention investor : investors) {
            if (investor.key().equals(company.key())) {
                continue;
            }
            boolean companyHere = company.begin() >= ctx.sentence().begin() && company.end() <= ctx.sentence().end();
            int begin = companyHere ? Math.min(company.begin(), investor.begin()) : ctx.sentence().begin();
            int end = companyHere ? Math.max(company.end(), investor.end()) : investor.end();
            if (!StatusCues.negatedOrHypothetical(ctx.text().substring(begin, end))) {
                out.accept(claims.claim(company, Relation.FUNDED_BY, new ClaimValue.EntityValue(investor),
                        begin, end, rule, 0.75));
            }
        }
    }
}
