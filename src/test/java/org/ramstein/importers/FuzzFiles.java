package org.ramstein.importers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Files for the importer fuzzing: a file is held as a table model (rows of cells, per sheet or per zip entry), changed
 * by table mutations (cells, columns, rows, sheet names), written in its format (CSV, JSON rows, XLSX, or the zip of
 * CSVs with its manifest), then changed again byte by byte (truncation, flipped bits, invalid UTF-8, a BOM, the wrong
 * container). Every mutation is a plain record of fractions and values, so a failing try shrinks and prints readably.
 */
final class FuzzFiles {
    private FuzzFiles() {
    }

    /** The datasets' own sentinels, the parsers' edge cases, and what nobody should write in a cell. */
    static final List<String> NASTY = List.of("", " ", "1e30", "-1e30", "99999999999999999999", "-99999999999999999999",
            "9223372036854775807", "9223372036854775808", "1e14", "123456789012345", "999999999999999", "1e15", "-1e15", "1000000000000001",
            "92233720368547758", "4611686018427387904", "-9223372036854775808", "-1", "-5", "-0", "0", "0.5", "1.5", "NaN",
            "Infinity", "-Infinity", "1e-30", "1e9999", "1E400", "0x1F", "1,000,000", "1.000.000,5", "١٢٣", "１２３", "2023-02-30",
            "2023-13-01", "0000-01-01", "9999-12-31", "10000-01-01", "-2023-01-01", "1899-12-30", "60", "61", "2958466", "44621.5",
            "2023-01-20T25:00", "2023", "23/01/2023", "99/2023", "13/2023", "00/2023", "Atlantis", "Narnia", "ZZ", "XX",
            "no-such-item", "Unobtainium 9000", "undisclosed", "NULL", "#N/A", "?", "True", "maybe", "\u0000", "a\"b", "line\nbreak",
            "\r", "\uFEFF", "é", "😀", "\uD800", "=1+1", "' OR 1=1 --", "../../etc/passwd", "1" + "0".repeat(400), "military", "exact",
            "range", "unspecified", "up_to", "EUR", "usd", "E", "stocks", "day", "month", "unknown", "Germany", "DEU", "de", "Ukraine",
            "Russia", "TRUE", "FALSE", "#DIV/0!", "=1/0", "=A1", "Allocation", "Commitment", "pledge", "ledger_entry", "ramstein",
            "https://example.org/x", "ftp://x", "b1", "b2", "f1", "f2", "1;2;3", "M1 Abrams (3); Marder (x)", "Leopard 2A6 (99999999999999999999)");

    // ---- the model

    /** A file as tables: one per sheet (XLSX), per entry (zip) or just one (CSV, JSON). Cells are String, Double, Boolean, LocalDate or null. */
    static final class Model {
        final Map<String, List<List<Object>>> tables = new LinkedHashMap<>();

        Model copy() {
            Model m = new Model();
            tables.forEach((k, v) -> {
                List<List<Object>> rows = new ArrayList<>();
                for (List<Object> r : v) rows.add(new ArrayList<>(r));
                m.tables.put(k, rows);
            });
            return m;
        }

        List<String> names() {
            return new ArrayList<>(tables.keySet());
        }
    }

    /** How a model becomes bytes. */
    enum Encoding { CSV, JSON, XLSX, RAMSTEIN_ZIP, RAMSTEIN_XLSX }

    // ---- mutations

    sealed interface Mutation permits TableMutation, ByteMutation {
    }

    /** Changes one table of the model; {@code table} picks which (a fraction of the list of tables). */
    sealed interface TableMutation extends Mutation {
        double table();

        void apply(List<List<Object>> rows, boolean typed);
    }

    record SetCell(double table, double row, double col, String value) implements TableMutation {
        public void apply(List<List<Object>> rows, boolean typed) {
            if (rows.isEmpty()) return;
            List<Object> r = rows.get(pick(row, rows.size()));
            if (r.isEmpty()) r.add(null);
            r.set(pick(col, r.size()), typed ? typedValue(value) : value);
        }
    }

