package vn.tdc.knowledge.testing;

import java.util.List;
import vn.tdc.knowledge.document.domain.AdministrativeLevel;
import vn.tdc.knowledge.search.domain.IndexChunk;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.search.domain.SourceType;

/** Published news articles as the portal indexes them (source {@code article:<id>}, of a ward, link /tin-tuc/…). */
public final class TestArticles {

    public static final String ID = "article:7";
    public static final String URL = "/tin-tuc/can-doi-chung-o-cho-dong-cuu";
    public static final String TITLE = "Chợ Đông Cứu có cân đối chứng mới";

    private TestArticles() {
    }

    public static SourceInfo source() {
        return new SourceInfo(ID, SourceType.ARTICLE, TITLE, "Trung tâm Văn hóa – Thể thao xã Đông Cứu",
                "Bài viết „" + TITLE + "”", "", List.of("xã Đông Cứu"), List.of("tỉnh Bắc Ninh"), "", "", "", URL, "xa-dong-cuu",
                AdministrativeLevel.WARD);
    }

    public static final String THANH_DONG_ID = "article:8";
    public static final String THANH_DONG_TITLE = "Chợ Thành Đông có cân đối chứng ở cổng chợ";

    /** A news article of phường Thành Đông (ward unit {@code phuong-thanh-dong}) about its market's check scale. */
    public static List<IndexChunk> thanhDongChunks() {
        SourceInfo s = new SourceInfo(THANH_DONG_ID, SourceType.ARTICLE, THANH_DONG_TITLE, "Trung tâm Văn hóa phường Thành Đông",
                "Bài viết „" + THANH_DONG_TITLE + "”", "", List.of("phường Thành Đông"), List.of("thành phố Hải Phòng"), "", "", "",
                "/tin-tuc/can-doi-chung-cho-thanh-dong", "phuong-thanh-dong", AdministrativeLevel.WARD);
        return List.of(
                new IndexChunk(s, "tom-tat", "Tóm tắt", "", THANH_DONG_TITLE, THANH_DONG_TITLE
                        + "\nBan quản lý chợ Thành Đông đặt một cân đối chứng đã kiểm định ở cổng chợ để người mua tự cân lại hàng."));
    }

    /** Title and summary, then two sections, as the article indexer cuts them. */
    public static List<IndexChunk> chunks() {
        SourceInfo s = source();
        return List.of(
                new IndexChunk(s, "tom-tat", "Tóm tắt", "", TITLE, TITLE
                        + "\nBan quản lý chợ Đông Cứu vừa đưa vào sử dụng một cân đối chứng đã được kiểm định."),
                new IndexChunk(s, "1", "Cân đối chứng đặt ở đâu?", TITLE, "Cân đối chứng đặt ở đâu?",
                        "Cân đối chứng đặt ở đâu?\nCân đối chứng của chợ Đông Cứu được đặt ở cổng chợ, cạnh phòng ban quản lý chợ."
                                + "\nNgười mua có thể tự cân lại hàng miễn phí từ 5 giờ sáng đến 6 giờ chiều."),
                new IndexChunk(s, "2", "Khi hàng bị thiếu", TITLE, "Khi hàng bị thiếu",
                        "Khi hàng bị thiếu\n- Báo ngay cho ban quản lý chợ.\n- Gửi phản ánh trên cổng thông tin."));
    }
}
