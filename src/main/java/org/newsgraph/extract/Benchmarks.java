package org.newsgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the benchmark a score is on: the words after "on" or "in" ("65.8% on SWE-bench Verified") or the
 * label the sentence starts with ("SuperGPQA: Foo scores 64.6"). In: the sentence and where the
 * score ends; out: "NAME score", or null.
 */
final class Benchmarks {
    private static final String WORD = "[\\p{Lu}\\d][\\p{L}\\d-]*(?:\\.[\\p{L}\\d-]+)*";
    private static final Pattern ON = Pattern.compile("^\\s+(?:\\S+\\s+){0,3}?(?:on|in)\\s+(?:the\\s+)?(" + WORD
            + "(?:\\s+" + WORD + "){0,3})");
    private static final Pattern LABEL = Pattern.compile("^\\s*[-•*]?\\s*([\\p{L}\\d][\\p{L}\\d .()-]{1,40}):\\s");

    private Benchmarks() { }

    static String named(SentenceContext ctx, int scoreEnd) {
        Matcher on = ON.matcher(ctx.rest(scoreEnd));
        if (on.find()) {
            return on.group(1) + " score";
        }
        Matcher label = LABEL.matcher(ctx.sentence().text());
        return label.find() ? label.group(1).strip() + " score" : null;
    }
}
