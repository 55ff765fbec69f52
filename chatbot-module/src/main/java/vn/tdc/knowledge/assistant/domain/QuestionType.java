package vn.tdc.knowledge.assistant.domain;

/** What kind of fact a question asks for; decides which part of a passage the answer leads with. */
public enum QuestionType {
    /** "khi nào", "ngày nào", "bao giờ", "thời hạn": a date or deadline. */
    WHEN,
    /** "ai ký", "người ký": the signer of the document. */
    SIGNER,
    /** "cơ quan nào", "phòng nào", "chủ trì": an organisation. */
    WHICH_BODY,
    /** "bao nhiêu", "tỷ lệ", "mấy": a figure. */
    HOW_MANY,
    /** "làm gì", "nhiệm vụ gì", "hình thức nào", "như thế nào": the tasks. */
    WHAT_TO_DO,
    /** "ai", "cho ai", "đối tượng nào": people or groups concerned. */
    WHO,
    /** Anything else. */
    GENERAL
}