    /**
     * A cell's own value, changed a little: the sign, a million times more, a digit, a character dropped or doubled,
     * spaces around it, its case, a fraction or an exponent added, or the value of the same column in another row.
     */
    record Perturb(double table, double row, double col, int kind, double at) implements TableMutation {
        public void apply(List<List<Object>> rows, boolean typed) {
            if (rows.isEmpty()) return;
            List<Object> r = rows.get(pick(row, rows.size()));
            if (r.isEmpty()) return;
            int c = pick(col, r.size());
            Object old = r.get(c);
            String v = old == null ? "" : old instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
                    : old.toString();
            int i = pick(at, v.length());
            String changed = switch (Math.floorMod(kind, 12)) {
                case 0 -> v.startsWith("-") ? v.substring(1) : "-" + v;
                case 1 -> v + "0".repeat(1 + (int) (at * 20));
                case 2 -> v.isEmpty() ? "9" : v.substring(0, i) + "9" + v.substring(i + 1);
                case 3 -> v.isEmpty() ? "0" : v.substring(0, i) + "0" + v.substring(i + 1);
                case 4 -> v.isEmpty() || !Character.isDigit(v.charAt(i)) ? v + "1"
                        : v.substring(0, i) + (char) ('0' + (v.charAt(i) - '0' + 1) % 10) + v.substring(i + 1);
                case 5 -> v.isEmpty() ? v : v.substring(0, i) + v.substring(i + 1);
                case 6 -> v.isEmpty() ? " " : v.substring(0, i + 1) + v.substring(i);
                case 7 -> " " + v + " ";
                case 8 -> v.equals(v.toUpperCase()) ? v.toLowerCase() : v.toUpperCase();
                case 9 -> v + ".5";
                case 10 -> v + "e5";
                default -> {
                    List<Object> other = rows.get(pick(at, rows.size()));
                    yield c < other.size() && other.get(c) != null ? other.get(c).toString() : "";
                }
            };
            r.set(c, typed ? typedValue(changed) : changed);
        }
    }

    /**
     * A value chosen for the shape of the cell it replaces: a number becomes a negative, a huge, a fractional or a
     * non-number; a day an impossible or out-of-range one; a month/year period a month that is none; an address one of
     * another scheme; a name an unknown one, a control character, a very long text.
     */
    record Shaped(double table, double row, double col, double choice) implements TableMutation {
        public void apply(List<List<Object>> rows, boolean typed) {
            if (rows.isEmpty()) return;
            List<Object> r = rows.get(pick(row, rows.size()));
            if (r.isEmpty()) return;
            int c = pick(col, r.size());
            Object old = r.get(c);
            String v = old == null ? "" : old instanceof Double d ? Double.toString(d) : old.toString();
            List<String> options = v.matches("[-+]?[\\d.,eE]+") || old instanceof Double ? List.of("-1", "-5", "-0.5", "0", "1e30", "1e14", "1e15",
                    "123456789012345", "999999999999999", "1000000000000001", "99999999999999999999", "9223372036854775807", "NaN", "Infinity",
                    "-Infinity", "1e-30", "0.5", "1.5", "-0", "1,000,000", "1.000.000,5", "١٢٣", "", "abc", v + "000000000", "-" + v, v + "e9", "1E400")
                    : v.matches("\\d{4}-\\d{2}-\\d{2}.*") || old instanceof LocalDate ? List.of("2023-02-30", "2023-13-01", "0000-01-01", "9999-12-31",
                    "10000-01-01", "-2023-01-01", "1899-12-30", "60", "2958466", "44621.5", "2023-01-20T25:00", "2023", "23/01/2023", "", "2023-1-5",
                    "2023-00-10", "1e30")
                    : v.matches("\\d{2}/\\d{4}") ? List.of("13/2023", "00/2023", "99/9999", "1/2023", "03/20233", "", "03-2023", "03/0000")
                    : v.startsWith("http") ? List.of("ftp://x", "not an address", "https://", "", "javascript:alert(1)", "http://" + "a".repeat(5000))
                    : List.of("Atlantis", "ZZ", "", "no-such-item", "\u0000", "😀", "\uD800", "=1+1", "x".repeat(5000), "NULL", "#N/A", "undisclosed",
                    "True", "Russia", " " + v, v + ";" + v, v + " (99999999999999999999)", v + " (-3)", v + " (1,5)");
            String value = options.get(pick(choice, options.size()));
            r.set(c, typed ? typedValue(value) : value);
        }
    }

