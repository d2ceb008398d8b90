package org.ramstein.exchange;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.ramstein.exchange.ExchangeTables.Column;
import org.ramstein.exchange.ExchangeTables.Table;
import org.ramstein.ledger.AudienceSql;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.storage.StorageException;

/**
 * Writes every row of every table, streaming: rows are read with a bounded fetch size and written as they come, so a
 * ledger of millions of entries never sits in memory. The file appears under its name only when complete.
 * <p>
 * An export is for an {@link Audience}: for the public (a file to publish) it holds only what the public may see
 * ({@link AudienceSql}): no hidden pledge, line, posting, need, link, retraction or status, no citation of one, no source
 * cited only by them; a row that supersedes a row left out keeps no reference to it, so the file still restores whole.
 */
final class ExchangeExporter {

    /** Beyond this an IEEE double (how XLSX stores numbers) no longer holds every integer exactly. */
    static final long EXACT_DOUBLE_LIMIT = 1L << 53;
    /** The last row an XLSX sheet may hold, after the header. */
    static final int XLSX_MAX_ROWS = 1_048_575;

    private final DataSource dataSource;
    private final Audience audience;

    ExchangeExporter(DataSource dataSource, Audience audience) {
        this.dataSource = dataSource;
        this.audience = audience;
    }

    /** The rows of {@code table} (as alias {@code alias}) the audience may see; null: every row. */
    private String visible(String table, String alias) {
        if (audience.everything()) return null;
        return switch (table) {
            case "pledge", "ledger_entry" -> AudienceSql.visible(audience, alias);
            case "pledge_line" -> AudienceSql.visiblePledge(audience, alias + ".pledge_id");
            case "pledge_link" -> AudienceSql.visiblePledge(audience, alias + ".pledge_id") + " AND "
                    + AudienceSql.visiblePledge(audience, alias + ".same_as_id");
            case "need" -> AudienceSql.visibleNeed(audience, alias);
            case "need_status" -> "EXISTS (SELECT 1 FROM need vn WHERE vn.id = " + alias + ".need_id AND "
                    + AudienceSql.visibleNeed(audience, "vn") + ")";
            case "retraction" -> "NOT " + AudienceSql.hiddenSubject(audience, alias + ".subject_type", alias + ".subject_id");
            case "citation" -> AudienceSql.visibleCitation(audience, alias);
            case "source" -> AudienceSql.visibleSource(audience, alias);
            default -> null; // reference data, meetings, import batches and observations are public
        };
    }

