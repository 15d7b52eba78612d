package org.newsgraph.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.newsgraph.text.WordLists;

/**
 * The job titles of {@code role-titles.txt} as one regular expression, shared by the person cues
 * and the role rules. In a title, {@code *} stands for one lower-case word that is not a
 * determiner ({@code determiners.txt}): {@code head of *} matches "head of product" but neither
 * "head of its" nor "head of Foo"; {@code +} for such a word in any case ({@code chief + officer}).
 * A title may end in the field it covers, lower-case words after "of" or "for" ("director of
 * accelerated computing products", "vice president of AI", list {@code title-tail-acronyms}).
 * The expression has no capturing group and is meant to be matched ignoring case.
 */
public final class RoleTitles {
    /** An alternation of every title, longest first. */
    public static final String REGEX = build();

    private RoleTitles() { }

    private static String build() {
        String any = "(?!" + WordLists.alternation("determiners") + "\\b)[a-z][a-z-]*";
        String lower = "(?-i:(?!" + WordLists.alternation("determiners") + "\\b)[a-z][a-z-]*)";
        List<String> titles = new ArrayList<>(WordLists.entries("role-titles"));
        titles.sort((a, b) -> b.length() - a.length());
        StringBuilder out = new StringBuilder("(?:");
        for (int i = 0; i < titles.size(); i++) {
            out.append(i == 0 ? "" : "|");
            for (String part : titles.get(i).split("(?<=[*+])|(?=[*+])")) {
                out.append(part.equals("*") ? lower : part.equals("+") ? any : Pattern.quote(part));
            }
        }
        String field = "(?:(?!" + WordLists.alternation("role-title-ends") + "\\b)" + lower
                + "|(?-i:" + WordLists.alternation("title-tail-acronyms") + "))";
        String tail = "(?:\\s+(?-i:of|for)\\s+" + field + "(?:\\s+(?:(?-i:and)\\s+)?" + field
                + "){0,4}(?![\\p{L}\\d-]))?";
        return out.append(')').append(tail).toString();
    }
}
