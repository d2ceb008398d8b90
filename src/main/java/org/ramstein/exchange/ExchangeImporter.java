package org.ramstein.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ramstein.common.FieldError;
import org.ramstein.common.ValidationException;
import org.ramstein.exchange.ExchangeTables.Column;
import org.ramstein.exchange.ExchangeTables.Table;
import org.ramstein.importers.Utf8Text;
import org.ramstein.storage.Dialect;
import org.ramstein.storage.PostingTotals;

/**
 * Restores a ramstein file (zip of CSVs, or XLSX) into the caller's transaction: manifest first (format, version, row
 * counts and, for the zip, SHA-256 of every file), then every table parents first, each row checked for its types,
 * codes and required columns. Ids are written as they were, because other rows (reversals, citations) point at them.
 * Any problem throws {@link ValidationException} naming the file, table, row and column; the caller's rollback then
 * leaves the database untouched.
 */
final class ExchangeImporter {

    private static final int BATCH = 1_000;
    private static final int MAX_ERRORS = 50;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private final Connection connection;
    private final Dialect dialect;

    ExchangeImporter(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    TableCounts load(Path file) throws IOException {
        String name = file.getFileName().toString();
        Map<String, Long> counts = ExportFormat.forFile(file) == ExportFormat.XLSX ? loadXlsx(file, name) : loadZip(file, name);
        advanceSequences();
        // restored postings bypass the ledger writer, so their running totals are summed here, from what was restored
        PostingTotals.rebuild(connection);
        return new TableCounts(counts);
    }

    // ---- the zip of CSV files

    /** A line of the manifest, with where it stands ("export.zip: manifest.csv, row 3") for errors about it. */
    private record ManifestLine(String file, long rows, String sha256, String at) {
    }

    private Map<String, Long> loadZip(Path file, String name) throws IOException {
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new ValidationException(name, "is not a readable zip archive (truncated or damaged?): " + e.getMessage());
        }
        try (zip) {
            Map<String, ManifestLine> manifest = zipManifest(zip, name);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Table t : ExchangeTables.ALL) {
                ManifestLine m = manifest.get(t.name());
                ZipEntry entry = zip.getEntry(m.file());
                String where = name + ": " + m.file();
                if (entry == null) {
                    throw new ValidationException(m.at() + ", column 'file'", "names '" + m.file() + "', which is missing from the archive");
                }
                MessageDigest sha = ExchangeExporter.sha256();
                try (InputStream raw = new DigestInputStream(zip.getInputStream(entry), sha);
                     Reader reader = Utf8Text.reader(raw);
                     CSVParser csv = CSVParser.parse(reader, ExchangeCsv.FORMAT)) {
                    Iterator<CSVRecord> records = csv.iterator();
                    long n = restoreTable(t, where, new RowSource() {
                        @Override
                        public String[] next() {
                            if (!records.hasNext()) return null;
                            CSVRecord r = records.next();
                            return r.values();
                        }
                    }, m.rows());
                    raw.transferTo(java.io.OutputStream.nullOutputStream()); // whatever the parser left unread counts too
                    counts.put(t.name(), n);
                } catch (java.io.UncheckedIOException | IOException e) {
                    throw unreadable(zip, entry, where, e);
                }
                String actual = HexFormat.of().formatHex(sha.digest());
                if (!actual.equalsIgnoreCase(m.sha256())) {
                    throw new ValidationException(where, "SHA-256 is " + actual + " but the manifest says " + m.sha256()
                            + " (the file was changed or damaged after export)");
                }
            }
            return counts;
        }
    }

    /** An entry that cannot be read: not UTF-8 (naming the line), or damaged in the archive. */
    private static ValidationException unreadable(ZipFile zip, ZipEntry entry, String where, Exception e) {
        if (Utf8Text.isEncodingProblem(e)) {
            try (InputStream in = zip.getInputStream(entry)) {
                return Utf8Text.notUtf8(where, in.readAllBytes());
            } catch (IOException | RuntimeException again) {
                // damaged as well: said below
            }
        }
        return new ValidationException(where, "cannot be read (truncated or damaged?): " + org.ramstein.importers.Tables.rootMessage(e));
    }

    private Map<String, ManifestLine> zipManifest(ZipFile zip, String name) throws IOException {
        String where = name + ": " + ExchangeCsv.MANIFEST;
        ZipEntry entry = zip.getEntry(ExchangeCsv.MANIFEST);
        if (entry == null) throw new ValidationException(where, "is missing: this is not a ramstein export");
        List<String[]> rows = new ArrayList<>();
        try (Reader reader = Utf8Text.reader(zip.getInputStream(entry));
             CSVParser csv = CSVParser.parse(reader, ExchangeCsv.FORMAT)) {
            for (CSVRecord r : csv) rows.add(r.values());
        } catch (java.io.UncheckedIOException | IOException e) {
            throw unreadable(zip, entry, where, e);
        }
        Map<String, ManifestLine> out = new HashMap<>();
        Map<String, Integer> cols = header(rows.isEmpty() ? new String[0] : rows.get(0), ExchangeCsv.MANIFEST_COLUMNS, where);
        for (int i = 1; i < rows.size(); i++) {
            String[] r = rows.get(i);
            String at = where + ", row " + (i + 1);
            checkFormatVersion(cell(r, cols.get("format")), cell(r, cols.get("version")), at);
            String table = cell(r, cols.get("table"));
            if (ExchangeTables.byName(table) == null) throw new ValidationException(at + ", column 'table'", "unknown table '" + table + "'");
            String file = cell(r, cols.get("file"));
            if (file == null || file.isEmpty()) throw new ValidationException(at + ", column 'file'", "is required");
            out.put(table, new ManifestLine(file, count(cell(r, cols.get("rows")), at), cell(r, cols.get("sha256")), at));
        }
        for (Table t : ExchangeTables.ALL) {
            if (!out.containsKey(t.name())) throw new ValidationException(where, "has no line for table " + t.name());
        }
        return out;
    }

    // ---- the XLSX workbook

    private Map<String, Long> loadXlsx(Path file, String name) throws IOException {
        XSSFWorkbook book;
        try {
            book = new XSSFWorkbook(OPCPackage.open(file.toFile(), PackageAccess.READ));
        } catch (InvalidFormatException e) {
            throw new ValidationException(name, "is not a readable XLSX workbook (truncated or damaged?): " + e.getMessage());
        } catch (RuntimeException e) {
            if (!org.ramstein.importers.Tables.isUnreadableWorkbook(e)) throw e;
            throw new ValidationException(name, "is not a readable XLSX workbook (truncated or damaged?): "
                    + org.ramstein.importers.Tables.rootMessage(e));
        }
        try {
            Map<String, Long> manifest = xlsxManifest(book, name);
            Map<String, Long> counts = new LinkedHashMap<>();
            for (Table t : ExchangeTables.ALL) {
                XSSFSheet sheet = book.getSheet(t.name());
                String where = name + ": sheet " + t.name();
                if (sheet == null) throw new ValidationException(where, "is missing from the workbook");
                int width = Math.max(1, lastCell(sheet.getRow(0)));
                int[] next = {0};
                int last = sheet.getLastRowNum();
                counts.put(t.name(), restoreTable(t, where, () -> {
                    if (next[0] > last) return null;
                    return cells(sheet.getRow(next[0]++), width, where, next[0]);
                }, manifest.get(t.name())));
            }
            return counts;
        } finally {
            book.getPackage().revert(); // read-only: never write back into the user's file
        }
    }

    private Map<String, Long> xlsxManifest(XSSFWorkbook book, String name) {
        String where = name + ": sheet " + ExchangeXlsx.MANIFEST;
        XSSFSheet sheet = book.getSheet(ExchangeXlsx.MANIFEST);
        if (sheet == null) throw new ValidationException(where, "is missing: this is not a ramstein export");
        int width = ExchangeXlsx.MANIFEST_COLUMNS.length;
        Map<String, Integer> cols = header(cells(sheet.getRow(0), Math.max(width, lastCell(sheet.getRow(0))), where, 1),
                ExchangeXlsx.MANIFEST_COLUMNS, where);
        Map<String, Long> out = new HashMap<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            String at = where + ", row " + (i + 1);
            String[] r = cells(sheet.getRow(i), lastCell(sheet.getRow(0)), where, i + 1);
            checkFormatVersion(cell(r, cols.get("format")), cell(r, cols.get("version")), at);
            String table = cell(r, cols.get("table"));
            if (ExchangeTables.byName(table) == null) throw new ValidationException(at + ", column 'table'", "unknown table '" + table + "'");
            out.put(table, count(cell(r, cols.get("rows")), at));
        }
        for (Table t : ExchangeTables.ALL) {
            if (!out.containsKey(t.name())) throw new ValidationException(where, "has no line for table " + t.name());
        }
        return out;
    }

    private static int lastCell(Row row) {
        return row == null ? 0 : Math.max(0, row.getLastCellNum());
    }

    /** A sheet row as text: no cell is NULL, a number cell must hold an integer (the format stores no fractions). */
    private static String[] cells(Row row, int width, String where, int rowNumber) {
        String[] out = new String[width];
        if (row == null) return out;
        for (int i = 0; i < width; i++) {
            Cell c = row.getCell(i);
            if (c == null) continue;
            CellType type = c.getCellType();
            if (type == CellType.NUMERIC) {
                double d = c.getNumericCellValue();
                if (d != Math.rint(d) || Math.abs(d) > ExchangeExporter.EXACT_DOUBLE_LIMIT) {
                    throw new ValidationException(where + ", row " + rowNumber + ", column " + (i + 1),
                            "number " + d + " is not an exact integer (ids and amounts beyond 2^53 are written as text)");
                }
                out[i] = Long.toString((long) d);
            } else if (type == CellType.STRING) {
                out[i] = c.getStringCellValue();
            } else if (type == CellType.BOOLEAN) {
                out[i] = c.getBooleanCellValue() ? "1" : "0";
            } else if (type != CellType.BLANK) {
                throw new ValidationException(where + ", row " + rowNumber + ", column " + (i + 1),
                        "holds a " + type.name().toLowerCase() + " cell; only text and numbers are accepted");
            }
        }
        return out;
    }

    // ---- shared: header, row checks, writing

    private interface RowSource {
        /** The next record (the header first), or null at the end. */
        String[] next() throws IOException;
    }

    private static void checkFormatVersion(String format, String version, String where) {
        if (!ExchangeTables.FORMAT.equals(format)) {
            throw new ValidationException(where + ", column 'format'", "is '" + format + "', expected '" + ExchangeTables.FORMAT + "'");
        }
        if (!ExchangeTables.VERSION.equals(version)) {
            throw new ValidationException(where + ", column 'version'", "is '" + version + "'; this build reads version "
                    + ExchangeTables.VERSION);
        }
    }

    /** A day of the calendar written yyyy-mm-dd: "2023-02-30" has the shape but is no day. */
    private static boolean isDay(String v) {
        if (!ISO_DATE.matcher(v).matches()) return false;
        try {
            java.time.LocalDate.parse(v);
            return true;
        } catch (java.time.format.DateTimeParseException e) {
            return false;
        }
    }

    private static long count(String text, String where) {
        try {
            long n = Long.parseLong(text);
            if (n >= 0) return n;
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new ValidationException(where + ", column 'rows'", "'" + text + "' is not a row count");
    }

    private static String cell(String[] row, Integer index) {
        return index == null || index >= row.length ? null : row[index];
    }

    /** Maps each expected column to its position in the file; a missing or unknown column is an error. */
    private static Map<String, Integer> header(String[] found, String[] expected, String where) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < found.length; i++) {
            if (found[i] != null && !found[i].isEmpty()) at.put(found[i], i);
        }
        List<FieldError> errors = new ArrayList<>();
        for (String e : expected) {
            if (!at.containsKey(e)) errors.add(new FieldError(where + ", row 1, column '" + e + "'", "is missing from the header"));
        }
        for (String f : at.keySet()) {
            if (!List.of(expected).contains(f)) errors.add(new FieldError(where + ", row 1, column '" + f + "'", "is not a column of this table"));
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        return at;
    }

    private long restoreTable(Table t, String where, RowSource rows, long expectedRows) throws IOException {
        String[] head = rows.next();
        if (head == null) throw new ValidationException(where, "is empty: the header row is missing");
        Map<String, Integer> at = header(head, t.columnNames().toArray(String[]::new), where);
        int width = t.columns().size();
        int[] position = new int[width];
        for (int i = 0; i < width; i++) position[i] = at.get(t.columns().get(i).name());

        TableInserts inserts = new TableInserts(t);
        List<FieldError> errors = new ArrayList<>();
        long n = 0;
        int rowNumber = 1;
        for (String[] raw = rows.next(); raw != null; raw = rows.next()) {
            rowNumber++;
            if (raw.length == 1 && raw[0] == null && head.length > 1) continue; // a blank line, as some editors add at the end
            n++;
            if (raw.length != head.length) {
                errors.add(new FieldError(where + ", row " + rowNumber, "has " + raw.length + " values; the header has " + head.length));
            } else {
                Object[] values = new Object[width];
                boolean ok = true;
                for (int i = 0; i < width; i++) {
                    Column col = t.columns().get(i);
                    String v = position[i] < raw.length ? raw[position[i]] : null;
                    String problem = null;
                    if (v == null) {
                        if (col.required()) problem = "is required";
                    } else if (col.numeric()) {
                        try {
                            long x = Long.parseLong(v);
                            if (col.type() == ExchangeTables.Type.INT && (x > Integer.MAX_VALUE || x < Integer.MIN_VALUE)) {
                                problem = "'" + v + "' is too large for a 32-bit integer";
                            } else {
                                values[i] = x;
                            }
                        } catch (NumberFormatException e) {
                            problem = "'" + v + "' is not an integer";
                        }
                    } else if (col.type() == ExchangeTables.Type.DATE && !isDay(v)) {
                        problem = "'" + v + "' is not a date (yyyy-mm-dd)";
                    } else if (col.codes() != null && !col.codes().contains(v)) {
                        problem = "'" + v + "' is not one of " + String.join(", ", col.codes());
                    } else {
                        values[i] = v;
                    }
                    if (problem != null) {
                        ok = false;
                        errors.add(new FieldError(where + ", row " + rowNumber + ", column '" + col.name() + "'", problem));
                    }
                }
                if (ok && errors.isEmpty()) inserts.add(values, where + ", row " + rowNumber);
            }
            if (errors.size() >= MAX_ERRORS) throw new ValidationException(errors);
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        inserts.flush();
        inserts.close();
        if (n != expectedRows) {
            throw new ValidationException(where, "holds " + n + " rows but the manifest says " + expectedRows + " (truncated?)");
        }
        return n;
    }

    /** Batched inserts of one table, with the "already there" check when the table held rows before the restore. */
    private final class TableInserts {
        private final Table table;
        private final PreparedStatement insert;
        private final boolean checkExisting;
        private final List<Object[]> pending = new ArrayList<>(BATCH);
        private final List<String> places = new ArrayList<>(BATCH);

        TableInserts(Table table) {
            this.table = table;
            String cols = String.join(", ", table.columnNames());
            String marks = String.join(",", java.util.Collections.nCopies(table.columns().size(), "?"));
            String sql = "INSERT INTO " + table.name() + " (" + cols + ") VALUES (" + marks + ")";
            if (table.reference()) {
                // dictionaries (donors, catalogue) are refreshed, not refused: the target already has the bundled ones
                List<String> sets = new ArrayList<>();
                for (String c : table.columnNames().subList(1, table.columns().size())) sets.add(c + " = excluded." + c);
                sql += " ON CONFLICT (" + table.key() + ") DO UPDATE SET " + String.join(", ", sets);
            }
            try {
                this.insert = connection.prepareStatement(sql);
                this.checkExisting = !table.reference() && holdsRows();
            } catch (SQLException e) {
                throw new org.ramstein.storage.StorageException("cannot prepare the restore of " + table.name() + ": " + e.getMessage(), e);
            }
        }

        private boolean holdsRows() throws SQLException {
            try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT 1 FROM " + table.name() + " LIMIT 1")) {
                return rs.next();
            }
        }

        void add(Object[] values, String place) {
            pending.add(values);
            places.add(place);
            if (pending.size() >= BATCH) flush();
        }

        void flush() {
            if (pending.isEmpty()) return;
            try {
                if (checkExisting) refuseExisting();
                for (Object[] row : pending) {
                    for (int i = 0; i < row.length; i++) {
                        Object v = row[i];
                        Column col = table.columns().get(i);
                        if (v == null) insert.setNull(i + 1, col.numeric() ? Types.BIGINT : Types.VARCHAR);
                        else if (v instanceof Long l) {
                            if (col.type() == ExchangeTables.Type.INT) insert.setInt(i + 1, l.intValue());
                            else insert.setLong(i + 1, l);
                        } else insert.setString(i + 1, (String) v);
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (SQLException e) {
                SQLException next = e.getNextException();
                String msg = next != null ? next.getMessage() : e.getMessage();
                throw new ValidationException(places.get(0) + " to " + places.get(places.size() - 1),
                        "cannot be written to " + table.name() + ": " + msg);
            } finally {
                pending.clear();
                places.clear();
            }
        }

        private void refuseExisting() throws SQLException {
            String marks = String.join(",", java.util.Collections.nCopies(pending.size(), "?"));
            try (PreparedStatement q = connection.prepareStatement("SELECT " + table.key() + " FROM " + table.name() + " WHERE "
                    + table.key() + " IN (" + marks + ")")) {
                for (int i = 0; i < pending.size(); i++) q.setObject(i + 1, pending.get(i)[0]);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        String id = rs.getString(1);
                        int i = 0;
                        while (i < pending.size() && !String.valueOf(pending.get(i)[0]).equals(id)) i++;
                        String label = table.identity() ? id : "'" + id + "'";
                        throw new ValidationException(places.get(Math.min(i, places.size() - 1)) + ", column '" + table.key() + "'",
                                table.name() + " " + label + " already exists; the ramstein format restores into an empty ledger "
                                        + "or one that does not hold these entries");
                    }
                }
            }
        }

        void close() {
            try {
                insert.close();
            } catch (SQLException ignored) {
                // the statement belongs to a transaction the caller commits or rolls back
            }
        }
    }

    /** Explicit ids bypass PostgreSQL's identity sequences; move each past the highest id so new rows do not collide. */
    private void advanceSequences() {
        if (dialect != Dialect.POSTGRES) return; // SQLite's AUTOINCREMENT follows explicit ids by itself
        for (Table t : ExchangeTables.ALL) {
            if (!t.identity()) continue;
            try (Statement s = connection.createStatement()) {
                s.execute("SELECT setval(pg_get_serial_sequence('" + t.name() + "', 'id'), (SELECT MAX(id) FROM " + t.name() + "))");
            } catch (SQLException e) {
                throw new org.ramstein.storage.StorageException("cannot advance the id sequence of " + t.name() + ": " + e.getMessage(), e);
            }
        }
    }
}
