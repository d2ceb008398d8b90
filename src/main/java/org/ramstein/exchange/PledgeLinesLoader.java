package org.ramstein.exchange;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.ramstein.catalog.domain.CatalogIndex;
import org.ramstein.catalog.domain.CatalogItem;
import org.ramstein.common.FieldError;
import org.ramstein.common.ValidationException;
import org.ramstein.importers.Utf8Text;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.DatePrecision;
import org.ramstein.ledger.domain.Donor;
import org.ramstein.ledger.domain.DonorIndex;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FundingRoute;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.LedgerEntry;
import org.ramstein.ledger.domain.Money;
import org.ramstein.ledger.domain.Pledge;
import org.ramstein.ledger.domain.PledgeLine;
import org.ramstein.ledger.domain.Qualifier;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.storage.LedgerWriter;

/**
 * Bulk load of pledges in their flattest form: one CSV row per pledge line, the pledge's columns repeated on each of
 * its lines (rows of one pledge are consecutive). Writes pledge, pledge_line and the line's commitment posting through
 * the ledger writer, in the caller's transaction, so it is the same append-only path as every other write, only
 * without a round trip per row. Every row is checked; bad rows are named (file, row, column) and nothing is written.
 */
public final class PledgeLinesLoader {

    public static final String[] COLUMNS = {"pledge_id", "donor_code", "aid_type", "title", "announced_on", "announced_precision",
        "line_no", "item_id", "item_text", "category", "qualifier", "quantity", "quantity_max", "value_cents", "value_currency",
        "funding_route"};

    private static final int MAX_ERRORS = 50;
    /** The largest quantity a line may state, as for every fact of the ledger: its running totals never overflow. */
    static final long MAX_QUANTITY = Quantity.MAX;
    /** The largest value in cents: the ledger's limit on amounts (a quadrillion in any currency). */
    static final long MAX_CENTS = Money.MAX.movePointRight(2).longValueExact();

    private final CatalogIndex catalog;
    private final DonorIndex donors;
    // dates and codes repeat across a million rows: parse each distinct one once
    private final Map<String, FuzzyDate> dates = new HashMap<>();
    // codes as written in the file (any case, '-' or ' ' for '_'), each spelling parsed once
    private final Map<Class<?>, Map<String, Enum<?>>> codes = new HashMap<>();

    public PledgeLinesLoader(CatalogIndex catalog, DonorIndex donors) {
        this.catalog = catalog;
        this.donors = donors;
    }

    /** Lines parsed, checked and turned into rows per hand-over to the writing thread. */
    private static final int CHUNK = 16_384;

    /**
     * Loads {@code file}; rows carry {@code batchId} and their row number. Returns the number of lines written. The file
     * is read, checked and turned into the writer's rows (and running-total sums) on a second thread while the caller's
     * thread (the one holding the transaction) writes what is already prepared, so parsing and the database work
     * overlap. Nothing changes in what is written or refused.
     */
    public long load(LedgerWriter w, Path file, String batchId, long recordedAt, String recordedBy) throws IOException {
        return load(w, file, batchId, recordedAt, recordedBy, n -> { });
    }

    /** As {@link #load(LedgerWriter, Path, String, long, String)}, telling {@code written} the lines written so far after each chunk. */
    public long load(LedgerWriter w, Path file, String batchId, long recordedAt, String recordedBy, LongConsumer written) throws IOException {
        try (Parsing parsing = start(w, file, batchId, recordedAt, recordedBy)) {
            return parsing.writeTo(w, written);
        }
    }

    /**
     * Rows handed from the parser to the writer: the writer's rows, and the pledges among them with the file row each
     * starts on (to name the row of a pledge the ledger already holds).
     */
    private record Chunk(LedgerWriter.BulkRows rows, List<String> pledgeIds, List<Integer> pledgeRows, int lines) {
    }

    /**
     * Starts reading and checking {@code file} on a second thread, into rows for {@code w}; nothing is written until
     * {@link Parsing#writeTo}, so the caller may first do other work on its own thread (and write the rows' parents).
     */
    public Parsing start(LedgerWriter w, Path file, String batchId, long recordedAt, String recordedBy) {
        return new Parsing(w, file, batchId, recordedAt, recordedBy);
    }

