package org.newsgraph.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.newsgraph.ingest.DocumentMetadata;

/**
 * One article of a gold folder and the facts written down for it.
 *
 * @param name the gold file's base name ({@code wire-corvid} for {@code wire-corvid.gold.tsv})
 * @param article the article file (txt, md, html or jsonl)
 * @param gold the facts, in file order, without duplicates
 * @param metadata the article's metadata from the gold file's header (real articles, whose text is
 *     kept outside the repository), or null when the article file brings its own
 */
public record GoldCase(String name, Path article, List<GoldLine> gold, DocumentMetadata metadata) {

    public GoldCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(article, "article");
        gold = List.copyOf(gold);
    }

    /** A case whose article brings its own metadata. */
    public GoldCase(String name, Path article, List<GoldLine> gold) {
        this(name, article, gold, null);
    }
}
