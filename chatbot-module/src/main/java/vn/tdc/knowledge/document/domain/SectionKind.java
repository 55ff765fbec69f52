package vn.tdc.knowledge.document.domain;

/** The structural role of a {@link Section} inside a Vietnamese administrative document. */
public enum SectionKind {
    /** Text between the title and the first Roman part: legal bases ("Căn cứ…", "Thực hiện…"). */
    PREAMBLE,
    /** A Roman-numbered part: "I. MỤC ĐÍCH, YÊU CẦU", "II- NHIỆM VỤ VÀ GIẢI PHÁP". */
    PART,
    /** An Arabic-numbered item inside a part: "4. Đầu tư, phối hợp xây dựng cơ sở dữ liệu". */
    ITEM,
    /** A dash bullet ("- …") inside an item or part. */
    BULLET,
    /** An unnumbered paragraph that follows bullets inside an item or part. */
    PARAGRAPH,
    /** Closing text after the body ("Trên đây là Kế hoạch…", reporting instructions). */
    CLOSING,
    /** The distribution list ("Nơi nhận"); never used to answer questions. */
    RECIPIENTS
}
