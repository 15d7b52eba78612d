package org.newsgraph.eval;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One article of a gold folder and the facts written down for it.
 *
 * @param name the gold file's base name ({@code wire-corvid} for {@code wire-corvid.gold.tsv})
 * @param article the article file (txt, md, html or jsonl)
 * @param gold the facts, in file order, without duplicates
 */
public record GoldCase(String name, Path article, List<GoldLine> gold) {

    public GoldCase {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(article, "article");
        gold = List.copyOf(gold);
    }
}
