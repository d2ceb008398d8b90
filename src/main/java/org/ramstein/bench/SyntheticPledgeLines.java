package org.ramstein.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.exchange.PledgeLinesLoader;
import org.ramstein.ledger.domain.Donor;

/**
 * A pledge-lines CSV shaped like the real ledger: ~50 donors, ~150 catalogue items, pledges of 1 to 8 lines announced
 * 2022-2025 with mixed date precision, mixed qualifiers, about a third of the lines with a value in EUR or USD.
 * Seeded, so two runs load the same rows. Also the large file of the tests that kill an import half-way.
 */
public final class SyntheticPledgeLines {
    private static final String[] QUALIFIERS = {"exact", "exact", "exact", "exact", "exact", "exact", "up_to", "more_than", "about",
        "about", "range", "unspecified"};
    private static final String[] ROUTES = {"stocks", "procurement", "joint", "unknown"};
    private static final LocalDate FIRST = LocalDate.of(2022, 2, 24);
    private static final int DAYS = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST.toEpochDay());

    private SyntheticPledgeLines() {
    }

    public static void write(Path file, long lines, List<Donor> donors, List<CatalogItem> items) throws IOException {
        SplittableRandom rnd = new SplittableRandom(20220224L);
        List<Donor> ds = donors.subList(0, Math.min(50, donors.size()));
        List<CatalogItem> is = items.subList(0, Math.min(150, items.size()));
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", PledgeLinesLoader.COLUMNS));
            out.write("\r\n");
            long written = 0;
            long pledgeNo = 0;
            StringBuilder sb = new StringBuilder(256);
            while (written < lines) {
                pledgeNo++;
                Donor donor = ds.get(rnd.nextInt(ds.size()));
                LocalDate on = FIRST.plusDays(rnd.nextInt(DAYS + 1));
                int p = rnd.nextInt(20);
                String precision = p < 14 ? "day" : p < 18 ? "month" : p < 19 ? "year" : "unknown";
                String date = switch (precision) {
                    case "month" -> on.withDayOfMonth(1).toString();
                    case "year" -> on.withDayOfYear(1).toString();
                    case "unknown" -> "";
                    default -> on.toString();
                };
                int n = (int) Math.min(1 + rnd.nextInt(8), lines - written);
                for (int line = 1; line <= n; line++) {
                    CatalogItem item = is.get(rnd.nextInt(is.size()));
                    String q = QUALIFIERS[rnd.nextInt(QUALIFIERS.length)];
                    long qty = 1 + rnd.nextInt(rnd.nextInt(10) == 0 ? 100_000 : 200);
                    sb.setLength(0);
                    sb.append("p").append(pledgeNo).append(',').append(donor.code()).append(",military,\"Package ").append(pledgeNo)
                            .append(", ").append(donor.name().replace("\"", "\"\"")).append("\",").append(date).append(',')
                            .append(precision).append(',').append(line).append(',');
                    boolean catalogued = rnd.nextInt(10) < 8;
                    sb.append(catalogued ? item.id() : "").append(',').append(catalogued ? "" : "unlisted " + item.category()).append(',')
                            .append(item.category()).append(',').append(q).append(',');
                    switch (q) {
                        case "unspecified" -> sb.append(",,");
                        case "range" -> sb.append(qty).append(',').append(qty + 1 + rnd.nextInt(50)).append(',');
                        default -> sb.append(qty).append(",,");
                    }
                    if (rnd.nextInt(3) == 0) {
                        sb.append(qty * (10_000 + rnd.nextInt(5_000_000)) * 100).append(',').append(rnd.nextBoolean() ? "EUR" : "USD");
                    } else {
                        sb.append(',');
                    }
                    sb.append(',').append(ROUTES[rnd.nextInt(ROUTES.length)]).append("\r\n");
                    out.append(sb);
                    written++;
                }
            }
        }
    }
}
