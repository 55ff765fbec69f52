package vn.tdc.knowledge.testing;

import java.util.List;
import vn.tdc.knowledge.search.domain.IndexChunk;
import vn.tdc.knowledge.search.domain.SourceInfo;
import vn.tdc.knowledge.search.domain.SourceType;

/** A published news article as the portal indexes it (source {@code article:<id>}, ward Đông Cứu, link /tin-tuc/…). */
public final class TestArticles {

    public static final String ID = "article:7";
    public static final String URL = "/tin-tuc/can-doi-chung-o-cho-dong-cuu";
    public static final String TITLE = "Chợ Đông Cứu có cân đối chứng mới";

    private TestArticles() {
    }

    public static SourceInfo source() {
        return new SourceInfo(ID, SourceType.ARTICLE, TITLE, "Trung tâm Văn hóa – Thể thao xã Đông Cứu",
                "Bài viết „" + TITLE + "”", "", List.of("xã Đông Cứu"), List.of("tỉnh Bắc Ninh"), "", "", "", URL);
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
