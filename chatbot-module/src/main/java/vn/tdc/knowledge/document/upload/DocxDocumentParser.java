package vn.tdc.knowledge.document.upload;

import dev.langchain4j.data.document.BlankDocumentException;
import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads the text of a DOCX file with Apache POI XWPF, one paragraph per line, <em>including Word's automatic
 * list numbers and bullets</em> ("I. MỤC ĐÍCH", "1. Mục đích", "- …"), which LangChain4j's
 * {@code ApachePoiDocumentParser} (POI's {@code XWPFWordExtractor}) leaves out — without them the section
 * parser cannot find parts and items.
 *
 * <p>Body paragraphs and tables are read in document order; page headers, footers, footnotes and comments
 * are not. A table of one or two columns is layout (the national header block, the "Nơi nhận" / signature
 * block): its cells are read one after the other, each paragraph on its own line. A table of three or more
 * columns holds data: each row becomes one line, cells separated by {@code " | "}.
 *
 * <p>Failures follow LangChain4j's parsers: a document without text is a {@link BlankDocumentException};
 * an unreadable file an {@link UncheckedIOException} or POI's own runtime exception.
 */
public final class DocxDocumentParser implements DocumentParser {

    private static final int LAYOUT_TABLE_MAX_COLUMNS = 2;
    /**
     * POI's own ZIP bomb guards, set deliberately (they are JVM-wide settings of POI, used only by this parser in the
     * portal). {@link DocxPackageCheck} has already bounded the whole package (64 MB unpacked) and its text before
     * POI sees it, so these only stop what slips past it: a part may unpack to at most 64 MB (POI's default is 4 GB)
     * and to at most 500 times its packed size (POI's default, 100 times, refuses real documents whose XML repeats
     * itself, such as long tables of identical rows; Deflate cannot exceed about 1 000 times).
     */
    static final double MIN_INFLATE_RATIO = 0.002;
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    static {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    @Override
    public Document parse(InputStream inputStream) {
        try (XWPFDocument docx = new XWPFDocument(inputStream)) {
            ListNumbering numbering = new ListNumbering(docx);
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : docx.getBodyElements()) {
                appendElement(element, numbering, lines);
            }
            String text = String.join("\n", lines);
            if (text.isBlank()) {
                throw new BlankDocumentException();
            }
            return Document.from(text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read DOCX", e);
        }
    }

    private static void appendElement(IBodyElement element, ListNumbering numbering, List<String> lines) {
        if (element instanceof XWPFParagraph paragraph) {
            lines.add(numbering.labelOf(paragraph) + paragraph.getText());
        } else if (element instanceof XWPFTable table) {
            appendTable(table, numbering, lines);
        } else if (element instanceof XWPFSDT contentControl) {
            lines.add(contentControl.getContent().getText());
        }
    }

    private static void appendTable(XWPFTable table, ListNumbering numbering, List<String> lines) {
        int columns = table.getRows().stream().mapToInt(r -> r.getTableCells().size()).max().orElse(0);
        for (XWPFTableRow row : table.getRows()) {
            if (columns <= LAYOUT_TABLE_MAX_COLUMNS) {
                for (XWPFTableCell cell : row.getTableCells()) {
                    cell.getBodyElements().forEach(e -> appendElement(e, numbering, lines));
                }
            } else {
                lines.add(row.getTableCells().stream()
                        .map(c -> c.getText().replaceAll("\\s+", " ").strip())
                        .collect(Collectors.joining(" | ")));
            }
        }
    }
}
