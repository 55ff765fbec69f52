package vn.tdc.knowledge.testing;

import java.text.Normalizer;

/** The matching rule of /work/shared/eval/chat_eval.py ({@code fold}), reproduced exactly. */
public final class EvalFold {

    private EvalFold() {
    }

    public static String fold(String s) {
        String t = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFD);
        StringBuilder sb = new StringBuilder();
        t.codePoints().filter(c -> Character.getType(c) != Character.NON_SPACING_MARK).forEach(sb::appendCodePoint);
        t = sb.toString().replace("đ", "d").replace("Đ", "D").toLowerCase();
        t = t.replaceAll("[\\u2010-\\u2015\\-]+", "-");
        t = t.replaceAll("\\s*-\\s*", " - ");
        return t.replaceAll("\\s+", " ").strip();
    }
}
