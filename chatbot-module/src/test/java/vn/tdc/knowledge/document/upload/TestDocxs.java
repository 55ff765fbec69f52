package vn.tdc.knowledge.document.upload;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Real DOCX files written with POI XWPF: paragraphs, two-column layout tables and Word list numbering. */
final class TestDocxs {

    /** A paragraph, optionally numbered by Word at a level of the document's one multi-level list. */
    record Paragraph(String text, Integer listLevel) {
        static Paragraph text(String text) {
            return new Paragraph(text, null);
        }

        static Paragraph numbered(int level, String text) {
            return new Paragraph(text, level);
        }
    }

    /** A two-column table (header block, "Nơi nhận" / signature block): each cell holds lines. */
    record LayoutTable(List<String> left, List<String> right) {
    }

    private TestDocxs() {
    }

    /** A DOCX of the given parts in order: {@link Paragraph}s and {@link LayoutTable}s. */
    static byte[] docx(List<?> parts) {
        try (XWPFDocument docx = new XWPFDocument()) {
            BigInteger numId = vietnameseOutlineList(docx);
            for (Object part : parts) {
                if (part instanceof Paragraph p) {
                    XWPFParagraph paragraph = docx.createParagraph();
                    if (p.listLevel() != null) {
                        paragraph.setNumID(numId);
                        paragraph.setNumILvl(BigInteger.valueOf(p.listLevel()));
                    }
                    paragraph.createRun().setText(p.text());
                } else if (part instanceof LayoutTable t) {
                    XWPFTable table = docx.createTable(1, 2);
                    fill(table.getRow(0).getCell(0).getParagraphs().get(0), t.left(), table.getRow(0).getCell(0));
                    fill(table.getRow(0).getCell(1).getParagraphs().get(0), t.right(), table.getRow(0).getCell(1));
                } else {
                    throw new IllegalArgumentException("unknown part " + part);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            docx.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fill(XWPFParagraph first, List<String> lines, org.apache.poi.xwpf.usermodel.XWPFTableCell cell) {
        for (int i = 0; i < lines.size(); i++) {
            XWPFParagraph paragraph = i == 0 ? first : cell.addParagraph();
            paragraph.createRun().setText(lines.get(i));
        }
    }

    /** Level 0 "I.", level 1 "1.", level 2 "a)", level 3 a bullet "–": how Vietnamese plans are outlined. */
    private static BigInteger vietnameseOutlineList(XWPFDocument docx) {
        CTAbstractNum outline = CTAbstractNum.Factory.newInstance();
        outline.setAbstractNumId(BigInteger.ONE);
        level(outline, 0, STNumberFormat.UPPER_ROMAN, "%1.");
        level(outline, 1, STNumberFormat.DECIMAL, "%2.");
        level(outline, 2, STNumberFormat.LOWER_LETTER, "%3)");
        level(outline, 3, STNumberFormat.BULLET, "–");
        XWPFNumbering numbering = docx.createNumbering();
        BigInteger abstractNumId = numbering.addAbstractNum(new XWPFAbstractNum(outline));
        return numbering.addNum(abstractNumId);
    }

    private static void level(CTAbstractNum outline, int index, STNumberFormat.Enum format, String text) {
        CTLvl lvl = outline.addNewLvl();
        lvl.setIlvl(BigInteger.valueOf(index));
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
    }
}