    /** A load in progress: the file being parsed on its own thread, its rows waiting to be written. */
    public final class Parsing implements AutoCloseable {
        private final Path file;
        private final BlockingQueue<Optional<Chunk>> queue = new ArrayBlockingQueue<>(3);
        private final AtomicBoolean stopped = new AtomicBoolean();
        private final FutureTask<Long> parse;
        private final Thread parser;

        private Parsing(LedgerWriter w, Path file, String batchId, long recordedAt, String recordedBy) {
            this.file = file;
            this.parse = new FutureTask<>(() -> {
                Chunks out = new Chunks(w, queue, stopped);
                try {
                    long n = parse(out, file, batchId, recordedAt, recordedBy);
                    out.last();
                    return n;
                } finally {
                    out.end();
                }
            });
            this.parser = Thread.ofPlatform().daemon().name("pledge-lines-parser").start(parse);
        }

        /** Writes the rows as they come, on the caller's thread; returns the number of lines, or throws the file's problems. */
        public long writeTo(LedgerWriter w) throws IOException {
            return writeTo(w, n -> { });
        }

        /**
         * As {@link #writeTo(LedgerWriter)}, telling {@code written} the lines written so far after each chunk. A pledge
         * id the ledger already holds is refused with the row it is on (when the ledger held pledges before this load;
         * repeats within the file are the parser's to find).
         */
        public long writeTo(LedgerWriter w, LongConsumer written) throws IOException {
            try {
                boolean holdsPledges = holdsPledges(w);
                long lines = 0;
                while (true) {
                    Optional<Chunk> chunk = queue.take();
                    if (chunk.isEmpty()) break;
                    if (holdsPledges) refuseExisting(w, chunk.get(), file.getFileName().toString());
                    w.write(chunk.get().rows());
                    lines += chunk.get().lines();
                    written.accept(lines);
                }
                return parse.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading " + file.getFileName(), e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) throw io;
                if (cause instanceof RuntimeException re) throw re;
                if (cause instanceof Error err) throw err;
                throw new IllegalStateException(cause);
            }
        }

        /** Stops the parser (if the load ended early) and waits for it. */
        @Override
        public void close() {
            stopped.set(true);
            queue.clear();
            try {
                parser.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static boolean holdsPledges(LedgerWriter w) {
        return w.handle().createQuery("SELECT 1 FROM pledge").setMaxRows(1).mapTo(Integer.class).findFirst().isPresent();
    }

    /** Pledge ids of a chunk asked for in one query each. */
    private static final int IDS_PER_QUERY = 500;

    private static void refuseExisting(LedgerWriter w, Chunk chunk, String fileName) {
        List<String> ids = chunk.pledgeIds();
        for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
            List<String> some = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY));
            java.util.Set<String> existing = new java.util.HashSet<>(w.handle().createQuery("SELECT id FROM pledge WHERE id IN (<ids>)")
                    .bindList("ids", some).mapTo(String.class).list());
            if (existing.isEmpty()) continue;
            List<FieldError> errors = new ArrayList<>();
            for (int i = from; i < from + some.size() && errors.size() < MAX_ERRORS; i++) {
                if (existing.contains(ids.get(i))) {
                    errors.add(new FieldError(fileName + ", row " + chunk.pledgeRows().get(i) + ", column 'pledge_id'",
                            "pledge '" + ids.get(i) + "' is already in the ledger (imported before?); a correction is a new pledge id"));
                }
            }
            throw new ValidationException(errors);
        }
    }

    /** Hands checked rows to the writing thread in chunks; gives up when the writer has stopped. */
    private static final class Chunks {
        final LedgerWriter writer;
        final BlockingQueue<Optional<Chunk>> queue;
        final AtomicBoolean stopped;
        LedgerWriter.BulkRows pending;
        List<String> pledgeIds = new ArrayList<>();
        List<Integer> pledgeRows = new ArrayList<>();
        int lines;

        Chunks(LedgerWriter writer, BlockingQueue<Optional<Chunk>> queue, AtomicBoolean stopped) {
            this.writer = writer;
            this.queue = queue;
            this.stopped = stopped;
            this.pending = writer.bulkRows();
        }

