package org.newsgraph.extract;

import java.util.function.Consumer;

/**
 * A model's benchmark scores written right after its name ({@link ModelScores}): "Foo scores
 * 64.6, ahead of Bar's 62.6". The benchmark is the sentence's leading label ("SuperGPQA:") or
 * the words after the number ("on SWE-bench Verified"). Out: {@code ng:measurement} claims whose
 * unit is {@code points}, {@code percent} or {@code Elo}.
 */
public final class ScoreExtractor implements Extractor {

    @Override
    public void extract(SentenceContext ctx, Consumer<Claim> out) {
        ClaimFactory claims = new ClaimFactory(ctx);
        for (ModelScores.Score s : ModelScores.find(ctx)) {
            int from = ctx.mentions().contains(s.model()) ? s.model().begin() : ctx.sentence().begin();
            out.accept(claims.claim(s.model(), Relation.MEASUREMENT, new ClaimValue.MeasurementValue(s.value(), s.unit(),
                    Benchmarks.named(ctx, s.end())), from, s.end(), "model-score", 0.7,
                    claims.publicationDay()));
        }
    }
}