    record LongCell(double table, double row, double col, int length, char c) implements TableMutation {
        public void apply(List<List<Object>> rows, boolean typed) {
            if (rows.isEmpty()) return;
            List<Object> r = rows.get(pick(row, rows.size()));
            if (r.isEmpty()) r.add(null);
            r.set(pick(col, r.size()), String.valueOf(c).repeat(length));
        }
    }

    record DropCell(double table, double row, double col) implements TableMutation {
        public void apply(List<List<Object>> rows, boolean typed) {
            if (rows.isEmpty()) return;
            List<Object> r = rows.get(pick(row, rows.size()));
            if (!r.isEmpty()) r.remove(pick(col, r.size()));
        }
    }

    record AddCell(double table, double row, String value) implements TableMutation {
        public void apply(List<List<Object>> rows, boolean typed) {
            if (rows.isEmpty()) return;
            rows.get(pick(row, rows.size())).add(typed ? typedValue(value) : value);
        }
    }

    record SwapColumns(double table, double a, double b) implements TableMutation {
        public void apply(List<List<Object>> rows, boolean typed) {
            for (List<Object> r : rows) {
                if (r.size() < 2) continue;
                int i = pick(a, r.size());
                int j = pick(b, r.size());
                Object x = r.get(i);
                r.set(i, r.get(j));
                r.set(j, x);
            }
        }
    }

    record SwapCells(double table, double row, double a, double b) implements TableMutation {
        public void apply(List<List<Object>> rows, boolean typed) {
            if (rows.isEmpty()) return;
            List<Object> r = rows.get(pick(row, rows.size()));
            if (r.size() < 2) return;
            int i = pick(a, r.size());
            int j = pick(b, r.size());
            Object x = r.get(i);
            r.set(i, r.get(j));
            r.set(j, x);
        }
    }

    record DuplicateRow(double table, double row, double to) implements TableMutation {
        public void apply(List<List<Object>> rows, boolean typed) {
            if (rows.isEmpty()) return;
            List<Object> copy = new ArrayList<>(rows.get(pick(row, rows.size())));
            rows.add(pick(to, rows.size() + 1), copy);
        }
    }

    record DeleteRow(double table, double row) implements TableMutation {
        public void apply(List<List<Object>> rows, boolean typed) {
            if (!rows.isEmpty()) rows.remove(pick(row, rows.size()));
        }
    }

    record EmptyRows(double table) implements TableMutation {
        public void apply(List<List<Object>> rows, boolean typed) {
            rows.replaceAll(r -> new ArrayList<>(java.util.Collections.nCopies(r.size(), null)));
        }
    }

    /** XLSX: the sheet under another name (a workbook saved by someone else, a sheet renamed by hand). */
    record RenameTable(double table, String name) implements TableMutation {
        public void apply(List<List<Object>> rows, boolean typed) {
            // applied on the model's names (see apply(Model)), not its rows
        }
    }

    /** Changes the written bytes. */
    sealed interface ByteMutation extends Mutation {
        byte[] apply(byte[] bytes);
    }

    record Truncate(double at) implements ByteMutation {
        public byte[] apply(byte[] bytes) {
            return Arrays.copyOf(bytes, pick(at, bytes.length + 1));
        }
    }

    record FlipBits(double at, int mask) implements ByteMutation {
        public byte[] apply(byte[] bytes) {
            if (bytes.length == 0) return bytes;
            byte[] out = bytes.clone();
            int i = pick(at, out.length);
            out[i] = (byte) (out[i] ^ (mask == 0 ? 1 : mask));
            return out;
        }
    }

    record InsertBytes(double at, byte[] inserted) implements ByteMutation {
        public byte[] apply(byte[] bytes) {
            int i = pick(at, bytes.length + 1);
            byte[] out = new byte[bytes.length + inserted.length];
            System.arraycopy(bytes, 0, out, 0, i);
            System.arraycopy(inserted, 0, out, i, inserted.length);
            System.arraycopy(bytes, i, out, i + inserted.length, bytes.length - i);
            return out;
        }

