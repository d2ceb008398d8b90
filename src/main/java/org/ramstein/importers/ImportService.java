package org.ramstein.importers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.ramstein.catalog.CatalogService;
import org.ramstein.common.ValidationException;
import org.ramstein.storage.Ids;
import org.ramstein.storage.Ledger;
import org.ramstein.storage.StorageException;

/**
 * Loads a public dataset file in one transaction: the batch, its dataset source and every row, or nothing. A file
 * already imported in the same format (same sha256) is not imported again.
 */
public final class ImportService {
    private final Ledger ledger;
    private final CatalogService catalog;
    private final Map<String, Importer> importers = new LinkedHashMap<>();

    public ImportService(Ledger ledger, CatalogService catalog) {
        this(ledger, catalog, List.of(new KielActivitiesImporter(), new KielItemsImporter(), new KielWeaponsImporter(), new OryxImporter(), new SipriImporter(),
                new PunImporter(),
                new org.ramstein.exchange.RamsteinImporter(), new org.ramstein.exchange.PledgeLinesImporter()));
    }

    public ImportService(Ledger ledger, CatalogService catalog, List<Importer> importers) {
        this.ledger = ledger;
        this.catalog = catalog;
        for (Importer i : importers) this.importers.put(i.format(), i);
    }

    public Map<String, Importer> importers() {
        return Map.copyOf(importers);
    }

    public List<String> formats() {
        return List.copyOf(importers.keySet());
    }

    public ImportResult importFile(String format, Path file, String recordedBy, IntConsumer progress) {
        Importer importer = importers.get(format);
        if (importer == null) {
            throw new ValidationException("format", "'" + format + "' is not a known format (" + String.join(", ", importers.keySet()) + ")");
        }
        if (!Files.isRegularFile(file)) throw new ValidationException("file", "'" + file + "' does not exist or is not a file");
        String fileName = file.getFileName().toString();
        String sha = sha256(file);
        Optional<ImportResult> before = previous(format, fileName, sha);
        if (before.isPresent()) return before.get();
        long start = System.nanoTime();
        String batchId = Ids.next(format);
        String sourceId = Ids.next("src");
        try {
            return ledger.write(w -> {
                ImportContext ctx = new ImportContext(w, catalog.catalog(), catalog.donors(), format, fileName, sha, importer.publisher(),
                        batchId, sourceId, ledger.clock().nowMicros(), recordedBy, progress);
                int rows;
                try {
                    rows = importer.load(ctx, file);
                } catch (IOException e) {
                    throw new ValidationException(fileName, "cannot be read: " + e.getMessage());
                }
                w.flush();
                return new ImportResult(format, fileName, batchId, rows, (System.nanoTime() - start) / 1_000_000, false, null, ctx.skipped());
            });
        } catch (StorageException | org.jdbi.v3.core.JdbiException e) {
            // the same file imported at the same moment by someone else: theirs committed first, so ours changes nothing
            Optional<ImportResult> concurrent = previous(format, fileName, sha);
            if (concurrent.isPresent()) return concurrent.get();
            throw e;
        }
    }

    private Optional<ImportResult> previous(String format, String fileName, String sha) {
        return ledger.database().jdbi().withHandle(h -> h.createQuery(
                        "SELECT id, row_count, recorded_at FROM import_batch WHERE format = :f AND sha256 = :s")
                .bind("f", format).bind("s", sha)
                .map((rs, c) -> new ImportResult(format, fileName, rs.getString("id"), rs.getInt("row_count"), 0, true,
                        LocalDate.ofInstant(Instant.EPOCH.plusNanos(rs.getLong("recorded_at") * 1000), ZoneOffset.UTC), Map.of()))
                .findFirst());
    }

    static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchFileException e) {
            throw new ValidationException("file", "'" + file + "' does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
