package org.newsgraph.mention;

import java.util.List;
import org.newsgraph.text.AnalyzedDocument;

/**
 * Finds the named entities of a document. In: an analysed document. Out: mentions in text order,
 * never overlapping, each with a stable entity key. Implementations are thread-safe.
 */
public interface MentionFinder {

    /** All entity mentions of the document. */
    List<Mention> find(AnalyzedDocument document);
}
