package org.ramstein.importers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ramstein.common.ValidationException;

/** Reads CSV, TSV, XLSX sheets and JSON arrays of arrays into {@link Row}s, so every format shares one row model. */
public final class Tables {
    private Tables() {
    }

    /** A file read whole: its header and its data rows (blank lines dropped, numbering kept). */
    public record Table(String fileName, List<String> header, List<Row> rows) {
        public void require(String... columns) {
            for (String c : columns) {
                if (!header.contains(c)) {
                    throw new ValidationException(fileName, "has no column '" + c + "' (found: " + String.join(", ", header) + ")");
                }
            }
        }
    }

    public static Table csv(Path file) throws IOException {
        return csv(file, ',');
    }

    public static Table csv(Path file, char delimiter) throws IOException {
        String name = file.getFileName().toString();
        List<List<String>> raw = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).build();
        try (Reader r = Utf8Text.reader(file); CSVParser p = CSVParser.parse(r, format)) {
            for (CSVRecord rec : p) raw.add(rec.toList());
        } catch (java.io.UncheckedIOException | IllegalStateException e) {
            if (Utf8Text.isEncodingProblem(e)) throw Utf8Text.notUtf8(file);
            throw new ValidationException(name, "is not a readable CSV file: " + rootMessage(e));
        } catch (IOException e) {
            if (Utf8Text.isEncodingProblem(e)) throw Utf8Text.notUtf8(file);
            throw e;
        }
        return table(name, raw, null);
    }

    /** An explicit header for files that have none (the JSON arrays). */
    public static Table json(Path file, List<String> header) throws IOException {
        String name = file.getFileName().toString();
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ValidationException(name, "is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) throw new ValidationException(name, "must be a JSON array of rows");
        List<List<String>> raw = new ArrayList<>();
        raw.add(header);
        int n = 0;
        for (JsonNode row : root) {
            n++;
            if (!row.isArray()) throw new ValidationException(name + " row " + n, "must be an array");
            List<String> cells = new ArrayList<>();
            for (JsonNode c : row) cells.add(c.isNull() ? "" : c.asText());
            raw.add(cells);
        }
        return table(name, raw, header);
    }

    /** One sheet of an XLSX workbook; numeric cells as plain decimals, date-formatted cells as ISO dates. */
    public static Table xlsx(Path file, String sheetName) throws IOException {
        String name = file.getFileName().toString();
        List<List<String>> raw = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook wb = openWorkbook(file)) {
            Sheet sheet = wb.getSheet(sheetName);
            if (sheet == null) throw new ValidationException(name, "has no sheet '" + sheetName + "'");
            int last = -1;
            for (org.apache.poi.ss.usermodel.Row r : sheet) {
                while (++last < r.getRowNum()) raw.add(List.of()); // keep row numbers equal to the sheet's
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(0, r.getLastCellNum()); c++) cells.add(cellText(r.getCell(c), formatter));
                raw.add(cells);
            }
        }
        return table(name, raw, null);
    }

    private static Workbook openWorkbook(Path file) throws IOException {
        String name = file.getFileName().toString();
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        } catch (java.util.zip.ZipException e) {
            throw new ValidationException(name, "is not an XLSX workbook: " + e.getMessage());
        } catch (RuntimeException e) {
            if (isUnreadableWorkbook(e)) {
                throw new ValidationException(name, "is not a readable XLSX workbook (damaged, or another kind of file): " + rootMessage(e));
            }
            throw e;
        }
    }

    /**
     * Whether POI failed to read a workbook: not a zip, not an Office file, damaged XML or parts (POI reports these as
     * runtime exceptions of its own, or as IllegalArgumentException for files of another kind).
     */
    public static boolean isUnreadableWorkbook(RuntimeException e) {
        return e instanceof org.apache.poi.ooxml.POIXMLException || e instanceof org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException
                || e instanceof org.apache.poi.util.RecordFormatException || e instanceof org.apache.poi.UnsupportedFileFormatException
                || e instanceof org.apache.poi.EmptyFileException || e instanceof IllegalArgumentException;
    }

    /** The innermost message of a failure (the library's own words, without its class names). */
    public static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static String cellText(Cell cell, DataFormatter formatter) {
        if (cell == null) return "";
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC -> numberText(cell);
            case STRING -> cell.getRichStringCellValue().getString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case ERROR -> "#N/A";
            default -> formatter.formatCellValue(cell);
        };
    }

    /**
     * A number cell as text: a date-formatted one as its ISO day, another as a plain decimal. A value no day or decimal
     * can be (NaN, infinity, a date beyond the calendar Excel knows) is left as the spreadsheet shows it, for the row's
     * checks to refuse.
     */
    private static String numberText(Cell cell) {
        double d = cell.getNumericCellValue();
        if (Double.isNaN(d) || Double.isInfinite(d)) return Double.toString(d);
        if (DateUtil.isCellDateFormatted(cell)) {
            java.time.LocalDateTime t = DateUtil.isValidExcelDate(d) ? cell.getLocalDateTimeCellValue() : null;
            return t == null ? Double.toString(d) : t.toLocalDate().toString();
        }
        return new java.math.BigDecimal(Double.toString(d)).stripTrailingZeros().toPlainString();
    }

    private static Table table(String name, List<List<String>> raw, List<String> given) {
        if (raw.isEmpty()) throw new ValidationException(name, "is empty");
        List<String> header = raw.get(0).stream().map(h -> h == null ? "" : h.strip()).toList();
        if (given != null) header = given;
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) columns.putIfAbsent(header.get(i), i);
        List<Row> rows = new ArrayList<>();
        for (int i = given != null ? 1 : 1; i < raw.size(); i++) {
            List<String> cells = raw.get(i);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) continue;
            rows.add(new Row(name, i, columns, cells));
        }
        return new Table(name, header, rows);
    }

    /** Turns the first errors of a whole-file check into one exception (so a user fixes them all in one go). */
    public static void throwIfAny(List<org.ramstein.common.FieldError> errors) {
        if (errors.isEmpty()) return;
        List<org.ramstein.common.FieldError> shown = new ArrayList<>(errors.subList(0, Math.min(20, errors.size())));
        if (errors.size() > 20) shown.add(new org.ramstein.common.FieldError("…", (errors.size() - 20) + " more rows with errors"));
        throw new ValidationException(shown);
    }
}
