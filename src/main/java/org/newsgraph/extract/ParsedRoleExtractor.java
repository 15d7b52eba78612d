package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.DependencyParse;
import org.newsgraph.text.WordLists;

/**
 * Job titles read from the dependency parse, always with their organization. The title phrases
 * come from {@link RoleTitles}; this class finds where a title meets a person:
 * <ul>
 *   <li>in apposition: "Jane Doe, vice-president of Acme and head of research at Bar";</li>
 *   <li>before the name: "the company's chief research officer Jane Doe", "Acme CTO Jane Doe";</li>
 *   <li>after a copula: "Jane Doe is a senior reporter for Acme", "Jane Doe, who is also the CEO of
 *   Acme", "Jane Doe will become interim chief executive" (lists {@code structure-copula-lemmas});</li>
 *   <li>after an appointment: "Acme named Jane Doe as its chief scientist" (list
 *   {@code structure-appointment-lemmas}).</li>
 * </ul>
 * In: a sentence with a person and a title word; out: {@code ng:hasRole} claims (a title with no
 * organization is left to {@link RoleExtractor}).
 */
public final class ParsedRoleExtractor implements Extractor {
    private static final Set<String> COPULAS = WordLists.set("structure-copula-lemmas");
    private static final Set<String> APPOINTMENTS = WordLists.set("structure-appointment-lemmas");
    private static final Set<String> BEFORE_NAME = Set.of("compound", "nmod", "appos");
    private static final String[] HEADS = RoleTitles.HEADS.toArray(String[]::new);

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        boolean noOrganization = ctx.mentions(Kinds.ORG).isEmpty() && ctx.localOrganization() == null;
        if (!ctx.mentionsAny(HEADS) || noOrganization) {
            return;
        }
        DependencyParse parse = ctx.parse().orElse(null);
        if (parse == null) {
            return;
        }
        RoleTitles titles = new RoleTitles(ctx, new ParseArguments(ctx, parse));
        List<Mention> people = new ArrayList<>(ctx.mentions(Kinds.PERSON));
        people.addAll(titles.args().unknownPeople());
        for (Mention person : people) {
            int p = titles.args().headToken(person);
            if (p >= 0) {
                for (int t : titleTokens(parse, person, p, titles.args())) {
                    titles.emit(person, p, t, out);
                }
            }
        }
    }

    /** The heads of the title phrases that meet the person whose name is headed by token {@code p}. */
    private static List<Integer> titleTokens(DependencyParse parse, Mention person, int p, ParseArguments args) {
        List<Integer> out = new ArrayList<>(parse.children(p, "appos"));
        for (int c = 0; c < parse.size(); c++) {
            boolean before = args.token(c).end() <= person.begin();
            if (parse.head(c) == p && before && BEFORE_NAME.contains(parse.label(c))) {
                out.add(c);
            }
        }
        int head = parse.head(p);
        if (head >= 0 && ("appos".equals(parse.label(p)) || "compound".equals(parse.label(p)))) {
            out.add(head);
        }
        copular(parse, p, head, out);
        for (int r : parse.children(p, "relcl")) {
            copular(parse, parse.child(r, "nsubj"), r, out);
        }
        return out;
    }

    /** "P is a T", "P will become T", "who is T", "named P as T": the title after the verb. */
    private static void copular(DependencyParse parse, int subject, int verb, List<Integer> out) {
        if (verb < 0 || subject < 0) {
            return;
        }
        String label = parse.label(subject);
        if (COPULAS.contains(parse.lemma(verb)) && "nsubj".equals(label)) {
            parse.children(verb, "attr").forEach(out::add);
            parse.children(verb, "oprd").forEach(out::add);
            asObjects(parse, verb, out);
        } else if (APPOINTMENTS.contains(parse.lemma(verb)) && "dobj".equals(label)) {
            parse.children(verb, "oprd").forEach(out::add);
            asObjects(parse, verb, out);
        }
    }

    private static void asObjects(DependencyParse parse, int verb, List<Integer> out) {
        for (int prep : parse.children(verb, "prep")) {
            if ("as".equals(parse.lemma(prep)) && parse.child(prep, "pobj") >= 0) {
                out.add(parse.child(prep, "pobj"));
            }
        }
    }
}
