package org.ramstein.exchange;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;

/**
 * The CSV dialect of the exchange format: RFC 4180, UTF-8, CRLF. Every value that is not NULL is quoted, and NULL is
 * an empty unquoted field, so NULL and the empty string stay different (commons-csv reads a quoted "" back as "").
 */
final class ExchangeCsv {
    static final String MANIFEST = "manifest.csv";
    static final String[] MANIFEST_COLUMNS = {"format", "version", "table", "file", "rows", "sha256"};

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setNullString("")
            .setRecordSeparator("\r\n")
            .setIgnoreEmptyLines(false)
            .build();

    private ExchangeCsv() {
    }
}
