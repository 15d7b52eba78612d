package org.newsgraph.mention;

import java.util.List;
import org.newsgraph.text.Sentence;
import org.newsgraph.text.TableRows;

/**
 * Model names in the model column of a table ("| 2 | Magpie 3 (high) | 1390 |"): a cell under a
 * header naming models holds one model's name, whatever its shape. Only cells no other mention
 * touches are read this way. In: the document's sentences and one table row; out: the mentions
 * added to {@code chosen}.
 */
final class TableCells {
    private static final String[] MODEL_HEADERS = {"model", "models", "llm"};

    private TableCells() { }

    static void addModelCells(List<Sentence> all, Sentence row, List<Mention> chosen) {
        if (!TableRows.isRow(row) || TableRows.isSeparator(row)) {
            return;
        }
        Sentence header = TableRows.header(all, row);
        int column = TableRows.column(TableRows.cells(header), MODEL_HEADERS);
        List<TableRows.Cell> cells = TableRows.cells(row);
        if (header == row || column < 0 || column >= cells.size()) {
            return;
        }
        TableRows.Cell cell = cells.get(column);
        boolean touched = chosen.stream().anyMatch(m -> m.begin() < cell.end() && cell.begin() < m.end());
        String key = Keys.slug(cell.text());
        if (!touched && cell.text().length() <= 80 && key.matches(".*\\p{L}.*")) {
            chosen.add(new Mention(cell.begin(), cell.end(), cell.text(), key, EntityType.MODEL, null, null, false));
            chosen.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
        }
    }
}