        void pledge(Pledge p) {
            pending.pledge(p);
            pledgeIds.add(p.id());
            pledgeRows.add(p.sourceRow());
        }

        void line(PledgeLine l, LedgerEntry commitment) throws InterruptedException {
            pending.line(l, commitment);
            if (++lines >= CHUNK) flush();
        }

        void flush() throws InterruptedException {
            LedgerWriter.BulkRows full = pending;
            pending = full.next(); // before the hand-over: the sums stay with the rows still being filled
            put(Optional.of(taken(full)));
        }

        private Chunk taken(LedgerWriter.BulkRows rows) {
            Chunk c = new Chunk(rows, pledgeIds, pledgeRows, lines);
            pledgeIds = new ArrayList<>();
            pledgeRows = new ArrayList<>();
            lines = 0;
            return c;
        }

        /** Hands over the last rows (they carry the postings' sums, so even when empty). */
        void last() throws InterruptedException {
            pending.last();
            put(Optional.of(taken(pending)));
        }

        void end() throws InterruptedException {
            put(Optional.empty());
        }

        private void put(Optional<Chunk> chunk) throws InterruptedException {
            while (!queue.offer(chunk, 50, TimeUnit.MILLISECONDS)) {
                if (stopped.get()) throw new CancellationException("the writer has stopped");
            }
        }
    }

