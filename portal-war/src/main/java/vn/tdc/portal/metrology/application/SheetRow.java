package vn.tdc.portal.metrology.application;

import java.io.Serializable;
import java.util.List;

/**
 * One row of an officer's spreadsheet as read: its line (1 is the header line) and its cells as text. A real Excel
 * date cell is given as {@code yyyy-MM-dd}, a formula cell as {@code =} and its formula (so that it is refused like a
 * typed one), a number without a needless {@code .0}.
 */
public record SheetRow(int line, List<String> cells) implements Serializable {

    public SheetRow {
        cells = List.copyOf(cells);
    }

    /** The cell of column {@code index}, or empty when the row is shorter. */
    public String cell(int index) {
        return index >= 0 && index < cells.size() && cells.get(index) != null ? cells.get(index) : "";
    }

    public boolean blank() {
        return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
    }
}
