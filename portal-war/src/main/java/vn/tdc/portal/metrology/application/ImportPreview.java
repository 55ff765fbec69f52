package vn.tdc.portal.metrology.application;

import java.io.Serializable;
import java.util.List;

/**
 * What an import would do, before anything is saved: every row with its action and problems, and the counts.
 * {@code saved} is false for a preview and true once {@code confirm} saved every row.
 */
public record ImportPreview(String unitCode, List<ImportRow> rows, int added, int updated, int newPlaces,
                            int rowsWithProblems, boolean saved) implements Serializable {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public static ImportPreview of(String unitCode, List<ImportRow> rows, boolean saved) {
        int problems = (int) rows.stream().filter(row -> !row.valid()).count();
        int added = (int) rows.stream().filter(row -> row.valid() && ImportRow.ADD.equals(row.action())).count();
        int updated = (int) rows.stream().filter(row -> row.valid() && ImportRow.UPDATE.equals(row.action())).count();
        long places = rows.stream().filter(row -> row.valid() && row.newPlace())
                .map(row -> vn.tdc.portal.metrology.domain.TradePlace.foldedName(row.placeName())).distinct().count();
        return new ImportPreview(unitCode, rows, added, updated, (int) places, problems, saved);
    }

    public boolean confirmable() {
        return !rows.isEmpty() && rowsWithProblems == 0 && !saved;
    }
}