    TableCounts export(Path target, ExportFormat format) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Path partial = Files.createTempFile(parent, ".export-", ".part");
        try {
            TableCounts counts;
            // one read-only transaction: every table is read at the same instant, so the file is a consistent snapshot
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(false);
                try {
                    counts = format == ExportFormat.CSV ? writeZip(c, partial) : writeXlsx(c, partial);
                } finally {
                    c.rollback();
                    c.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw new StorageException("cannot read the ledger for export: " + e.getMessage(), e);
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            return counts;
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** Receives one table's rows as text (null = SQL NULL); numbers arrive as decimal strings. */
    private interface RowSink {
        void row(String[] values) throws IOException;
    }

    private TableCounts writeZip(Connection c, Path file) throws IOException, SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        Map<String, String> hashes = new LinkedHashMap<>();
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Table t : ExchangeTables.ALL) {
                zip.putNextEntry(new ZipEntry(t.name() + ".csv"));
                MessageDigest sha = sha256();
                CSVPrinter csv = ExchangeCsv.FORMAT.print(new BufferedWriter(new OutputStreamWriter(
                        new DigestOutputStream(new KeepOpen(zip), sha), StandardCharsets.UTF_8), 1 << 16));
                csv.printRecord(t.columnNames());
                long n = readTable(c, t, values -> csv.printRecord((Object[]) values));
                csv.close(); // flushes into the entry; KeepOpen leaves the zip open
                zip.closeEntry();
                counts.put(t.name(), n);
                hashes.put(t.name(), HexFormat.of().formatHex(sha.digest()));
            }
            zip.putNextEntry(new ZipEntry(ExchangeCsv.MANIFEST));
            CSVPrinter manifest = ExchangeCsv.FORMAT.print(new OutputStreamWriter(new KeepOpen(zip), StandardCharsets.UTF_8));
            manifest.printRecord(ExchangeCsv.MANIFEST_COLUMNS);
            for (Table t : ExchangeTables.ALL) {
                manifest.printRecord(ExchangeTables.FORMAT, ExchangeTables.VERSION, t.name(), t.name() + ".csv",
                        counts.get(t.name()).toString(), hashes.get(t.name()));
            }
            manifest.close();
            zip.closeEntry();
        }
        return new TableCounts(counts);
    }

    private TableCounts writeXlsx(Connection c, Path file) throws IOException, SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        SXSSFWorkbook book = new SXSSFWorkbook(200);
        book.setCompressTempFiles(true);
        try {
            SXSSFSheet manifest = book.createSheet(ExchangeXlsx.MANIFEST);
            for (Table t : ExchangeTables.ALL) {
                SXSSFSheet sheet = book.createSheet(t.name());
                header(sheet, t.columnNames().toArray(String[]::new));
                int[] next = {1};
                long n = readTable(c, t, values -> {
                    if (next[0] > XLSX_MAX_ROWS) {
                        throw new IOException("table " + t.name() + " has more rows than an XLSX sheet holds (" + XLSX_MAX_ROWS
                                + "); export it as .zip (CSV) instead");
                    }
                    Row row = sheet.createRow(next[0]++);
                    for (int i = 0; i < values.length; i++) {
                        String v = values[i];
                        if (v == null) continue; // no cell at all is NULL; an empty text cell is the empty string
                        Cell cell = row.createCell(i);
                        if (t.columns().get(i).numeric() && fitsDouble(v)) {
                            cell.setCellValue((double) Long.parseLong(v));
                        } else {
                            cell.setCellValue(ExchangeXlsx.escape(v));
                        }
                    }
                });
                counts.put(t.name(), n);
            }
            header(manifest, ExchangeXlsx.MANIFEST_COLUMNS);
            int r = 1;
            for (Table t : ExchangeTables.ALL) {
                Row row = manifest.createRow(r++);
                row.createCell(0).setCellValue(ExchangeTables.FORMAT);
                row.createCell(1).setCellValue(ExchangeTables.VERSION);
                row.createCell(2).setCellValue(t.name());
                row.createCell(3).setCellValue(counts.get(t.name()));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                book.write(out);
            }
        } finally {
            book.close();
            book.dispose();
        }
        return new TableCounts(counts);
    }

    private static boolean fitsDouble(String v) {
        long n = Long.parseLong(v);
        return n <= EXACT_DOUBLE_LIMIT && n >= -EXACT_DOUBLE_LIMIT;
    }

    private static void header(SXSSFSheet sheet, String[] names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.length; i++) row.createCell(i).setCellValue(names[i]);
    }

    private long readTable(Connection c, Table t, RowSink sink) throws SQLException, IOException {
        String filter = visible(t.name(), "t");
        UnaryOperator<String> column = n -> {
            if (filter == null || !n.equals(t.selfReference())) return "t." + n;
            // a reference to a row this export leaves out is left out with it
            return "CASE WHEN EXISTS (SELECT 1 FROM " + t.name() + " sx WHERE sx.id = t." + n + " AND " + visible(t.name(), "sx") + ") THEN t." + n
                    + " END AS " + n;
        };
        String cols = String.join(", ", t.columnNames().stream().map(column).toList());
        String where = filter == null ? "" : " WHERE " + filter;
        String sql;
        if (t.selfReference() != null) {
            // a row that supersedes another comes after it, so the file restores with foreign keys checked row by row
            sql = "WITH RECURSIVE chain (id, depth) AS (SELECT id, 0 FROM " + t.name() + " WHERE " + t.selfReference() + " IS NULL "
                    + "UNION ALL SELECT x.id, chain.depth + 1 FROM " + t.name() + " x JOIN chain ON x." + t.selfReference() + " = chain.id) "
                    + "SELECT " + cols + " FROM " + t.name() + " t JOIN chain ON chain.id = t.id" + where + " ORDER BY chain.depth, t.id";
        } else {
            sql = "SELECT " + cols + " FROM " + t.name() + " t" + where + " ORDER BY t." + t.key();
        }
        long n = 0;
        List<String> names = new java.util.ArrayList<>();
        Matcher named = NAMED.matcher(sql);
        while (named.find()) names.add(named.group(1));
        try (PreparedStatement ps = c.prepareStatement(named.replaceAll("?"))) {
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).equals(AudienceSql.DONOR)) ps.setString(i + 1, audience.ownDonor());
                else ps.setLong(i + 1, Long.MAX_VALUE); // :knownAt — everything recorded
            }
            ps.setFetchSize(5_000);
            try (ResultSet rs = ps.executeQuery()) {
                int width = t.columns().size();
                while (rs.next()) {
                    String[] values = new String[width];
                    for (int i = 0; i < width; i++) {
                        Column col = t.columns().get(i);
                        if (col.numeric()) {
                            long v = rs.getLong(i + 1);
                            values[i] = rs.wasNull() ? null : Long.toString(v);
                        } else {
                            values[i] = rs.getString(i + 1);
                        }
                    }
                    sink.row(values);
                    n++;
                }
            }
        }
        return n;
    }

    /** The named parameters the audience's fragments use. */
    private static final Pattern NAMED = Pattern.compile(":(" + AudienceSql.DONOR + "|knownAt)\\b");

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Lets a CSV printer close its writer without closing the zip around it. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
