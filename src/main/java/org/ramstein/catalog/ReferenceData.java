package org.ramstein.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.Donor;

/**
 * The catalogue and the donor list are data the project ships (reference/catalog.csv, reference/donors.csv) and users
 * may edit or replace: they are read from CSV, never written in code.
 */
public final class ReferenceData {
    private ReferenceData() {
    }

    public static List<CatalogItem> bundledCatalog() {
        return readCatalog(resource("reference/catalog.csv"), "reference/catalog.csv");
    }

    public static List<Donor> bundledDonors() {
        return readDonors(resource("reference/donors.csv"), "reference/donors.csv");
    }

    public static List<CatalogItem> readCatalog(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readCatalog(in, file.getFileName().toString());
        }
    }

    private static InputStream resource(String name) {
        InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(name);
        if (in == null) throw new IllegalStateException("the build is missing the resource " + name);
        return in;
    }

    static List<CatalogItem> readCatalog(InputStream in, String name) {
        List<CatalogItem> items = new ArrayList<>();
        for (CSVRecord r : records(in, name)) {
            String id = required(r, "id", name);
            String price = r.get("unit_price_eur").trim();
            Long cents;
            try {
                cents = price.isEmpty() ? null : new java.math.BigDecimal(price).movePointRight(2).longValueExact();
            } catch (ArithmeticException | NumberFormatException e) {
                throw new ValidationException(name + " line " + (r.getRecordNumber() + 1) + " unit_price_eur", "'" + price + "' is not an amount in EUR");
            }
            String priceSource = r.isMapped("unit_price_source") ? blankToNull(r.get("unit_price_source")) : null;
            if (cents != null && priceSource == null) {
                throw new ValidationException(name + " line " + (r.getRecordNumber() + 1) + " unit_price_source",
                        "a unit price must name its source (publisher, document, year)");
            }
            items.add(new CatalogItem(id, required(r, "name", name), required(r, "category", name), blankToNull(r.get("coalition")),
                    blankToNull(r.get("origin")), split(r.get("aliases")), cents, priceSource, "1".equals(r.get("verified").trim()),
                    blankToNull(r.get("notes"))));
        }
        return items;
    }

    static List<Donor> readDonors(InputStream in, String name) {
        List<Donor> donors = new ArrayList<>();
        for (CSVRecord r : records(in, name)) {
            donors.add(new Donor(required(r, "code", name), required(r, "name", name), required(r, "kind", name),
                    blankToNull(r.get("iso2")), split(r.get("aliases"))));
        }
        return donors;
    }

    private static List<CSVRecord> records(InputStream in, String name) {
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader).getRecords();
        } catch (IOException | RuntimeException e) {
            throw new ValidationException(name, "cannot be read as CSV: " + e.getMessage());
        }
    }

    private static String required(CSVRecord r, String column, String file) {
        String v = r.get(column).trim();
        if (v.isEmpty()) throw new ValidationException(file + " line " + (r.getRecordNumber() + 1) + " " + column, "is required");
        return v;
    }

    private static List<String> split(String aliases) {
        if (aliases == null || aliases.isBlank()) return List.of();
        return Arrays.stream(aliases.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
