package vn.tdc.knowledge.document.upload;

import java.util.ArrayList;
import java.util.List;

/** A commune plan laid out like the real ones: header block, KẾ HOẠCH, title, body, "Nơi nhận", signature. */
final class SamplePlan {

    static final List<String> HEADER = List.of(
            "ỦY BAN NHÂN DÂN",
            "XÃ ĐÔNG CỨU",
            "Số: 12/KH-UBND",
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Đông Cứu, ngày 15 tháng 3 năm 2026");
    static final String KIND_LINE = "KẾ HOẠCH";
    static final String PRINTED_TITLE =
            "Đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia đến năm 2030 và những năm tiếp theo trên địa bàn xã Đông Cứu";
    static final String TITLE = "Kế hoạch " + PRINTED_TITLE.substring(0, 1).toLowerCase() + PRINTED_TITLE.substring(1);

    static final String LEGAL_BASIS = "Căn cứ Kế hoạch số 37/KH-UBND ngày 21/8/2025 của UBND tỉnh Bắc Ninh về đẩy mạnh công tác "
            + "tiêu chuẩn đo lường chất lượng quốc gia đến năm 2030 và những năm tiếp theo trên địa bàn tỉnh Bắc Ninh.";
    static final String INTRODUCTION = "UBND xã Đông Cứu ban hành Kế hoạch với các nội dung cụ thể như sau:";
    static final String PART_I = "I. MỤC ĐÍCH, YÊU CẦU";
    static final String ITEM_I_1 = "1. Mục đích";
    static final String BULLET_I_1_1 = "- Quán triệt, tổ chức thực hiện nghiêm túc các nội dung tại Chỉ thị số 38-CT/TW và Kế hoạch số "
            + "37/KH-UBND của UBND tỉnh nhằm tạo chuyển biến mạnh mẽ trong nhận thức của cán bộ, doanh nghiệp và nhân dân.";
    static final String BULLET_I_1_2 = "- Nâng cao hiệu lực quản lý nhà nước tại cấp cơ sở, hỗ trợ các cơ sở kinh doanh, hợp tác xã "
            + "trên địa bàn xã nâng cao năng suất, chất lượng sản phẩm.";
    static final String ITEM_I_2 = "2. Yêu cầu";
    static final String TEXT_I_2 = "Nội dung triển khai phải sát với thực tiễn sản xuất, kinh doanh tại xã Đông Cứu; xác định rõ "
            + "trách nhiệm của các phòng, ban, đơn vị trực thuộc và các cơ quan đóng trên địa bàn.";
    static final String PART_II = "II. NHIỆM VỤ VÀ GIẢI PHÁP TRỌNG TÂM";
    static final String ITEM_II_1 = "1. Công tác thông tin, tuyên truyền và nâng cao nhận thức";
    static final String BULLET_II_1_1 = "- Thường xuyên tổ chức phổ biến các chủ trương của Đảng, chính sách pháp luật của Nhà nước về "
            + "tiêu chuẩn, đo lường, chất lượng đến các cơ sở sản xuất và người dân.";
    static final String BULLET_II_1_2 = "- Đa dạng hóa hình thức tuyên truyền: thông qua hệ thống đài truyền thanh xã, trang thông tin "
            + "điện tử và các buổi họp thôn.";
    static final String ITEM_II_2 = "2. Tăng cường quản lý nhà nước về đo lường";
    static final String BULLET_II_2_1 = "- Rà soát, thống kê các phương tiện đo lường trên địa bàn (cân thương mại, thiết bị đo đếm) "
            + "để đưa vào quản lý, kiểm định định kỳ.";
    static final String BULLET_II_2_2 = "- Kiểm tra việc chấp hành pháp luật về đo lường tại các chợ, điểm kinh doanh xăng dầu; xử lý "
            + "nghiêm các hành vi gian lận về đo lường.";
    static final String PART_III = "III. TỔ CHỨC THỰC HIỆN";
    static final String ITEM_III_1 = "1. Phòng Văn hóa và Xã hội: Chủ trì, phối hợp với các cơ quan liên quan tổ chức triển khai "
            + "Kế hoạch này; theo dõi, tổng hợp và báo cáo kết quả thực hiện định kỳ hằng năm.";
    static final String ITEM_III_2 = "2. Phòng Kinh tế: Chủ trì thực hiện công tác rà soát, kiểm tra về đo lường tại các chợ, các "
            + "điểm kinh doanh dịch vụ trên địa bàn.";
    static final String CLOSING = "Trên đây là Kế hoạch đẩy mạnh công tác tiêu chuẩn, đo lường, chất lượng quốc gia đến năm 2030 "
            + "trên địa bàn xã Đông Cứu./.";
    static final String RECIPIENTS = "Nơi nhận:";
    static final List<String> RECIPIENT_LINES = List.of(
            "- Sở Khoa học và Công nghệ tỉnh Bắc Ninh (b/c);",
            "- TT Đảng ủy, HĐND xã (b/c);",
            "- Lưu: VT, VH-XH.");
    static final List<String> SIGNATURE = List.of("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thanh Tùng");

    private SamplePlan() {
    }

    /** The body paragraphs, from the legal basis to the closing sentence. */
    static List<String> body() {
        return List.of(LEGAL_BASIS, INTRODUCTION, PART_I, ITEM_I_1, BULLET_I_1_1, BULLET_I_1_2, ITEM_I_2, TEXT_I_2,
                PART_II, ITEM_II_1, BULLET_II_1_1, BULLET_II_1_2, ITEM_II_2, BULLET_II_2_1, BULLET_II_2_2,
                PART_III, ITEM_III_1, ITEM_III_2, CLOSING);
    }

    /** The whole printed document, one paragraph per entry. */
    static List<String> paragraphs() {
        List<String> all = new ArrayList<>(HEADER);
        all.add(KIND_LINE);
        all.add(PRINTED_TITLE);
        all.addAll(body());
        all.add(RECIPIENTS);
        all.addAll(RECIPIENT_LINES);
        all.addAll(SIGNATURE);
        return all;
    }

    static UploadMetadata metadata() {
        return new UploadMetadata(DocumentKind.KE_HOACH, "12/KH-UBND", "UBND xã Đông Cứu", "xã Đông Cứu", "tỉnh Bắc Ninh",
                "15/3/2026", "Nguyễn Thanh Tùng — Phó Chủ tịch", "KT. Chủ tịch", TITLE);
    }

    /** "- text" → "text": how the section parser stores a bullet. */
    static String bulletText(String bullet) {
        return bullet.substring(2);
    }
}
