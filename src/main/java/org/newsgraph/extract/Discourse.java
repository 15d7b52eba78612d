package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.Sentence;

/**
 * What earlier sentences make salient, for words that point back ("it", "the model", "its",
 * "the company"). In: the document text, its sentences and mentions (text order) and its topic model.
 * Out: the model or organization such a word most likely means. Immutable.
 */
public final class Discourse {
    private static final int LOOK_BACK = 3;
    private static final Pattern AFTER_PREPOSITION = Pattern.compile("\\b(?:of|at|by|from|with|to|for|in|on|"
            + "about|against|than|behind)\\s+(?:the\\s+)?$");
    private static final int SUBJECT_REACH = 40;
    private static final Pattern ASIDE_OPEN = Pattern.compile("(?:\\s[—–]\\s|[(（])[^—–()（）]*$");
    private final String documentText;
    private final List<Sentence> sentences;
    private final List<List<Mention>> bySentence;
    private final Mention topic;
    private final boolean topicUnambiguous;
    private final Map<String, Integer> timesNamed = new HashMap<>();

    /** Groups the mentions by sentence. */
    public Discourse(String documentText, List<Sentence> sentences, List<Mention> mentions, Mention topic) {
        this.documentText = documentText;
        this.sentences = List.copyOf(sentences);
        this.topic = topic;
        List<List<Mention>> groups = new ArrayList<>();
        int mi = 0;
        for (Sentence s : sentences) {
            List<Mention> in = new ArrayList<>();
            while (mi < mentions.size() && mentions.get(mi).begin() < s.end()) {
                if (mentions.get(mi).begin() >= s.begin()) {
                    in.add(mentions.get(mi));
                }
                mi++;
            }
            groups.add(List.copyOf(in));
        }
        this.bySentence = List.copyOf(groups);
        this.topicUnambiguous = topic != null && unambiguous(mentions, Kinds.familyOf(topic));
        mentions.forEach(m -> timesNamed.merge(m.key(), 1, Integer::sum));
    }

    private static boolean unambiguous(List<Mention> mentions, String family) {
        Map<String, Integer> counts = new HashMap<>();
        mentions.stream().filter(Kinds.MODEL).forEach(m -> counts.merge(Kinds.familyOf(m), 1, Integer::sum));
        int own = counts.getOrDefault(family, 0);
        return counts.entrySet().stream().noneMatch(e -> !e.getKey().equals(family) && e.getValue() >= own);
    }

    /** The mentions of sentence {@code index}. */
    public List<Mention> mentions(int index) {
        return bySentence.get(index);
    }

    /**
     * Whether {@code name} starts with the name of an organization the document mentions, other
     * than {@code maker} ("Bar-V3.1" carries "Bar").
     */
    public boolean brandedByOther(String name, String maker) {
        return bySentence.stream().flatMap(List::stream).anyMatch(m -> Kinds.ORG.test(m) && !m.key().equals(maker)
                && name.length() > m.surface().length() && name.startsWith(m.surface())
                && !Character.isLetter(name.charAt(m.surface().length())));
    }

    /** The sentences of the document. */
    public List<Sentence> sentences() {
        return sentences;
    }

    /** The document's topic model, or null. */
    public Mention topic() {
        return topic;
    }

    /**
     * The model "it" or "the model" in sentence {@code index} most likely means: going back through
     * the same paragraph (at most three sentences), the first sentence that names a model decides:
     * its subject when a model is named within its first 40 characters, else the topic; at the
     * start of the paragraph a heading just above it that names a model; else the document's topic.
     */
    public Mention model(int index) {
        Mention recent = recentModel(index);
        return recent != null ? recent : topic;
    }

