package org.newsgraph.extract;

import java.util.function.Consumer;

/**
 * One relation extraction rule family. In: one sentence with its mentions and dates. Out: zero
 * or more claims, each with its exact evidence. Implementations are stateless and thread-safe.
 */
public interface Extractor {

    /** Emits the claims this extractor finds in the sentence. */
    void extract(SentenceContext sentence, Consumer<Claim> out);
}
