package org.ramstein.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.ramstein.storage.Database;
import org.ramstein.storage.Ledger;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases;

/**
 * Whatever text and integers a row holds — quotes, commas, line breaks, control characters, any Unicode, "_x0041_"
 * (which spreadsheets would decode), the extremes of a 64-bit integer — comes back exactly through CSV and XLSX.
 */
class ExchangeTextProperties {

    record Obs(String text, String quote, String url, Long quantity, Long amount, Integer sourceRow) {
    }

    private static Database source;

    private static synchronized Database source() {
        if (source == null) source = TestDatabases.sqlite();
        return source;
    }

    @AfterContainer
    static void close() {
        if (source != null) source.close();
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> tricky = Arbitraries.of("\"", ",", "\n", "\r\n", "\r", "\t", "_x0041_", "_x005F_", "", " ", "\\N", "NULL",
                "\u0001", "\u001f", "é", "✓", "😀", "\uFEFF", "=1+1", "'");
        Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(12)
                // what no database text column stores: NUL, and halves of surrogate pairs
                .filter(s -> s.indexOf('\0') < 0 && s.codePoints().noneMatch(c -> c >= 0xD800 && c <= 0xDFFF));
        return Arbitraries.oneOf(tricky, any).list().ofMaxSize(6).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<List<Obs>> rows() {
        Arbitrary<Long> longs = Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, 1L << 53,
                (1L << 53) + 1, -(1L << 53) - 1, 0L)).injectNull(0.2);
        return Combinators.combine(texts().injectNull(0.2), texts(), texts().injectNull(0.2), longs, longs,
                        Arbitraries.integers().injectNull(0.2))
                .as(Obs::new).list().ofMinSize(1).ofMaxSize(5);
    }

    @Property(tries = 40)
    void textAndNumbersSurviveBothContainers(@ForAll("rows") List<Obs> rows) throws Exception {
        Database db = source();
        db.jdbi().useHandle(h -> {
            h.execute("DELETE FROM observation"); // test scaffolding: each try starts from an empty table
            for (int i = 0; i < rows.size(); i++) {
                Obs o = rows.get(i);
                h.createUpdate("INSERT INTO observation (id, dataset, source_row, donor_text, item_text, measure, qualifier, quantity, "
                                + "amount_cents, observed_precision, url, quote, recorded_at) VALUES (:id, 'text', :row, :t, :t, 'pledged', "
                                + "'exact', :q, :a, 'unknown', :u, :quote, :at)")
                        .bind("id", "o" + i + (o.quote().isEmpty() ? "" : o.quote())).bind("row", o.sourceRow()).bind("t", o.text())
                        .bind("q", o.quantity()).bind("a", o.amount()).bind("u", o.url()).bind("quote", o.quote())
                        .bind("at", o.amount() == null ? 0L : o.amount())
                        .execute();
            }
        });
        var original = ExchangeRoundTripTest.dump(db.dataSource()).get("observation");
        Path dir = Files.createTempDirectory("ramstein-prop-");
        try {
            for (ExportFormat format : ExportFormat.values()) {
                Path file = dir.resolve("rows." + format.name().toLowerCase());
                if (format == ExportFormat.CSV) file = dir.resolve("rows.zip");
                new ExchangeService(new Ledger(db, RecordingClock.system())).export(file, format);
                try (Database target = TestDatabases.sqlite()) {
                    new ExchangeService(new Ledger(target, RecordingClock.system())).importFrom(file);
                    assertThat(ExchangeRoundTripTest.dump(target.dataSource()).get("observation")).as(format.name())
                            .containsExactlyElementsOf(original);
                }
            }
        } finally {
            try (var files = Files.list(dir)) {
                files.forEach(f -> f.toFile().delete());
            }
            Files.delete(dir);
        }
    }
}
