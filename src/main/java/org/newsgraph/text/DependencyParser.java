package org.newsgraph.text;

import java.util.Optional;

/**
 * Parses one sentence. In: a {@link Sentence} with its tokens. Out: a {@link DependencyParse}
 * aligned with those tokens, or empty when the sentence is not parsed (too long, no parser).
 * Implementations are thread-safe.
 */
public interface DependencyParser {

    /** A parser that parses nothing: rules that need a parse stay silent. */
    DependencyParser NONE = sentence -> Optional.empty();

    /** The parse of the sentence, or empty. */
    Optional<DependencyParse> parse(Sentence sentence);
}
