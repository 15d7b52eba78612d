package org.newsgraph.mention;

import java.util.List;
import java.util.Set;
import org.newsgraph.text.Token;

/**
 * English words that shape name detection: words that open a sentence or phrase but never a name,
 * calendar words, and the test whether a token can be part of a capitalised name. In: tokens or
 * words; out: yes or no.
 */
final class NameWords {
    /** Capitalised words that start sentences or phrases but are not names. */
    static final Set<String> NOT_NAME_START = Set.of("The", "A", "An", "This", "That", "Its",
            "Their", "Our", "His", "Her", "In", "On", "At", "For", "By", "With", "From", "And", "Or",
            "But", "When", "While", "As", "If", "Every", "Each", "Several", "Many", "Some", "About",
            "After", "Before", "Under", "Over", "Since", "Unlike", "Like", "How", "Why", "What",
            "Who", "Where", "Which", "Most", "More", "All", "Both", "Other", "Only", "Not", "Even",
            "Related", "Posted", "Published", "Reporting", "Editing");
    /** Month and weekday names and words that take a number without being a model. */
    static final Set<String> CALENDAR_WORDS = Set.of("January", "February", "March", "April",
            "May", "June", "July", "August", "September", "October", "November", "December", "Jan",
            "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Monday",
            "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "No", "Q", "Top",
            "Section", "Chapter", "Phase", "Level", "Page", "Step", "Day", "Week", "Year", "Series",
            "Round", "Part", "Figure", "Table", "Tier", "Class", "Category", "Grade", "Stage");
    /** Adjectives that make "X AI" or "X Labs" a description, not a company name. */
    static final Set<String> GENERIC_ADJECTIVES = Set.of("Former", "Generative", "Agentic", "Physical",
            "Responsible", "Conversational", "Enterprise", "Consumer", "Frontier", "Open",
            "Artificial", "Applied", "General", "Western", "Eastern", "Global", "Chinese", "American",
            "European", "Korean", "Japanese", "Indian", "British", "French", "German", "Domestic",
            "Foreign", "National", "Leading", "Major", "Rival", "Big", "Small", "Top", "US", "U.S.");

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

    /** The first word of a name ("Corvid" in "Corvid Labs"). */
    static String firstWord(String name) {
        int cut = 0;
        while (cut < name.length() && name.charAt(cut) != ' ' && name.charAt(cut) != '-') {
            cut++;
        }
        return name.substring(0, cut);
    }
}
