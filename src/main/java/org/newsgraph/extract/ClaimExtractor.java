package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.newsgraph.mention.Catalog;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.report.Problem;
import org.newsgraph.text.AnalyzedDocument;
import org.newsgraph.text.DependencyParse;
import org.newsgraph.text.DependencyParser;
import org.newsgraph.text.Sentence;
import org.newsgraph.time.DateMention;
import org.newsgraph.time.PublicationDate;

/**
 * Runs the registered extractors over every sentence of a document. In: the analysed document,
 * its mentions and dates (text order) and its publication date. Out: the claims, in text order,
 * without exact duplicates; claims whose evidence is the entity name itself (version and name
 * prefix rules) are kept once per document. Thread-safe.
 */
public final class ClaimExtractor {
    private static final Set<String> ONCE_PER_DOCUMENT = Set.of("version-name", "variant-name", "name-prefix");
    private final List<Extractor> extractors;
    private final DependencyParser parser;

    /** The extractors given, with no dependency parse. */
    public ClaimExtractor(List<Extractor> extractors) {
        this(extractors, DependencyParser.NONE);
    }

    /** The extractors given; rules that ask for a sentence's parse get it from {@code parser}. */
    public ClaimExtractor(List<Extractor> extractors, DependencyParser parser) {
        if (extractors.isEmpty()) {
            throw new IllegalArgumentException("no extractors registered");
        }
        this.extractors = List.copyOf(extractors);
        this.parser = Objects.requireNonNull(parser, "parser");
    }

    /** The standard rule set, registered explicitly, with no dependency parse. */
    public static ClaimExtractor standard(Catalog catalog) {
        return standard(catalog, DependencyParser.NONE);
    }

    /** The standard rule set, registered explicitly; structural rules read the parses of {@code parser}. */
    public static ClaimExtractor standard(Catalog catalog, DependencyParser parser) {
        return new ClaimExtractor(List.of(new AttributionExtractor(), new SubOrganizationExtractor(),
                new NamePrefixExtractor(catalog), new VersionExtractor(), new ComparisonExtractor(),
                new ReleaseDateExtractor(), new AvailabilityExtractor(), new RoleExtractor(),
                new AliasExtractor(), new RankingExtractor(), new CapabilityExtractor(),
                new MeasurementExtractor(), new TableExtractor(), new AcquisitionExtractor(),
                new FundingExtractor(), new RivalryExtractor(), new ScoreExtractor(), new TitledListExtractor(),
                new FounderExtractor(), new StructureExtractor(), new ParsedRoleExtractor()), parser);
    }

    /** The registered extractors, in the order they run. */
    public List<Extractor> extractors() {
        return extractors;
    }

    /** All claims of the document; a rule that fails on a sentence is skipped silently. */
    public List<Claim> extract(AnalyzedDocument doc, List<Mention> mentions, List<DateMention> dates,
                               PublicationDate published) {
        return extract(doc, mentions, dates, published, problem -> { });
    }

    /**
     * All claims of the document. A rule that throws on a sentence is reported to {@code warnings}
     * (document, sentence offset, rule and reason) and skipped for that sentence; the other rules and
     * sentences go on.
     */
    public List<Claim> extract(AnalyzedDocument doc, List<Mention> mentions, List<DateMention> dates,
                               PublicationDate published, Consumer<Problem> warnings) {
        Mention topic = topicModel(mentions);
        Discourse discourse = new Discourse(doc.text(), doc.sentences(), mentions, topic);
        List<Claim> claims = new ArrayList<>();
        Set<List<Object>> seen = new HashSet<>();
        int di = 0;
        for (Sentence s : doc.sentences()) {
            List<DateMention> datesIn = new ArrayList<>();
            while (di < dates.size() && dates.get(di).begin() < s.end()) {
                if (dates.get(di).begin() >= s.begin()) {
                    datesIn.add(dates.get(di));
                }
                di++;
            }
            SentenceContext ctx = new SentenceContext(doc, s, discourse.mentions(s.index()), datesIn,
                    published, topic, discourse, null, memo(s));
            for (Extractor e : extractors) {
                run(ctx, e, warnings).stream().filter(c -> seen.add(identity(c))).forEach(claims::add);
            }
        }
        claims.sort(Comparator.comparingInt((Claim c) -> c.evidence().begin()));
        return claims;
    }

    /** The sentence's parse, computed on first request and kept for the other rules. */
    private Supplier<Optional<DependencyParse>> memo(Sentence s) {
        AtomicReference<Optional<DependencyParse>> cell = new AtomicReference<>();
        return () -> {
            if (cell.get() == null) {
                cell.set(parser.parse(s));
            }
            return cell.get();
        };
    }

    /** The claims of one rule on one sentence; a failure or evidence outside the sentence is reported, not kept. */
    private static List<Claim> run(SentenceContext ctx, Extractor rule, Consumer<Problem> warnings) {
        List<Claim> fromRule = new ArrayList<>();
        Sentence s = ctx.sentence();
        try {
            rule.extract(ctx, fromRule::add);
        } catch (RuntimeException | StackOverflowError failure) {
            warnings.accept(ruleFailed(ctx.document(), s, rule, failure));
            return List.of();
        }
        List<Claim> kept = new ArrayList<>();
        for (Claim c : fromRule) {
            if (c.evidence().begin() < s.begin() || c.evidence().end() > s.end()) {
                warnings.accept(ruleFailed(ctx.document(), s, rule, new IllegalStateException("evidence outside the sentence")));
            } else {
                kept.add(Departures.apply(ctx, c));
            }
        }
        return kept;
    }

    private static Problem ruleFailed(AnalyzedDocument doc, Sentence s, Extractor rule, Throwable failure) {
        String why = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage().strip();
        return Problem.warning(doc.document().source(), s.begin(), "rule " + rule.getClass().getSimpleName()
                + " failed on sentence " + (s.index() + 1) + " and was skipped there: " + why);
    }

    private static List<Object> identity(Claim c) {
        String value = c.object() instanceof ClaimValue.EntityValue ev ? ev.entity().key()
                : String.valueOf(c.object());
        if (ONCE_PER_DOCUMENT.contains(c.rule())) {
            return List.of(c.subject().key(), c.relation(), value, c.rule());
        }
        return List.of(c.subject().key(), c.relation(), value, c.rule(), c.evidence(),
                Objects.toString(c.asOf()));
    }

    /**
     * The model the document talks about most (ties: the one named first); when that is a family
     * of which the document names exactly one version, that version. Null if no model is named.
     */
    static Mention topicModel(List<Mention> mentions) {
        Map<String, Integer> counts = new HashMap<>();
        Mention best = null;
        for (Mention m : mentions) {
            if (m.type() == EntityType.MODEL) {
                int n = counts.merge(m.key(), 1, Integer::sum);
                if (best == null || n > counts.get(best.key())) {
                    best = best != null && best.key().equals(m.key()) ? best : m;
                }
            }
        }
        if (best == null || best.isVersion()) {
            return best;
        }
        String family = best.key();
        List<Mention> versions = mentions.stream()
                .filter(m -> m.isVersion() && m.familyKey().equals(family)).toList();
        boolean single = versions.stream().map(Mention::key).distinct().count() == 1;
        return single ? versions.get(0) : best;
    }
}
