package vn.tdc.knowledge.document.domain;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Identification of one legal document (directive, plan, decision, official letter) as printed on it.
 *
 * <p>Domain rules:
 * <ul>
 *   <li>{@code id}, {@code kind}, {@code issuer} and {@code title} are mandatory; the other fields may be
 *       empty because the source documents leave them blank (drafts are often published with
 *       "Số: /KH-UBND" and "ngày ... tháng 11 năm 2025").</li>
 *   <li>{@code number} keeps what the document prints, even if only the suffix ("KH/ĐU", "/KH-UBND").</li>
 *   <li>{@code issued} is kept as written and may be partial ("tháng 4 năm 2026", "24/10/2024").</li>
 *   <li>{@code place} is the ward, commune or province the document governs ("phường Đức Phổ");
 *       {@code region} is the enclosing province or city ("tỉnh Quảng Ngãi"), empty for a province.</li>
 *   <li>{@code signer} is "name — title" ("Võ Văn Bình — Phó Bí thư"); {@code signedFor} is the
 *       capacity line above it ("T/M Ban Thường vụ", "KT. Chủ tịch").</li>
 *   <li>{@code unit} is the slug of the administrative unit that issued it for its territory ("xa-dong-cuu",
 *       "tien-giang"); empty for a national document. {@code level} is that unit's tier: national exactly when there is
 *       no unit; when the header gives none, a unit without {@code region} is a province, otherwise a ward.</li>
 *   <li>{@code basis} names the documents this one carries out, as its preamble cites them ("Kế hoạch số 40/KH-UBND
 *       ngày 09/9/2025 của UBND tỉnh Quảng Ngãi"), from the highest (the directive) down: with the document itself
 *       at the end, the chain a resident sees (Chỉ thị 38 → Quyết định 1703 → the province's plan → the ward's).</li>
 * </ul>
 */
public record DocumentMetadata(
        String id,
        String kind,
        String number,
        String issuer,
        String place,
        String region,
        String issued,
        String signer,
        String signedFor,
        String title,
        String source,
        String unit,
        AdministrativeLevel level,
        List<String> basis) {

    /** A slug of an administrative unit ("xa-dong-cuu", "tien-giang"). */
    private static final Pattern UNIT_SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A document whose header names no unit: its level is inferred ({@link AdministrativeLevel#inferred}). */
    public DocumentMetadata(String id, String kind, String number, String issuer, String place, String region, String issued,
            String signer, String signedFor, String title, String source) {
        this(id, kind, number, issuer, place, region, issued, signer, signedFor, title, source, "", null);
    }

    /** A document that names no documents it carries out. */
    public DocumentMetadata(String id, String kind, String number, String issuer, String place, String region, String issued,
            String signer, String signedFor, String title, String source, String unit, AdministrativeLevel level) {
        this(id, kind, number, issuer, place, region, issued, signer, signedFor, title, source, unit, level, List.of());
    }

    public DocumentMetadata {
        id = required(id, "id");
        kind = required(kind, "kind");
        issuer = required(issuer, "issuer");
        title = required(title, "title");
        number = orEmpty(number);
        place = orEmpty(place);
        region = orEmpty(region);
        issued = orEmpty(issued);
        signer = orEmpty(signer);
        signedFor = orEmpty(signedFor);
        source = orEmpty(source);
        unit = orEmpty(unit);
        basis = basis == null ? List.of() : basis.stream().map(String::strip).filter(b -> !b.isEmpty()).toList();
        if (!unit.isEmpty() && !UNIT_SLUG.matcher(unit).matches()) {
            throw new IllegalArgumentException("document metadata field 'unit' must be a unit slug (a-z, 0-9, -): " + unit);
        }
        level = level == null ? AdministrativeLevel.inferred(unit, region) : level;
        if (unit.isEmpty() != (level == AdministrativeLevel.NATIONAL)) {
            throw new IllegalArgumentException("document metadata: a national document has no unit, any other has one");
        }
    }

    /** The same document belonging to another unit ({@code ""} and {@code NATIONAL} for a national document). */
    public DocumentMetadata withUnit(String newUnit, AdministrativeLevel newLevel) {
        return new DocumentMetadata(id, kind, number, issuer, place, region, issued, signer, signedFor, title, source, newUnit,
                newLevel, basis);
    }

    /**
     * How an answer refers to the document: "Kế hoạch số 168-KH/TU của Tỉnh ủy Tiền Giang".
     * A number without digits (a blank draft number such as "/KH-UBND") is not worth quoting.
     */
    public String reference() {
        return hasRealNumber() ? kind + " số " + number + " của " + issuer : kind + " của " + issuer;
    }

    /** True when the printed number contains digits, i.e. the document was actually numbered. */
    public boolean hasRealNumber() {
        return number.chars().anyMatch(Character::isDigit);
    }

    private static String required(String value, String field) {
        Objects.requireNonNull(value, () -> "document metadata field '" + field + "' is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException("document metadata field '" + field + "' must not be blank");
        }
        return value.strip();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
