package org.newsgraph.mention;

import java.util.List;
import java.util.Set;
import org.newsgraph.text.Token;
import org.newsgraph.text.WordLists;

/**
 * English words that shape name detection: words that open a sentence or phrase but never a name,
 * calendar words, and the test whether a token can be part of a capitalised name. In: tokens or
 * words; out: yes or no.
 */
final class NameWords {
    /** Capitalised words that start sentences or phrases but are not names. */
    static final Set<String> NOT_NAME_START = WordLists.set("not-name-start");
    /** Month and weekday names and words that take a number without being a model. */
    static final Set<String> CALENDAR_WORDS = WordLists.set("calendar-words");
    /** Adjectives that make "X AI" or "X Labs" a description, not a company name. */
    static final Set<String> GENERIC_ADJECTIVES = WordLists.set("generic-adjectives");
    /** Capitalised words that, with a number after them, are not model names ("Web3", "Apache 2.0"). */
    static final Set<String> NOT_MODEL_FAMILIES = WordLists.set("not-model-families");
    /** Headline verbs and joining words that are never a model family ("Launches 2.0"). */
    static final Set<String> HEADLINE_WORDS = WordLists.set("headline-words");

    private NameWords() { }

    /** Whether token {@code i} is a capitalised word directly followed by the next token or a space. */
    static boolean isNameWord(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!t.isCapitalised() || NOT_NAME_START.contains(t.text()) || t.text().endsWith("'s")
                || t.text().endsWith("’s")) {
            return false;
        }
        return i + 1 >= tokens.size() || tokens.get(i + 1).begin() - t.end() <= 1;
    }

    /** The name's first space-separated word, hyphens kept ("Beijing-based" in "Beijing-based Foo"). */
    static String firstWordOf(String name) {
        int space = name.indexOf(' ');
        return space < 0 ? name : name.substring(0, space);
    }

    /** The first word of a name ("Corvid" in "Corvid Labs"). */
    static String firstWord(String name) {
        int cut = 0;
        while (cut < name.length() && name.charAt(cut) != ' ' && name.charAt(cut) != '-') {
            cut++;
        }
        return name.substring(0, cut);
    }
}
