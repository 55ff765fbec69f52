package vn.tdc.portal.metrology.application;

import java.util.List;

/** The header line and the non-blank data rows of an officer's spreadsheet (CSV or the first sheet of an XLSX). */
public record SheetTable(List<String> headers, List<SheetRow> rows) {

    public SheetTable {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
