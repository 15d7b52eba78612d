package org.newsgraph.extract;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.newsgraph.mention.EntityType;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.AnalyzedDocument;
import org.newsgraph.text.DependencyParse;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.WordLists;
import org.newsgraph.time.DateMention;
import org.newsgraph.time.PublicationDate;

/**
 * Everything an extractor sees of one sentence: the sentence, the entity mentions and dates in it
 * (document offsets, text order), the document's publication date, the document's topic model
 * (its most mentioned model; null when the document names none) and the {@link Discourse}, which
 * says what "it", "the model" and "the company" point back to; and the sentence in lower case
 * (computed when null is given), for cheap keyword tests; and where its dependency parse comes
 * from (asked for only by rules that need it, parsed at most once per sentence).
 */
public record SentenceContext(AnalyzedDocument document, Sentence sentence, List<Mention> mentions,
                              List<DateMention> dates, PublicationDate published, Mention topic,
                              Discourse discourse, String lowerText, Supplier<Optional<DependencyParse>> parses) {
    private static final Pattern OTHER_MODEL = Pattern.compile("\\b"
            + WordLists.alternation("other-model-references") + "(?![\\p{L}])");
    private static final Pattern POINTER = Pattern.compile("(?<![\\p{L}])"
            + WordLists.alternation("topic-pointers") + "(?![\\p{L}])");

    public SentenceContext {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(sentence, "sentence");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(discourse, "discourse");
        Objects.requireNonNull(parses, "parses");
        if (lowerText == null || lowerText.length() != sentence.text().length()) {
            lowerText = sentence.text().toLowerCase(Locale.ROOT);
        }
        mentions = List.copyOf(mentions);
        dates = List.copyOf(dates);
    }

    /** The sentence's dependency parse, or empty when it is not parsed. */
    public Optional<DependencyParse> parse() {
        return parses.get();
    }

    /** The document text (all offsets point into it). */
    public String text() {
        return document.text();
    }

    /** Text between the end of {@code a} and the start of {@code b} ("" if they touch or cross). */
    public String between(Mention a, Mention b) {
        return a.end() < b.begin() ? text().substring(a.end(), b.begin()) : "";
    }

    /** Text from document offset {@code from} to the end of the sentence. */
    public String rest(int from) {
        return text().substring(Math.min(from, sentence.end()), sentence.end());
    }

    /** Text from the start of the sentence to document offset {@code to}. */
    public String head(int to) {
        return text().substring(sentence.begin(), Math.max(to, sentence.begin()));
    }

    /** Mentions matching a test, in text order. */
    public List<Mention> mentions(Predicate<Mention> test) {
        return mentions.stream().filter(test).toList();
    }

    /** The last mention matching a test that ends at or before document offset {@code at}, or null. */
    public Mention lastBefore(int at, Predicate<Mention> test) {
        Mention last = null;
        for (Mention m : mentions) {
            if (m.end() <= at && test.test(m)) {
                last = m;
            }
        }
        return last;
    }

    /**
     * The model "it" or "the model" in this sentence most likely means (see {@link Discourse#model}).
     * A sentence that names no model gets none when it speaks of another unnamed model ("The
     * previous version ...", list {@code other-model-references}), and the document's topic only
     * when the topic is unambiguous or the sentence points back ("it", "the model", list
     * {@code topic-pointers}).
     */
    public Mention localTopic() {
        Mention recent = discourse.recentModel(sentence.index());
        if (mentions.stream().anyMatch(m -> m.type() == EntityType.MODEL)) {
            return recent != null ? recent : discourse.topic();
        }
        if (OTHER_MODEL.matcher(lowerText).find()) {
            return null;
        }
        if (recent != null) {
            return recent;
        }
        return discourse.topicUnambiguous() || POINTER.matcher(lowerText).find() ? discourse.topic() : null;
    }

    /** The organization the document has named most often before this sentence, or null. */
    public Mention mostNamedOrganization() {
        return discourse.mostNamedOrganization(sentence.index());
    }

    /** The organization "its" or "the company" in this sentence most likely means, or null. */
    public Mention localOrganization() {
        return discourse.organization(sentence.index());
    }

    /** Whether the sentence, in lower case, contains one of the words: a cheap test before the patterns. */
    public boolean mentionsAny(String... words) {
        for (String w : words) {
            if (lowerText.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Evidence for the words between two document offsets of this sentence. */
    public Evidence evidence(int begin, int end) {
        return new Evidence(sentence.index(), begin, end);
    }
}
