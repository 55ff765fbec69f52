package vn.tdc.portal.yearlyreport.domain;

import java.text.Normalizer;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What the portal's data can show for a task of a plan. A task is matched by the words of its heading (diacritics
 * folded): propaganda tasks by the news published; state management and enforcement by the residents' reports and
 * the register of instruments (not by "đo lường" alone: every task names "tiêu chuẩn, đo lường, chất lượng");
 * inspection tasks by the inspections and the reports; digital transformation by the
 * register and the assistant. A task none of them names (budget, training, cooperation) has no evidence in the
 * portal: the report leaves it to the officer.
 */
public enum TaskEvidence {
    NEWS(List.of("tuyen truyen", "nhan thuc", "pho bien", "thong tin")),
    REPORTS(List.of("quan ly nha nuoc", "thuc thi", "kiem tra", "thanh tra", "giam sat", "xu ly vi pham")),
    INSTRUMENTS(List.of("quan ly nha nuoc", "phuong tien do", "thuc thi", "kiem tra", "giam sat", "ra soat")),
    INSPECTIONS(List.of("kiem tra", "thanh tra", "giam sat")),
    DIGITAL(List.of("chuyen doi so", "co so du lieu", "ung dung", "so hoa", "cong nghe thong tin"));

    private final List<String> words;

    TaskEvidence(List<String> words) {
        this.words = words;
    }

    /** The evidence a task with this heading can be given; empty when the portal has none. */
    public static Set<TaskEvidence> forTask(String heading) {
        String folded = fold(heading);
        Set<TaskEvidence> found = EnumSet.noneOf(TaskEvidence.class);
        for (TaskEvidence evidence : values()) {
            if (evidence.words.stream().anyMatch(folded::contains)) {
                found.add(evidence);
            }
        }
        return found;
    }

    /** The text lower-cased without diacritics ("Nhiệm vụ" → "nhiem vu"). */
    public static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
