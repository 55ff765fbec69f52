package vn.tdc.knowledge.document.application;

import java.util.List;
import java.text.Normalizer;
import vn.tdc.knowledge.document.domain.AdministrativeLevel;
import vn.tdc.knowledge.document.domain.DocumentMetadata;
import vn.tdc.knowledge.document.domain.LegalDocument;

/**
 * Turns the text of one content file into a {@link LegalDocument}.
 *
 * <p>File format (UTF-8, normalised to NFC on reading):
 * <pre>
 * ---
 * id: ke-hoach-168-kh-tu-tinh-uy-tien-giang      (required, slug, unique)
 * kind: Kế hoạch                                 (required: Chỉ thị / Kế hoạch / Quyết định / Công văn …)
 * number: 168-KH/TU                              (as printed, may be partial or empty)
 * issuer: Tỉnh ủy Tiền Giang                     (required)
 * place: tỉnh Tiền Giang                         (ward/commune/province the document governs)
 * region: thành phố Hải Phòng                    (enclosing province/city, may be empty)
 * issued: 24/10/2024                             (as printed, may be partial or empty)
 * signer: Võ Văn Bình — Phó Bí thư
 * signed-for: T/M Ban Thường vụ
 * title: Kế hoạch thực hiện Chỉ thị 38-CT/TW …   (required)
 * source: 002_1127cbc6e7fb2987.txt               (provenance of the raw conversion)
 * unit: tien-giang                               (slug of the issuing unit; absent or empty = national)
 * level: tinh                                    (optional: xa / tinh / quoc-gia; inferred when absent)
 * ---
 * body, one paragraph per line, parsed by {@link SectionParser}
 * </pre>
 */
public final class LegalDocumentParser {

    private final FrontMatterParser frontMatterParser = new FrontMatterParser();
    private final SectionParser sectionParser = new SectionParser();

    public LegalDocument parse(String content, String sourceName) {
        FrontMatter fm = frontMatterParser.parse(Normalizer.normalize(content, Normalizer.Form.NFC), sourceName);
        DocumentMetadata metadata = new DocumentMetadata(
                required(fm, "id", sourceName),
                required(fm, "kind", sourceName),
                fm.fieldOrEmpty("number"),
                required(fm, "issuer", sourceName),
                fm.fieldOrEmpty("place"),
                fm.fieldOrEmpty("region"),
                fm.fieldOrEmpty("issued"),
                fm.fieldOrEmpty("signer"),
                fm.fieldOrEmpty("signed-for"),
                required(fm, "title", sourceName),
                fm.fieldOrEmpty("source"),
                fm.fieldOrEmpty("unit"),
                level(fm, sourceName),
                List.of(fm.fieldOrEmpty("basis").split(";")));
        return new LegalDocument(metadata, sectionParser.parse(fm.body()));
    }

    private static AdministrativeLevel level(FrontMatter fm, String sourceName) {
        return fm.field("level").map(code -> AdministrativeLevel.fromCode(code.strip()).orElseThrow(() -> new DocumentFormatException(
                sourceName + ": field 'level' must be xa, tinh or quoc-gia, not '" + code + "'"))).orElse(null);
    }

    private static String required(FrontMatter fm, String key, String sourceName) {
        return fm.field(key).orElseThrow(() -> new DocumentFormatException(sourceName + ": required field '" + key + "' is missing or empty"));
    }
}
