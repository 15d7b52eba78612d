package org.newsgraph.extract;

import java.util.regex.Pattern;

/**
 * Reads how a statement is made from the words around it: planned ("scheduled to", "will",
 * "plans to"), rumoured ("rumored", "in advanced talks", "seeking to raise"), reported
 * ("reportedly", "it has been reported"); negated
 * ("not", "never") and hypothetical ("whether", "could") clauses are recognised so rules can skip them.
 */
public final class StatusCues {
    private static final Pattern PLANNED = Pattern.compile("\\b(?:will (?!not |never )(?:\\w+ )?(?:launch|open|offer|be (?:made )?available|"
            + "become|ship|release|arrive|roll out|add|support|debut|go live|follow|control|own|pay|acquire|buy|invest|"
            + "deploy|build|receive)|is being acquired|are being acquired|is acquiring|plans? to|planned|"
            + "scheduled|is set to|are set to|(?<![\\w-])expected (?:to|in|on|by|later|next|this|early|late)|"
            + "intends? to|upcoming|eyes|next steps|preparing|for release|slated|is due|are due|due out|"
            + "tipped to|guides? to|is due to|to open|to launch|later this|plan\\s+(?:by\\s+\\S+\\s+)?to)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern RUMOURED = Pattern.compile("\\b(?:rumou?red|rumou?rs?|"
            + "speculation|speculated|in (?:\\w+ )?(?:talks|negotiations|discussions)|(?:seeking|aiming|looking) to raise|"
            + "targeting a valuation)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REPORTED = Pattern.compile("\\b(?:reportedly|has been reported|"
            + "was reported|were reported|according to|sources familiar|is said to|are said to)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATED = Pattern.compile("\\b(?:not|never|no longer|n't|without|"
            + "rather than|instead of|outside of|beyond)\\b|n't\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern HYPOTHETICAL = Pattern.compile(
            "\\b(?:[Ww]hether|[Ii]f|[Cc]ould|[Mm]ight|may|[Ww]ould)\\b");
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:—–()]|\\b(?:which|but|while|"
            + "whereas|although|and it|and is|and has)\\b");

    private StatusCues() { }

    /** The status of a statement whose clause is {@code clause} and whose sentence starts with {@code lead}. */
    public static Status status(String lead, String clause) {
        if (RUMOURED.matcher(lead).find() || RUMOURED.matcher(clause).find()) {
            return Status.RUMOURED;
        }
        if (PLANNED.matcher(clause).find()) {
            return Status.PLANNED;
        }
        if (REPORTED.matcher(lead).find()) {
            return Status.REPORTED;
        }
        return Status.STATED;
    }

    /** Whether the clause denies or only supposes its statement. */
    public static boolean negatedOrHypothetical(String clause) {
        return NEGATED.matcher(clause).find() || HYPOTHETICAL.matcher(clause).find();
    }

    /** Start of the clause containing document offset {@code at}, searching back from it. */
    public static int clauseStart(SentenceContext ctx, int at) {
        String head = ctx.head(at);
        int start = 0;
        var m = CLAUSE_BREAK.matcher(head);
        while (m.find()) {
            start = m.end();
        }
        return ctx.sentence().begin() + start;
    }

    /** End of the clause containing document offset {@code at}, searching forward from it. */
    public static int clauseEnd(SentenceContext ctx, int at) {
        var m = CLAUSE_BREAK.matcher(ctx.rest(at));
        return m.find() ? at + m.start() : ctx.sentence().end();
    }
}
