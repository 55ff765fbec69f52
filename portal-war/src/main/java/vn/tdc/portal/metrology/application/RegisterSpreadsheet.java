package vn.tdc.portal.metrology.application;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.tdc.portal.platform.problem.ProblemException;
import vn.tdc.portal.platform.problem.ProblemKind;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the spreadsheets officers keep of their register: CSV (UTF-8 with or without a byte order mark, comma or
 * semicolon, which the header line decides) or XLSX (the first sheet, read as a stream of SAX events, never as a
 * whole workbook). What it reads is bounded: at most {@value #MAX_BYTES} bytes of file, {@value #MAX_ROWS} data rows
 * and {@value #MAX_COLUMNS} columns; an XLSX may unpack to at most {@value #MAX_UNPACKED_BYTES} bytes in all, counted
 * by inflating it once before POI opens it (a ZIP bomb is refused, not read). Larger files are a 413, unreadable
 * ones a 400, other kinds of file a 415, all with a Vietnamese message.
 */
public final class RegisterSpreadsheet {

    public static final int MAX_BYTES = 2 * 1024 * 1024;
    public static final int MAX_ROWS = 5_000;
    static final int MAX_COLUMNS = 40;
    static final long MAX_UNPACKED_BYTES = 40L * 1024 * 1024;
    private static final int MAX_ZIP_ENTRIES = 500;
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    private RegisterSpreadsheet() {
    }

    /** The rows of the file; {@code fileName} only helps tell a CSV from an old Excel file in the message. */
    public static SheetTable read(byte[] content, String fileName) {
        if (content == null || content.length == 0) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "metrology.import.empty");
        }
        if (content.length > MAX_BYTES) {
            throw ProblemException.of(ProblemKind.TOO_LARGE, "metrology.import.too_large", MAX_BYTES / (1024 * 1024));
        }
        if (startsWith(content, ZIP)) {
            return xlsx(content);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWith(content, OLE2) || name.endsWith(".xls") || name.endsWith(".ods") || name.endsWith(".xlsx")) {
            throw ProblemException.of(ProblemKind.UNSUPPORTED, "metrology.import.file_type");
        }
        return csv(utf8(content));
    }

    // ---------------------------------------------------------------------------------------------------- CSV

    static SheetTable csv(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char delimiter = delimiter(body);
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < body.length() && body.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
            } else if (c == delimiter) {
                record.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
                records.add(record);
                record = new ArrayList<>();
                checkRows(records.size() - 1);
            } else {
                cell.append(c);
                cellStarted = true;
            }
        }
        if (quoted) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "metrology.import.csv_quote");
        }
        if (cellStarted || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
            checkRows(records.size() - 1);
        }
        if (records.isEmpty()) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "metrology.import.empty");
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            SheetRow row = new SheetRow(i + 1, columns(records.get(i)));
            if (!row.blank()) {
                rows.add(row);
            }
        }
        return new SheetTable(columns(records.get(0)), rows);
    }

    /** Semicolon when the header line has more semicolons than commas (outside quotes), else comma. */
    static char delimiter(String body) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
        }
        return semicolons > commas ? ';' : ',';
    }

    private static List<String> columns(List<String> cells) {
        return cells.size() > MAX_COLUMNS ? cells.subList(0, MAX_COLUMNS) : cells;
    }

    private static void checkRows(int dataRows) {
        if (dataRows > MAX_ROWS) {
            throw ProblemException.of(ProblemKind.TOO_LARGE, "metrology.import.too_many_rows", MAX_ROWS);
        }
    }

    private static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw ProblemException.of(ProblemKind.BAD_REQUEST, "metrology.import.encoding");
        }
    }

    // --------------------------------------------------------------------------------------------------- XLSX

    static SheetTable xlsx(byte[] content) {
        checkUnpackedSize(content);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw ProblemException.of(ProblemKind.BAD_REQUEST, "metrology.import.empty");
            }
            SheetHandler handler = new SheetHandler(strings, styles);
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(handler);
                parser.parse(new InputSource(sheet));
            }
            return handler.table();
        } catch (ProblemException e) {
            throw e;
        } catch (SAXException e) {
            if (e.getCause() instanceof ProblemException problem) {
                throw problem;
            }
            throw unreadable();
        } catch (IOException | OpenXML4JException | ParserConfigurationException | RuntimeException e) {
            throw unreadable();
        }
    }

    private static ProblemException unreadable() {
        return ProblemException.of(ProblemKind.BAD_REQUEST, "metrology.import.unreadable");
    }

    /** Inflates every entry once, counting: more than {@value #MAX_UNPACKED_BYTES} bytes in all is a 413. */
    static void checkUnpackedSize(byte[] content) {
        long total = 0;
        int entries = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    throw unpackedTooLarge();
                }
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    total += n;
                    if (total > MAX_UNPACKED_BYTES) {
                        throw unpackedTooLarge();
                    }
                }
            }
        } catch (IOException e) {
            throw unreadable();
        }
        if (entries == 0) {
            throw unreadable();
        }
    }

    private static ProblemException unpackedTooLarge() {
        return ProblemException.of(ProblemKind.TOO_LARGE, "metrology.import.unpacked_too_large",
                MAX_UNPACKED_BYTES / (1024 * 1024));
    }

    /**
     * The cells of one sheet's XML ({@code <row><c r="B2" t="s" s="3"><v>…</v></c></row>}): shared and inline
     * strings, numbers (dates when their style is a date format), booleans, and formulas (given as {@code =…}).
     */
    private static final class SheetHandler extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final List<List<String>> rows = new ArrayList<>();
        private final List<Integer> lines = new ArrayList<>();
        private List<String> row;
        private int column;
        private String type;
        private int style;
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder formula = new StringBuilder();
        private boolean inValue;
        private boolean inFormula;
        private boolean inInlineText;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            switch (localName) {
                case "row" -> {
                    row = new ArrayList<>();
                    String r = attributes.getValue("r");
                    lines.add(r == null ? rows.size() + 1 : Integer.parseInt(r));
                    if (rows.size() > MAX_ROWS) {
                        throw new SAXException(ProblemException.of(ProblemKind.TOO_LARGE,
                                "metrology.import.too_many_rows", MAX_ROWS));
                    }
                }
                case "c" -> {
                    String reference = attributes.getValue("r");
                    column = reference == null ? (row == null ? 0 : row.size()) : columnOf(reference);
                    type = attributes.getValue("t");
                    String s = attributes.getValue("s");
                    style = s == null ? -1 : Integer.parseInt(s);
                    value.setLength(0);
                    formula.setLength(0);
                }
                case "v" -> inValue = true;
                case "f" -> inFormula = true;
                case "t" -> inInlineText = "inlineStr".equals(type);
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue || inInlineText) {
                value.append(ch, start, length);
            } else if (inFormula) {
                formula.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v" -> inValue = false;
                case "f" -> inFormula = false;
                case "t" -> inInlineText = false;
                case "c" -> {
                    if (row != null && column < MAX_COLUMNS) {
                        while (row.size() < column) {
                            row.add("");
                        }
                        row.add(cellText());
                    }
                }
                case "row" -> {
                    rows.add(row);
                    row = null;
                }
                default -> {
                }
            }
        }

        private String cellText() {
            if (!formula.isEmpty()) {
                return "=" + formula;
            }
            String raw = value.toString();
            if (type == null || type.equals("n")) {
                return number(raw);
            }
            return switch (type) {
                case "s" -> raw.isBlank() ? "" : strings.getItemAt(Integer.parseInt(raw.strip())).getString();
                case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
                default -> raw;
            };
        }

        private String number(String raw) {
            if (raw.isBlank()) {
                return "";
            }
            double number = Double.parseDouble(raw);
            if (style >= 0 && style < styles.getNumCellStyles()) {
                XSSFCellStyle cellStyle = styles.getStyleAt(style);
                if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(),
                        cellStyle.getDataFormatString()) && DateUtil.isValidExcelDate(number)) {
                    return DateUtil.getLocalDateTime(number).toLocalDate().toString();
                }
            }
            return new BigDecimal(raw).stripTrailingZeros().toPlainString();
        }

        private static int columnOf(String reference) {
            int column = 0;
            for (int i = 0; i < reference.length() && Character.isLetter(reference.charAt(i)); i++) {
                column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            }
            return Math.max(0, column - 1);
        }

        SheetTable table() {
            if (rows.isEmpty()) {
                throw ProblemException.of(ProblemKind.BAD_REQUEST, "metrology.import.empty");
            }
            List<SheetRow> data = new ArrayList<>();
            for (int i = 1; i < rows.size(); i++) {
                SheetRow sheetRow = new SheetRow(lines.get(i), rows.get(i));
                if (!sheetRow.blank()) {
                    data.add(sheetRow);
                }
            }
            if (data.size() > MAX_ROWS) {
                throw ProblemException.of(ProblemKind.TOO_LARGE, "metrology.import.too_many_rows", MAX_ROWS);
            }
            return new SheetTable(rows.get(0), data);
        }
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
