package vn.tdc.knowledge;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tdc.knowledge.testing.ContentDocuments;
class ScratchTest {
    @Test void show() {
        var index = ContentDocuments.sharedIndex();
        for (String q : new String[]{"phải báo cáo kết quả trước ngày 15/11?", "phải gửi báo cáo trước 15 tháng 11"}) {
            var plan = index.plan(q, 40, Optional.empty());
            System.out.println("PLAN " + q + " -> " + plan.terms());
            for (var p : index.retrieve(plan)) System.out.println("  " + p.source().documentId() + " " + p.score() + " " + p.text().substring(0, Math.min(80, p.text().length())).replace('\n',' '));
        }
    }
}
