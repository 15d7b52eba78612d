package org.newsgraph.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A dependency parse of one sentence, aligned with its tokens: for token {@code i}, its
 * part-of-speech tag (Penn Treebank), its lemma (lower case), the index of its head token
 * ({@code -1} for the root) and the label of the arc to its head (ClearNLP labels: nsubj, dobj,
 * prep, pobj, poss, appos, compound, conj, agent, nsubjpass, acl, relcl, ...).
 */
public record DependencyParse(List<String> tags, List<String> lemmas, List<Integer> heads, List<String> labels) {

    public DependencyParse {
        tags = List.copyOf(tags);
        lemmas = List.copyOf(lemmas);
        heads = List.copyOf(heads);
        labels = List.copyOf(labels);
        int n = tags.size();
        if (lemmas.size() != n || heads.size() != n || labels.size() != n) {
            throw new IllegalArgumentException("parse arrays differ in length");
        }
        for (int h : heads) {
            if (h < -1 || h >= n) {
                throw new IllegalArgumentException("head outside the sentence: " + h);
            }
        }
    }

    /** Number of tokens. */
    public int size() {
        return tags.size();
    }

    /** The head of token {@code i}, or -1. */
    public int head(int i) {
        return heads.get(i);
    }

    /** The label of token {@code i}'s arc to its head. */
    public String label(int i) {
        return labels.get(i);
    }

    /** The lemma of token {@code i}. */
    public String lemma(int i) {
        return lemmas.get(i);
    }

    /** The tag of token {@code i}. */
    public String tag(int i) {
        return tags.get(i);
    }

    /** The dependents of token {@code i} whose arc has the label, in text order. */
    public List<Integer> children(int i, String label) {
        List<Integer> out = new ArrayList<>();
        for (int t = 0; t < heads.size(); t++) {
            if (heads.get(t) == i && Objects.equals(labels.get(t), label)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The first dependent of {@code i} with the label, or -1. */
    public int child(int i, String label) {
        List<Integer> c = children(i, label);
        return c.isEmpty() ? -1 : c.get(0);
    }

    /** Whether {@code ancestor} dominates {@code t} (or is {@code t}). */
    public boolean dominates(int ancestor, int t) {
        for (int x = t, steps = 0; x >= 0 && steps <= heads.size(); x = heads.get(x), steps++) {
            if (x == ancestor) {
                return true;
            }
        }
        return false;
    }
}