    /**
     * As {@link #model}, but null where that falls back to the document's topic: the model a recent
     * sentence of the paragraph (or its heading) makes salient.
     */
    public Mention recentModel(int index) {
        for (int i = index - 1; i >= Math.max(0, index - LOOK_BACK); i--) {
            if (paragraphBreak(i, i + 1)) {
                return heading(i);
            }
            List<Mention> models = bySentence.get(i).stream().filter(Kinds.MODEL).toList();
            if (!models.isEmpty()) {
                Mention first = models.get(0);
                return first.begin() - sentences.get(i).begin() <= SUBJECT_REACH ? first : null;
            }
        }
        return null;
    }

    /** Whether the topic is named more often than any model of another family. */
    public boolean topicUnambiguous() {
        return topicUnambiguous;
    }

    /** The model a short heading line (sentence {@code i}) names, else null. */
    private Mention heading(int i) {
        Sentence s = sentences.get(i);
        boolean heading = s.text().length() <= 80 && !s.text().matches("(?s).*[.!?:\"”]$");
        if (heading) {
            for (Mention m : bySentence.get(i)) {
                if (Kinds.MODEL.test(m)) {
                    return m;
                }
            }
        }
        return null;
    }

    private boolean paragraphBreak(int before, int after) {
        int from = sentences.get(before).end();
        int to = sentences.get(after).begin();
        return to > from && documentText.substring(from, to).indexOf('\n') >= 0;
    }

    /** Whether {@code m} is only the source of the sentence ("..., according to data provider Foo"). */
    private boolean isSource(Sentence s, Mention m) {
        return documentText.substring(s.begin(), m.begin()).matches("(?s).*\\baccording to\\s+(?:[\\p{L}-]+\\s+){0,3}");
    }

    /**
     * The organization "its" or "the company" at the start of sentence {@code index} most likely
     * means, or null: in the nearest sentence before that names one, the first that is neither the
     * object of a preposition ("the CEO of Foo") nor inside an aside ("Foo — the former head of Bar
     * — said") if there is one, else the one the document names most often; an organization named
     * only as a source ("according to Foo") or as a modifier ("the Foo-backed company",
     * {@link NameModifiers}) is passed over.
     */
    public Mention organization(int index) {
        for (int i = index - 1; i >= Math.max(0, index - LOOK_BACK); i--) {
            Sentence sentence = sentences.get(i);
            List<Mention> orgs = bySentence.get(i).stream().filter(m -> Kinds.ORG.test(m) && !isSource(sentence, m)
                    && !NameModifiers.modifies(documentText, m)).toList();
            if (!orgs.isEmpty()) {
                return orgs.stream().filter(m -> !AFTER_PREPOSITION.matcher(documentText.substring(sentence.begin(),
                        m.begin())).find() && !inAside(sentence, m)).findFirst()
                        .orElseGet(() -> mostNamed(orgs, index));
            }
        }
        return null;
    }

    /** Whether the mention stands inside a dash or parenthesis aside ("Foo — a former head of Bar — said"). */
    private boolean inAside(Sentence s, Mention m) {
        String before = documentText.substring(s.begin(), m.begin());
        return ASIDE_OPEN.matcher(before).find();
    }

    /** The organization the document names most often before sentence {@code index}, or null. */
    public Mention mostNamedOrganization(int index) {
        Mention best = null;
        for (int i = 0; i < index; i++) {
            for (Mention m : bySentence.get(i)) {
                if (Kinds.ORG.test(m) && (best == null
                        || timesNamed.getOrDefault(m.key(), 0) > timesNamed.getOrDefault(best.key(), 0))) {
                    best = m;
                }
            }
        }
        return best;
    }

    /**
     * Of the candidates, the one whose entity the document names most often (the first of equals);
     * an organization named before sentence {@code index} more often still, if there is one.
     */
    private Mention mostNamed(List<Mention> candidates, int index) {
        Mention best = candidates.get(0);
        for (Mention c : candidates) {
            if (timesNamed.getOrDefault(c.key(), 0) > timesNamed.getOrDefault(best.key(), 0)) {
                best = c;
            }
        }
        Mention named = mostNamedOrganization(index);
        return named != null && timesNamed.get(named.key()) > timesNamed.getOrDefault(best.key(), 0) ? named : best;
    }
}
