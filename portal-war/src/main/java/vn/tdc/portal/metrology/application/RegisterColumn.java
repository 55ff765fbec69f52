package vn.tdc.portal.metrology.application;

import vn.tdc.knowledge.search.analysis.VietnameseFolding;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The columns of the officers' register spreadsheet, as the import reads them and the template and the export write
 * them. A header is recognised without regard to case, diacritics, spaces or a trailing {@code *}; columns the
 * import does not know (the export's QR code, due date and state) are ignored.
 */
public enum RegisterColumn {
    PLACE("Địa điểm", 200, true, "dia diem", "ten dia diem", "cho"),
    PLACE_KIND("Loại địa điểm", 40, false, "loai dia diem"),
    ADDRESS("Địa chỉ", 300, false, "dia chi"),
    STALL("Sạp/quầy", 40, false, "sap/quay", "sap", "quay", "sap quay"),
    OWNER("Chủ hộ kinh doanh", 200, false, "chu ho kinh doanh", "chu ho", "chu so huu"),
    TYPE("Loại phương tiện", 120, true, "loai phuong tien", "loai phuong tien do", "loai"),
    SERIAL("Số máy", 80, true, "so may", "so hieu", "so serial", "serial"),
    BRAND("Nhãn hiệu", 120, false, "nhan hieu", "hang san xuat"),
    VERIFIED_ON("Ngày kiểm định", 40, false, "ngay kiem dinh"),
    CERTIFICATE("Số tem/giấy chứng nhận", 80, false, "so tem/giay chung nhan", "so tem", "so giay chung nhan",
            "so tem/gcn", "so tem giay chung nhan"),
    RESULT("Kết quả", 40, false, "ket qua", "ket qua kiem dinh"),
    REFERENCE("Cân đối chứng", 40, false, "can doi chung"),
    CAPACITY("Sức cân", 60, false, "suc can", "muc can lon nhat"),
    OPENING_HOURS("Giờ mở cửa", 200, false, "gio mo cua");

    private final String header;
    private final int maxLength;
    private final boolean required;
    private final List<String> aliases;

    RegisterColumn(String header, int maxLength, boolean required, String... aliases) {
        this.header = header;
        this.maxLength = maxLength;
        this.required = required;
        this.aliases = List.of(aliases);
    }

    /** The header as the template writes it. */
    public String header() {
        return header;
    }

    public int maxLength() {
        return maxLength;
    }

    public boolean required() {
        return required;
    }

    /** The column a header names, if any. */
    public static Optional<RegisterColumn> ofHeader(String header) {
        String folded = folded(header == null ? "" : header.replace("*", ""));
        return Arrays.stream(values()).filter(column -> column.aliases.contains(folded)).findFirst();
    }

    /** Lower case, no diacritics, single spaces, no spaces around a slash: how headers and choices are compared. */
    public static String folded(String text) {
        return VietnameseFolding.fold(text.strip()).replaceAll("\\s+", " ").replaceAll(" ?/ ?", "/");
    }
}
