package org.newsgraph.text;

import org.newsgraph.ingest.Document;

/**
 * Splits a document into sentences and tokens with part-of-speech tags. Implementations are
 * thread-safe so one instance can serve parallel extraction.
 */
public interface TextAnalyzer {

    /** Analyse one document; never returns null. */
    AnalyzedDocument analyze(Document document);
}
