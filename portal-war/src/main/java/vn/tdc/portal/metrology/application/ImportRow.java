package vn.tdc.portal.metrology.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One row of an imported spreadsheet as read and checked: what it says (place, instrument, verification, reference
 * scale), what saving it would do ({@code action}: {@code them} a new instrument, {@code cap-nhat} the register's
 * instrument of the same type and serial; {@code newPlace} when its place is not in the register yet) and its
 * problems in Vietnamese. A row with problems is never saved, and neither is any other row of its file.
 */
public record ImportRow(int line, String placeName, String placeKind, String address, String stall,
                        String ownerName, String typeCode, String typeName, String serialNo, String brand,
                        LocalDate verifiedOn, String certificateNo, boolean verificationPassed,
                        boolean referenceScale, String capacity, String openingHours, String action,
                        String actionLabel, boolean newPlace, List<String> problems) implements Serializable {

    public static final String ADD = "them";
    public static final String UPDATE = "cap-nhat";

    public ImportRow {
        problems = List.copyOf(problems);
    }

    public boolean valid() {
        return problems.isEmpty();
    }
}
