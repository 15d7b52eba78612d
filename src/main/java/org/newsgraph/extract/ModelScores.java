package org.newsgraph.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.mention.Mention;
import org.newsgraph.text.WordLists;

/**
 * Benchmark scores written right after a model's name in a sentence about scores: "Foo scores
 * 64.6, ahead of Bar's 62.6", "Foo (65.59 points)", "Baz at 74.6", "Foo's score of 59", "Foo
 * achieved a 65.8% success rate", "Foo scored 63% on A and 41% on B", "It achieved a high score of 8.88"
 * (the model in focus). The connectors are the word list {@code
 * score-connectors}; the
 * sentence must carry a word of {@code score-cues} or start with a benchmark label ("SuperGPQA:").
 * A number followed by a scale or a unit of another kind (billion, tokens, years) is not a score.
 * In: one sentence; out: the scores, each with its model, value, unit ({@code percent},
 * {@code Elo} or {@code points}) and span.
 */
final class ModelScores {
    /** One score: the model, the value, its unit and where the number is written. */
    record Score(Mention model, BigDecimal value, String unit, int begin, int end) { }

    private static final Pattern CONNECTED = Pattern.compile("^\\s*(?:" + WordLists.alternation("score-connectors")
            + ")\\s*(?:an?\\s+|~)?(\\d{1,4}(?:[.,]\\d{1,2})?)(\\s*(?:%|percent\\b|per cent\\b|-?points?\\b|Elo\\b))?"
            + "(?![\\d.,]\\d|\\s*(?:[-–]\\s*)?(?:billion|million|thousand|trillion|[BMKT]\\b|x\\b|times|years?|tokens|"
            + "parameters|GB|TB|seconds|minutes|hours|days|languages))");
    private static final Pattern CUE = Pattern.compile("\\b" + WordLists.alternation("score-cues") + "\\b"
            + "|^\\s*[-•*]?\\s*[\\p{L}\\d][\\p{L}\\d .()-]{1,40}:\\s");
    private static final String VALUE = "(\\d{1,4}(?:[.,]\\d{1,2})?)(\\s*(?:%|percent\\b|per cent\\b|-?points?\\b))";
    private static final Pattern AND_MORE = Pattern.compile("^\\s+(?:on|in|at|for)\\s+(?:the\\s+)?[^,;]{1,40}?(?:,\\s*|\\s+)"
            + "and\\s+(?:an?\\s+)?" + VALUE + "(?=\\s+(?:on|in|at|for)\\b)");
    private static final Pattern ELO = Pattern.compile("\\bElo\\b");
    private static final Pattern TOPIC_SCORED = Pattern.compile("^(?:It|The (?:new )?model)\\s+(?:(?:has|also|then|"
            + "reportedly)\\s+)?(?:scored|achieved|posted|earned|reached|recorded)\\s+(?:an?\\s+)?(?:(?:high|top|record|"
            + "average|overall)\\s+)?(?:score\\s+of\\s+)?" + VALUE + "?(?![\\d.,]\\d|\\s*(?:billion|million|[BMK]\\b))");

    private ModelScores() { }

    static List<Score> find(SentenceContext ctx) {
        List<Score> out = new ArrayList<>();
        if (!CUE.matcher(ctx.sentence().text()).find()) {
            return out;
        }
        boolean elo = ELO.matcher(ctx.sentence().text()).find();
        topicScore(ctx, elo, out);
        for (Mention m : ctx.mentions(Kinds.MODEL)) {
            Matcher c = CONNECTED.matcher(ctx.rest(m.end()));
            if (c.find()) {
                String unit = unit(c.group(2), elo);
                BigDecimal value = new BigDecimal(c.group(1).replace(',', '.'));
                int end = m.end() + (c.group(2) == null ? c.end(1) : c.end(2));
                out.add(new Score(m, value, unit, m.end() + c.start(1), end));
                andMore(ctx, m, end, elo, out);
            }
        }
        return out;
    }

    /** The unit of a score from the words after its number ("%", "points", "Elo"; none), Elo when the sentence speaks of Elo. */
    private static String unit(String written, boolean elo) {
        String word = written == null ? "" : written.strip().toLowerCase(Locale.ROOT);
        return word.startsWith("%") || word.startsWith("per") ? "percent" : elo || word.equals("elo") ? "Elo" : "points";
    }

    /** "It achieved a high score of 8.88 on Bench A": the model in focus, when the sentence opens with "It" or "The model". */
    private static void topicScore(SentenceContext ctx, boolean elo, List<Score> out) {
        Matcher t = TOPIC_SCORED.matcher(ctx.sentence().text());
        Mention topic = t.find() ? ctx.localTopic() : null;
        if (topic != null) {
            String unit = unit(t.group(2), elo);
            int begin = ctx.sentence().begin();
            out.add(new Score(topic, new BigDecimal(t.group(1).replace(',', '.')), unit, begin + t.start(1),
                    begin + (t.group(2) == null ? t.end(1) : t.end(2))));
        }
    }

    /** "Foo scored 63% on Bench A and 41% on Bench B": the further scores joined by "and". */
    private static void andMore(SentenceContext ctx, Mention model, int from, boolean elo, List<Score> out) {
        Matcher more = AND_MORE.matcher(ctx.rest(from));
        while (more.find()) {
            String unit = unit(more.group(2), elo);
            int end = from + more.end(2);
            out.add(new Score(model, new BigDecimal(more.group(1).replace(',', '.')), unit, from + more.start(1), end));
            from = end;
            more = AND_MORE.matcher(ctx.rest(from));
        }
    }
}
