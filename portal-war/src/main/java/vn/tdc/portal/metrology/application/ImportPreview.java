package vn.tdc.portal.metrology.application;

import vn.tdc.portal.metrology.domain.TradePlace;

import java.io.Serializable;
import java.util.List;

/**
 * What an import would do, before anything is saved: every row with its action and problems, and the counts (of rows
 * without problems). It is kept by the register page until the officer confirms it (at most
 * {@value RegisterSpreadsheet#MAX_ROWS} rows).
 */
public record ImportPreview(String unitCode, List<ImportRow> rows, int added, int updated, int newPlaces,
                            int rowsWithProblems) implements Serializable {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    public static ImportPreview of(String unitCode, List<ImportRow> rows) {
        int problems = (int) rows.stream().filter(row -> !row.valid()).count();
        int added = (int) rows.stream().filter(row -> row.valid() && ImportRow.ADD.equals(row.action())).count();
        int updated = (int) rows.stream().filter(row -> row.valid() && ImportRow.UPDATE.equals(row.action())).count();
        long places = rows.stream().filter(row -> row.valid() && row.newPlace())
                .map(row -> TradePlace.foldedName(row.placeName())).distinct().count();
        return new ImportPreview(unitCode, rows, added, updated, (int) places, problems);
    }

    public boolean confirmable() {
        return !rows.isEmpty() && rowsWithProblems == 0;
    }
}