        @Override
        public String toString() {
            return "InsertBytes[at=" + at + ", inserted=" + HexFormat.of().formatHex(inserted) + "]";
        }
    }

    record DeleteBytes(double at, int length) implements ByteMutation {
        public byte[] apply(byte[] bytes) {
            int i = pick(at, bytes.length + 1);
            int end = Math.min(bytes.length, i + length);
            byte[] out = new byte[bytes.length - (end - i)];
            System.arraycopy(bytes, 0, out, 0, i);
            System.arraycopy(bytes, end, out, i, bytes.length - end);
            return out;
        }
    }

    record Bom() implements ByteMutation {
        public byte[] apply(byte[] bytes) {
            return new InsertBytes(0, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).apply(bytes);
        }
    }

    /** The wrong thing altogether: empty, random bytes, a zip of something else, Latin-1 text. */
    record Container(int kind) implements ByteMutation {
        public byte[] apply(byte[] bytes) {
            return switch (Math.floorMod(kind, 5)) {
                case 0 -> new byte[0];
                case 1 -> zip(Map.of("hello.txt", "hello".getBytes(StandardCharsets.UTF_8)));
                case 2 -> zip(Map.of("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8)));
                case 3 -> new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);
                default -> {
                    byte[] r = new byte[64];
                    new java.util.Random(kind).nextBytes(r);
                    yield r;
                }
            };
        }
    }

    /** Invalid UTF-8: a lone continuation byte, a truncated sequence, an overlong form, a surrogate, 0xFF. */
    static final List<byte[]> INVALID_UTF8 = List.of(new byte[] {(byte) 0x80}, new byte[] {(byte) 0xC3}, new byte[] {(byte) 0xC3, 0x28},
            new byte[] {(byte) 0xC0, (byte) 0xAF}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xFF},
            new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, new byte[] {0}, new byte[] {'"'}, new byte[] {'\r'},
            new byte[] {'\n'}, new byte[] {','});

    static int pick(double fraction, int size) {
        if (size <= 0) return 0;
        return Math.min(size - 1, Math.max(0, (int) (fraction * size)));
    }

    // ---- a sample: the base file, its mutations, the bytes they give

    /** One file to import: its format, name and model, the table mutations and then the byte mutations. */
    record Sample(String format, String fileName, Encoding encoding, Model base, List<TableMutation> tableMutations,
                  List<ByteMutation> byteMutations, boolean fixChecksums, Sibling sibling) {

        byte[] bytes() {
            Model m = base.copy();
            for (TableMutation t : tableMutations) {
                List<String> names = m.names();
                if (names.isEmpty()) break;
                String name = names.get(pick(t.table(), names.size()));
                if (t instanceof RenameTable r) {
                    if (!m.tables.containsKey(r.name())) {
                        Model renamed = new Model();
                        m.tables.forEach((k, v) -> renamed.tables.put(k.equals(name) ? r.name() : k, v));
                        m = renamed;
                    }
                } else {
                    t.apply(m.tables.get(name), encoding == Encoding.XLSX || encoding == Encoding.RAMSTEIN_XLSX);
                }
            }
            byte[] bytes = encode(m, encoding, fixChecksums);
            for (ByteMutation b : byteMutations) bytes = b.apply(bytes);
            return bytes;
        }

        @Override
        public String toString() {
            return format + " " + fileName + " tables " + tableMutations + " bytes " + byteMutations
                    + (encoding == Encoding.RAMSTEIN_ZIP ? " checksums fixed " + fixChecksums : "") + (sibling == null ? "" : " beside it " + sibling);
        }
    }

    /** A file that lies beside the imported one (Kiel's release_info.csv), with mutations of its own. */
    record Sibling(String fileName, Model base, List<TableMutation> tableMutations, List<ByteMutation> byteMutations) {
        byte[] bytes() {
            return new Sample("", fileName, Encoding.CSV, base, tableMutations, byteMutations, true, null).bytes();
        }

        @Override
        public String toString() {
            return fileName + " tables " + tableMutations + " bytes " + byteMutations;
        }
    }

