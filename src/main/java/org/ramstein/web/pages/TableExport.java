package org.ramstein.web.pages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A page's table as a download: RFC 4180 CSV (UTF-8, header row) or an XLSX workbook written with Apache POI. */
public final class TableExport {
    public static final String CSV_TYPE = "text/csv; charset=utf-8";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private TableExport() {
    }

    /** The plain values of a row: numbers stay numbers, text is the text shown. */
    static List<Object> values(List<Cell> row) {
        List<Object> out = new ArrayList<>();
        for (Cell c : row) out.add(c.value() == null ? "" : c.value());
        return out;
    }

    public static byte[] csv(WebTable t) {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(t.columns().toArray(String[]::new)).build())) {
            for (List<Cell> row : t.rows()) p.printRecord(values(row).stream().map(TableExport::inert).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A text a spreadsheet would run as a formula when it opens the CSV (it starts with =, +, -, @, a tab or a carriage
     * return, and is no number) is written with a leading apostrophe, which spreadsheets read as "this is text".
     */
    static Object inert(Object value) {
        if (!(value instanceof String s) || s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0) return value;
        return s.matches("[-+]?[0-9][0-9.,]*%?") ? s : "'" + s;
    }

    public static byte[] xlsx(WebTable t) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName(t.id()));
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < t.columns().size(); i++) {
                var c = header.createCell(i);
                c.setCellValue(t.columns().get(i));
                c.setCellStyle(bold);
            }
            int r = 1;
            for (List<Cell> row : t.rows()) {
                Row x = sheet.createRow(r++);
                List<Object> v = values(row);
                for (int i = 0; i < v.size(); i++) {
                    var c = x.createCell(i);
                    Object o = v.get(i);
                    if (o instanceof Long l) c.setCellValue(l);
                    else if (o instanceof Integer n) c.setCellValue(n);
                    else if (o instanceof BigDecimal d) c.setCellValue(d.doubleValue());
                    else if (o instanceof Double d) c.setCellValue(d);
                    else c.setCellValue(String.valueOf(o));
                }
            }
            if (!t.notes().isEmpty()) {
                Sheet notes = wb.createSheet("notes");
                for (int i = 0; i < t.notes().size(); i++) notes.createRow(i).createCell(0).setCellValue(t.notes().get(i));
            }
            for (int i = 0; i < t.columns().size(); i++) sheet.setColumnWidth(i, 20 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sheetName(String id) {
        String s = id.replaceAll("[\\\\/?*\\[\\]:]", "-");
        return s.length() > 31 ? s.substring(0, 31) : s;
    }
}