    private long parse(Chunks w, Path file, String batchId, long recordedAt, String recordedBy) throws IOException, InterruptedException {
        String name = file.getFileName().toString();
        List<FieldError> errors = new ArrayList<>();
        long lines = 0;
        String currentPledge = null;
        Pledge pledge = null;
        // every pledge seen so far (a pledge's rows follow each other), and the line numbers of the current one
        java.util.Set<String> seenPledges = new java.util.HashSet<>();
        java.util.Set<Integer> linesOfPledge = new java.util.HashSet<>();
        try (BufferedReader reader = Utf8Text.reader(file); CSVParser csv = CSVParser.parse(reader, CSVFormat.RFC4180)) {
            java.util.Iterator<CSVRecord> records = csv.iterator();
            int[] at = header(name, records.hasNext() ? records.next() : null);
            int rowNo = 1;
            while (records.hasNext()) {
                CSVRecord r = records.next();
                rowNo++;
                Row row = new Row(name, rowNo, errors);
                String pledgeId = row.text(r, at[0], "pledge_id", true);
                if (pledgeId != null && !pledgeId.equals(currentPledge)) {
                    if (!seenPledges.add(pledgeId)) {
                        row.error("pledge_id", "pledge '" + pledgeId + "' is on earlier rows, before other pledges: "
                                + "the rows of one pledge must follow each other");
                    }
                    linesOfPledge.clear();
                    Donor donor = row.donor(r, at[1]);
                    AidType aid = row.code(r, at[2], "aid_type", AidType::fromCode, AidType.class, true);
                    FuzzyDate announced = row.date(r, at[4], at[5]);
                    if (donor != null && aid != null && announced != null) {
                        pledge = new Pledge(pledgeId, donor.code(), aid, row.text(r, at[3], "title", false), announced, null,
                                Visibility.PUBLIC, null, batchId, rowNo, recordedAt, recordedBy);
                        if (errors.isEmpty()) w.pledge(pledge);
                    } else {
                        pledge = null;
                    }
                    currentPledge = pledgeId;
                }
                Integer lineNo = row.integer(r, at[6], "line_no");
                if (lineNo != null && pledgeId != null && !linesOfPledge.add(lineNo)) {
                    row.error("line_no", "line " + lineNo + " of pledge '" + pledgeId + "' is there twice");
                }
                CatalogItem item = row.item(r, at[7]);
                String itemText = row.text(r, at[8], "item_text", false);
                String category = item != null ? item.category() : row.text(r, at[9], "category", true);
                Qualifier qualifier = row.code(r, at[10], "qualifier", Qualifier::fromCode, Qualifier.class, true);
                Long quantity = row.number(r, at[11], "quantity", MAX_QUANTITY);
                Long max = row.number(r, at[12], "quantity_max", MAX_QUANTITY);
                Long cents = row.number(r, at[13], "value_cents", MAX_CENTS);
                String currency = row.text(r, at[14], "value_currency", false);
                FundingRoute route = row.code(r, at[15], "funding_route", FundingRoute::fromCode, FundingRoute.class, false);
                Quantity q = qualifier == null ? null : new Quantity(quantity, max, qualifier);
                if (q != null) for (FieldError e : q.problems()) row.error("quantity", e.message());
                if (cents != null && !isCurrencyCode(currency)) {
                    row.error("value_currency", "an ISO 4217 code is required with value_cents");
                }
                if (errors.size() >= MAX_ERRORS) throw new ValidationException(errors);
                if (!errors.isEmpty() || pledge == null) continue;
                String lineId = pledgeId + "/" + lineNo;
                Money value = cents == null ? null : Money.ofCents(cents, currency);
                String itemId = item == null ? null : item.id();
                w.line(new PledgeLine(lineId, pledgeId, lineNo, itemId, itemText, category, q, value,
                        route == null ? FundingRoute.UNKNOWN : route, null, batchId, rowNo, recordedAt, recordedBy),
                        new LedgerEntry(null, EntryKind.COMMITMENT, pledgeId, lineId, pledge.donorCode(), pledge.aidType(), itemId,
                        category, q, cents, cents == null ? null : currency, pledge.announced(), null, Visibility.PUBLIC, null, null,
                        batchId, rowNo, recordedAt, recordedBy));
                lines++;
            }
        } catch (java.io.UncheckedIOException e) {
            if (Utf8Text.isEncodingProblem(e)) throw Utf8Text.notUtf8(file);
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ValidationException(name, "cannot be read as CSV: " + cause.getMessage());
        } catch (IOException e) {
            if (Utf8Text.isEncodingProblem(e)) throw Utf8Text.notUtf8(file);
            throw e;
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        return lines;
    }

    /**
     * Where each of {@link #COLUMNS} is in the header row; a column missing, or named twice, is refused (other columns
     * are ignored).
     */
    private static int[] header(String name, CSVRecord head) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> found = new HashMap<>();
        List<String> wanted = List.of(COLUMNS);
        if (head != null) {
            for (int i = 0; i < head.size(); i++) {
                String column = head.get(i).strip();
                if (found.putIfAbsent(column, i) != null && wanted.contains(column)) {
                    errors.add(new FieldError(name + ", row 1, column '" + column + "'", "appears twice in the header"));
                }
            }
        }
        int[] at = new int[COLUMNS.length];
        for (int i = 0; i < COLUMNS.length; i++) {
            Integer p = found.get(COLUMNS[i]);
            if (p == null) errors.add(new FieldError(name + ", row 1, column '" + COLUMNS[i] + "'", "is missing from the header"));
            at[i] = p == null ? -1 : p;
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        return at;
    }

    /** The shape yyyy-mm-dd (whether the day exists is for the parser to say). */
    private static boolean isIsoDay(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') return false;
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) return false;
        }
        return true;
    }

    /** An optional sign and ASCII digits only: an integer, however long. */
    private static boolean isDigits(String s) {
        int i = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
        if (i == s.length()) return false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    /** Three upper-case ASCII letters (the shape of an ISO 4217 code), checked without a regex on every row. */
    static boolean isCurrencyCode(String s) {
        if (s == null || s.length() != 3) return false;
        for (int i = 0; i < 3; i++) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z') return false;
        }
        return true;
    }

    /** Field checks for one CSV row, each failure recorded with file, row and column. */
    private final class Row {
        final String file;
        final int rowNo;
        final List<FieldError> errors;

        Row(String file, int rowNo, List<FieldError> errors) {
            this.file = file;
            this.rowNo = rowNo;
            this.errors = errors;
        }

        void error(String column, String message) {
            errors.add(new FieldError(file + ", row " + rowNo + ", column '" + column + "'", message));
        }

        String text(CSVRecord r, int at, String column, boolean required) {
            String v = at < r.size() ? r.get(at) : null;
            if (v == null || v.isEmpty()) {
                if (required) error(column, "is required");
                return null;
            }
            return v;
        }

        /** An integer of at most {@code limit} either way (sums of a million of them still fit a 64-bit total). */
        Long number(CSVRecord r, int at, String column, long limit) {
            String v = text(r, at, column, false);
            if (v == null) return null;
            long n;
            try {
                n = Long.parseLong(v);
            } catch (NumberFormatException e) {
                n = Long.MAX_VALUE;
                if (!isDigits(v)) {
                    error(column, "'" + v + "' is not an integer");
                    return null;
                }
            }
            if (n > limit || n < -limit) {
                error(column, "'" + v + "' is out of range (at most " + String.format(java.util.Locale.ROOT, "%,d", limit) + ")");
                return null;
            }
            return n;
        }

        Integer integer(CSVRecord r, int at, String column) {
            String v = text(r, at, column, true);
            if (v == null) return null;
            try {
                int n = Integer.parseInt(v);
                if (n >= 1) return n;
            } catch (NumberFormatException ignored) {
                // reported below
            }
            error(column, "'" + v + "' is not a positive integer");
            return null;
        }

        <E extends Enum<E>> E code(CSVRecord r, int at, String column, java.util.function.Function<String, E> parse, Class<E> type,
                                   boolean required) {
            String v = text(r, at, column, required);
            if (v == null) return null;
            Map<String, Enum<?>> known = codes.computeIfAbsent(type, k -> new HashMap<>());
            E e = type.cast(known.get(v));
            if (e != null) return e;
            e = parse.apply(v);
            if (e == null) error(column, "'" + v + "' is not one of " + org.ramstein.ledger.domain.Codes.allowed(type));
            else if (known.size() < 1_000) known.put(v, e);
            return e;
        }

        Donor donor(CSVRecord r, int at) {
            String v = text(r, at, "donor_code", true);
            if (v == null) return null;
            Donor d = donors.byCode(v).orElse(null);
            if (d == null) error("donor_code", "'" + v + "' is not a known donor code");
            return d;
        }

        CatalogItem item(CSVRecord r, int at) {
            String v = text(r, at, "item_id", false);
            if (v == null) return null;
            CatalogItem i = catalog.byId(v).orElse(null);
            if (i == null) error("item_id", "'" + v + "' is not a catalogue id");
            return i;
        }

        FuzzyDate date(CSVRecord r, int dateAt, int precisionAt) {
            String on = text(r, dateAt, "announced_on", false);
            String precision = text(r, precisionAt, "announced_precision", true);
            if (precision == null) return null;
            String key = on + "|" + precision;
            FuzzyDate d = dates.get(key);
            if (d != null) return d;
            DatePrecision p = DatePrecision.fromCode(precision);
            if (p == null) {
                error("announced_precision", "'" + precision + "' is not one of " + org.ramstein.ledger.domain.Codes.allowed(DatePrecision.class));
                return null;
            }
            if ((on == null) != (p == DatePrecision.UNKNOWN)) {
                error("announced_on", on == null ? "is required unless announced_precision is 'unknown'"
                        : "'" + on + "' is given but announced_precision is 'unknown'");
                return null;
            }
            if (on != null && !isIsoDay(on)) {
                error("announced_on", "'" + on + "' is not a date (yyyy-mm-dd)");
                return null;
            }
            try {
                d = FuzzyDate.of(on, precision);
            } catch (RuntimeException e) {
                error("announced_on", "'" + on + "' is not a date (yyyy-mm-dd): " + e.getMessage());
                return null;
            }
            dates.put(key, d);
            return d;
        }
    }

    /**
     * Counts the data rows (lines after the header) without parsing them: the import batch states its row count when it
     * is written, before the rows that reference it, and the ledger never updates a row afterwards.
     */
    public static int countDataRows(Path file) throws IOException {
        long lines = 0;
        boolean lastWasNewline = true;
        try (java.io.InputStream in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file), 1 << 16)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                for (int i = 0; i < n; i++) {
                    if (buf[i] == '\n') lines++;
                }
                lastWasNewline = buf[n - 1] == '\n';
            }
        }
        if (!lastWasNewline) lines++;
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, lines - 1));
    }
}