    // ---- reading fixtures into models

    static Model csvModel(String text) {
        Model m = new Model();
        List<List<Object>> rows = new ArrayList<>();
        try (CSVParser p = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT)) {
            for (CSVRecord r : p) rows.add(new ArrayList<>(r.toList()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        m.tables.put("csv", rows);
        return m;
    }

    /** A CSV fixture as a sheet: numbers as number cells, ISO days as date cells, the rest as text. */
    static Model xlsxModel(String csv, String sheet) {
        Model m = new Model();
        List<List<Object>> rows = new ArrayList<>();
        boolean header = true;
        for (List<Object> r : csvModel(csv).tables.get("csv")) {
            List<Object> typed = new ArrayList<>();
            for (Object c : r) typed.add(header ? c : typedValue((String) c));
            rows.add(typed);
            header = false;
        }
        m.tables.put(sheet, rows);
        return m;
    }

    static Model jsonModel(String json) {
        Model m = new Model();
        List<List<Object>> rows = new ArrayList<>();
        try {
            for (JsonNode row : new ObjectMapper().readTree(json)) {
                List<Object> cells = new ArrayList<>();
                for (JsonNode c : row) cells.add(c.isNull() ? null : c.isNumber() ? (Object) c.decimalValue().toPlainString() : c.asText());
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        m.tables.put("json", rows);
        return m;
    }

    /** The ramstein export's CSV dialect: every value quoted, NULL an empty unquoted field. */
    static final CSVFormat EXCHANGE_CSV = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.ALL_NON_NULL).setNullString("")
            .setRecordSeparator("\r\n").setIgnoreEmptyLines(false).build();

    static Model zipModel(byte[] zip) throws IOException {
        Model m = new Model();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                List<List<Object>> rows = new ArrayList<>();
                try (CSVParser p = CSVParser.parse(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)), EXCHANGE_CSV)) {
                    for (CSVRecord r : p) rows.add(new ArrayList<>(Arrays.asList((Object[]) r.values())));
                }
                m.tables.put(e.getName(), rows);
            }
        }
        return m;
    }

    static Model workbookModel(byte[] xlsx) throws IOException {
        Model m = new Model();
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : book) {
                List<List<Object>> rows = new ArrayList<>();
                for (int i = 0; i <= sheet.getLastRowNum(); i++) {
                    Row r = sheet.getRow(i);
                    List<Object> cells = new ArrayList<>();
                    for (int c = 0; r != null && c < r.getLastCellNum(); c++) {
                        Cell cell = r.getCell(c);
                        cells.add(cell == null || cell.getCellType() == CellType.BLANK ? null
                                : cell.getCellType() == CellType.NUMERIC ? (Object) cell.getNumericCellValue() : cell.getStringCellValue());
                    }
                    rows.add(cells);
                }
                m.tables.put(sheet.getSheetName(), rows);
            }
        }
        return m;
    }

    // ---- writing models

    /** A value typed as a spreadsheet would hold it: numbers, ISO days, TRUE/FALSE, formulas, error codes, or text. */
    static Object typedValue(String v) {
        if (v == null || v.isEmpty()) return null;
        if (v.equals("NaN")) return Double.NaN;
        if (v.equals("Infinity")) return Double.POSITIVE_INFINITY;
        if (v.equals("-Infinity")) return Double.NEGATIVE_INFINITY;
        if (v.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?") && v.length() < 40) return Double.parseDouble(v);
        if (v.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                return v;
            }
        }
        if (v.equals("TRUE") || v.equals("FALSE")) return Boolean.valueOf(v);
        if (v.startsWith("=") || v.startsWith("#")) return new Special(v);
        return v;
    }

    /** A formula ("=1/0") or an error value ("#DIV/0!") for a spreadsheet cell. */
    record Special(String text) {
        @Override
        public String toString() {
            return text;
        }
    }

    static byte[] encode(Model m, Encoding encoding, boolean fixChecksums) {
        try {
            return switch (encoding) {
                case CSV -> csv(m.tables.values().iterator().next(), CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build());
                case JSON -> json(m.tables.values().iterator().next());
                case XLSX, RAMSTEIN_XLSX -> xlsx(m);
                case RAMSTEIN_ZIP -> ramsteinZip(m, fixChecksums);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] csv(List<List<Object>> rows, CSVFormat format) throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(out, format)) {
            for (List<Object> r : rows) p.printRecord(r.stream().map(c -> c == null ? null : c.toString()).toList());
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] json(List<List<Object>> rows) throws IOException {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ArrayNode root = f.arrayNode();
        for (List<Object> r : rows) {
            ArrayNode row = root.addArray();
            for (Object c : r) {
                String v = c == null ? null : c.toString();
                if (v == null || v.equals("null")) row.addNull();
                else if (v.equals("[]")) row.addArray();
                else if (v.equals("{}")) row.addObject();
                else if (v.equals("TRUE") || v.equals("FALSE")) row.add(Boolean.parseBoolean(v));
                else if (v.matches("-?\\d+")) row.add(new BigInteger(v));
                else if (v.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?") && v.length() < 40) row.add(new BigDecimal(v));
                else row.add(v);
            }
        }
        return new ObjectMapper().writeValueAsBytes(root);
    }

    static byte[] xlsx(Model m) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            for (var e : m.tables.entrySet()) {
                String name = e.getKey().isEmpty() ? "_" : e.getKey();
                if (book.getSheet(name) != null) continue;
                Sheet sheet;
                try {
                    sheet = book.createSheet(name);
                } catch (IllegalArgumentException bad) {
                    sheet = book.createSheet(); // a name a workbook cannot hold ("a/b", 32 characters...): a default one
                }
                int i = 0;
                for (List<Object> r : e.getValue()) {
                    Row row = sheet.createRow(i++);
                    for (int c = 0; c < r.size(); c++) {
                        Object v = r.get(c);
                        if (v == null) continue;
                        Cell cell = row.createCell(c);
                        if (v instanceof Double d) {
                            cell.setCellValue(d);
                        } else if (v instanceof Boolean b) {
                            cell.setCellValue(b);
                        } else if (v instanceof LocalDate d) {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        } else if (v instanceof Special s && s.text().startsWith("=")) {
                            try {
                                cell.setCellFormula(s.text().substring(1));
                            } catch (RuntimeException notAFormula) {
                                cell.setCellValue(s.text());
                            }
                        } else if (v instanceof Special s) {
                            try {
                                cell.setCellErrorValue(FormulaError.forString(s.text()).getCode());
                            } catch (RuntimeException notAnError) {
                                cell.setCellValue(s.text());
                            }
                        } else {
                            String text = v.toString().replace("\u0000", "").replaceAll("[\uD800-\uDFFF]", "?");
                            cell.setCellValue(text.length() > 32_767 ? text.substring(0, 32_767) : text);
                        }
                    }
                }
            }
            if (book.getNumberOfSheets() == 0) book.createSheet();
            book.write(out);
            return out.toByteArray();
        }
    }

    /** The zip of CSVs with its manifest; with {@code fixChecksums} the manifest states the SHA-256 of the entries as written. */
    static byte[] ramsteinZip(Model m, boolean fixChecksums) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        for (var e : m.tables.entrySet()) entries.put(e.getKey(), csv(e.getValue(), EXCHANGE_CSV));
        List<List<Object>> manifest = m.tables.get("manifest.csv");
        if (fixChecksums && manifest != null && !manifest.isEmpty()) {
            List<Object> head = manifest.get(0);
            int file = head.indexOf("file");
            int sha = head.indexOf("sha256");
            if (file >= 0 && sha >= 0) {
                List<List<Object>> fixed = new ArrayList<>();
                fixed.add(head);
                for (List<Object> r : manifest.subList(1, manifest.size())) {
                    List<Object> copy = new ArrayList<>(r);
                    if (file < copy.size() && sha < copy.size() && copy.get(file) != null && entries.containsKey(copy.get(file).toString())) {
                        copy.set(sha, sha256(entries.get(copy.get(file).toString())));
                    }
                    fixed.add(copy);
                }
                entries.put("manifest.csv", csv(fixed, EXCHANGE_CSV));
            }
        }
        return zip(entries);
    }

    static byte[] zip(Map<String, byte[]> entries) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
