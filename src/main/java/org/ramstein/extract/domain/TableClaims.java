package org.ramstein.extract.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Claims read from a Markdown table (HTML tables arrive as Markdown), as trackers publish them: "| Donor | System |
 * Pledged | Delivered |" or "| Equipment | Quantity | Status |". A column is read by its header: the donor's, the
 * system's, counts whose header says pledged or delivered, and a plain count whose kind the row's status says
 * ("delivered", "promised"). Each count above zero in a row is a claim of that row's donor and system; a vague amount
 * ("several dozen") is a claim without a number. A table without a donor column is the donor's the text is about. The
 * row is the evidence. A register's entry written as fields, one a line ("Donor: Portugal", "Quantity: 3"), is a table
 * of one row. A column headed "Pledged / delivered" holds two counts a cell ("100 / 60"); a table with a plain count and
 * no status column takes the kind the lines above it say ("Status: shipped" over a manifest).
 */
final class TableClaims extends ReadingPart {

    /** The rule under a table's header: "|---|:--:|", or as Org mode draws it "|------+------|". */
    private static final Pattern SEPARATOR = Pattern.compile("^\\s*\\|?\\s*:?-{3,}:?\\s*([|+]\\s*:?-{3,}:?\\s*)*\\|?\\s*$");
    private static final List<String> DONOR_HEADERS = List.of("donor", "country", "contributor", "provider", "supplier");
    private static final List<String> RECIPIENT_HEADERS = List.of("recipient", "beneficiary", "destination", "end user");
    private static final Pattern REPLENISHING = Pattern.compile("(?i)\\b(replacement|replenish\\w*|backfill\\w*|restock\\w*)\\b");
    private static final List<String> ITEM_HEADERS = List.of("system", "item", "equipment", "weapon", "model", "type", "description");
    private static final List<String> PLEDGE_HEADERS = List.of("pledged", "promised", "committed", "announced", "pledge");
    private static final List<String> DELIVERY_HEADERS = List.of("delivered", "sent", "received", "arrived", "handed", "delivery");
    private static final List<String> COUNT_HEADERS = List.of("quantity", "number", "count", "qty", "units", "pieces", "amount");
    private static final List<String> STATUS_HEADERS = List.of("status", "stage", "state");
    /** Statuses that say a thing is not there yet, whatever else they say: "to be delivered", "partly delivered". */
    private static final List<String> NOT_YET = List.of("not", "to be", "pending", "partly", "partial", "expected", "planned", "awaiting",
            "in progress", "under way", "underway", "being");

    /** Statuses that say nothing was promised: "under consideration", "request declined". */
    private static final List<String> UNDECIDED = List.of("consideration", "considering", "no decision", "under review", "requested", "declined",
            "rejected", "refused", "cancelled", "canceled", "withdrawn");
    /** Counts a donor keeps to itself: a promise or delivery without its number. */
    private static final List<String> UNDISCLOSED = List.of("not disclosed", "undisclosed", "classified", "not specified", "unspecified",
            "not given", "not stated", "n/k", "not known", "unknown", "tbd", "tbc", "to be determined", "to be confirmed");

    /** Header words of columns that hold sums or dates, whatever else the header says. */
    /** Headers of a column naming the currency of the row's sums ("| 406000000 | CAD |"). */
    private static final List<String> CURRENCY_HEADERS = List.of("currency", "ccy");
    /** Headers of a column of a row's sums ("cost" is a line's price, no gift of money). */
    private static final List<String> VALUE_HEADERS = List.of("value", "amount", "worth");
    /** Headers of a column that says where a row comes from, no name of what it counts. */
    private static final List<String> SOURCE_HEADERS = List.of("source", "url", "link", "reference");
    private static final List<String> NOT_COUNTS = List.of("date", "when", "value", "eur", "usd", "gbp", "$", "\u20ac", "\u00a3", "million",
            "bn", "cost", "price", "year", "month");

    TableClaims(Reading r) {
        super(r);
    }

    /** Every Markdown table of the text, row by row. */
    void tables() {
        List<int[]> lines = new ArrayList<>(); // start, end of each line
        int at = 0;
        while (at <= text.length()) {
            int nl = text.indexOf('\n', at);
            int end = nl < 0 ? text.length() : nl;
            lines.add(new int[] {at, end});
            if (nl < 0) break;
            at = nl + 1;
        }
        for (int i = 0; i + 1 < lines.size(); i++) {
            int afterRecord = record(lines, i);
            if (afterRecord > i) {
                i = afterRecord - 1;
                continue;
            }
            String head = line(lines.get(i));
            List<List<int[]>> rows = new ArrayList<>();
            List<int[]> rowLines = new ArrayList<>();
            List<int[]> headCells;
            int j;
            if (head.indexOf('+') >= 0 && gridBorder(head) && i + 2 < lines.size() && line(lines.get(i + 1)).strip().startsWith("|")) {
                // "+--------+--------+": a grid table, its header row over "+====+", its rows between borders, a row's
                // further lines (a cell's text wrapped) passed over, as the lines of a row whose border is partial
                int k = i + 1;
                while (k < lines.size() && !gridBorder(line(lines.get(k))) && line(lines.get(k)).strip().startsWith("|")) k++;
                if (k >= lines.size() || !gridBorder(line(lines.get(k)))) continue;
                headCells = cells(lines.get(i + 1));
                j = rows(lines, k + 1, l -> {
                    String row = line(l);
                    if (gridBorder(row)) return List.of();
                    if (!row.strip().startsWith("|")) return null;
                    String above = text.substring(text.lastIndexOf('\n', l[0] - 2) + 1, Math.max(l[0] - 1, 0));
                    return gridBorder(above) ? cells(l) : List.of();
                }, rows, rowLines);
            } else if (head.strip().startsWith("|")) {
                if (!SEPARATOR.matcher(line(lines.get(i + 1))).matches()) continue;
                headCells = cells(lines.get(i));
                j = rows(lines, i + 2, l -> line(l).strip().startsWith("|") ? cells(l) : null, rows, rowLines);
            } else if (separator(head) != 0) {
                // "donor,system,delivered,source", "donor;system;quantity" (a continental export), "Donor & System & Pledged \\"
                // (a LaTeX tabular): values set apart by one character, a header first
                char sep = separator(head);
                List<int[]> header = delimitedCells(lines.get(i), sep);
                if (header.size() < 3 || !headerWords(header)) continue;
                headCells = header;
                j = rows(lines, i + 1, l -> {
                    if (sep == '&' && LATEX_RULE.matcher(line(l).strip()).matches()) return List.of();
                    List<int[]> cells = delimitedCells(l, sep);
                    return cells.size() == header.size() ? cells : null;
                }, rows, rowLines);
            } else if (head.indexOf('\t') >= 0 && head.indexOf('\t') != head.lastIndexOf('\t')) {
                // a spreadsheet pasted as text: its cells set apart by single tabs, an empty field where two tabs meet
                List<int[]> header = tabCells(lines.get(i));
                if (!headerWords(header)) continue;
                headCells = header;
                j = rows(lines, i + 1, l -> {
                    List<int[]> cells = tabCells(l);
                    if (cells.size() < 2 || cells.size() > header.size()) return null;
                    while (cells.size() < header.size()) cells.add(new int[] {l[1], l[1]}); // trailing empty fields
                    return cells;
                }, rows, rowLines);
            } else if (head.indexOf("==") >= 0 && ruleColumns(lines.get(i)) != null && i + 3 < lines.size() && ruleColumns(lines.get(i + 2)) != null) {
                // a table set between rules of "=" (reStructuredText's simple table): a rule, the header, a rule, the rows
                List<int[]> columns = ruleColumns(lines.get(i));
                List<int[]> header = placed(alignedCells(lines.get(i + 1)), lines.get(i + 1), columns);
                if (header == null || !headerWords(header)) continue;
                headCells = header;
                j = rows(lines, i + 3, l -> ruleColumns(l) != null ? List.of() : placed(alignedCells(l), l, columns), rows, rowLines);
            } else if (head.contains("  ") || head.indexOf('\t') >= 0) {
                // "Year         Military support      Civilian support": columns lined up with spaces, perhaps ruled off
                // with dashes under the header ("-------  ---------"), which then mark where each column runs
                List<int[]> header = alignedCells(lines.get(i));
                if (header.size() < 2 || !headerWords(header)) continue;
                headCells = header;
                List<int[]> columns = i + 2 < lines.size() ? ruleColumns(lines.get(i + 1)) : null;
                int first = i + 2;
                if (columns == null || columns.size() != header.size()) {
                    columns = headerColumns(header, lines.get(i));
                    first = i + 1;
                }
                List<int[]> spans = columns;
                j = rows(lines, first, l -> ruleColumns(l) != null ? List.of() : placed(alignedCells(l), l, spans), rows, rowLines);
            } else {
                continue;
            }
            if (rows.isEmpty()) continue;
            table(headCells, rows, rowLines, lines.get(i)[0], lines.get(j - 1)[1]);
            i = j - 1;
        }
    }

    /**
     * A register's entry written as fields, one a line ("Donor: Portugal", "System: Leopard 2A6", "Quantity: 3", "Status:
     * delivered"): a table of one row whose header is the fields' names. Read where its fields name a system and a count
     * or a kind; returns the line after it, or {@code i} where line {@code i} starts none.
     */
    private int record(List<int[]> lines, int i) {
        List<int[]> names = new ArrayList<>();
        List<int[]> values = new ArrayList<>();
        int j = i;
        List<int[][]> flow = flowFields(lines.get(i));
        if (flow != null) {
            // "- {donor: Canada, system: Roshel Senator, pledged: 200}": an entry's fields on one line
            for (int[][] f : flow) {
                names.add(f[0]);
                values.add(f[1]);
            }
            j = i + 1;
        } else {
            // inside an entry already read, or one not read (but "- donor: Sweden" after another entry's last field starts one)
            // ("- Donor: Spain\n- System: ..." is one entry, each field a bullet)
            if (i > 0 && field(lines.get(i - 1)) != null && !(startsEntry(lines.get(i)) && !startsEntry(lines.get(i - 1)))) return i;
            for (int[][] f; j < lines.size() && (f = field(lines.get(j))) != null; j++) {
                // the first field's name again opens the next entry ("- donor: Sweden")
                if (j > i && cell(f[0]).equals(cell(names.get(0)))) break;
                List<int[][]> inner = bracedFields(f[1][0], f[1][1]);
                if (inner == null) {
                    names.add(f[0]);
                    values.add(f[1]);
                }
                // "status": {"pledged": 110, "delivered": 35}: an object's fields stand as the entry's own
                else for (int[][] g : inner) {
                    names.add(g[0]);
                    values.add(g[1]);
                }
            }
        }
        if (names.size() < 3 || column(names, ITEM_HEADERS) < 0) return i;
        boolean counted = names.stream().map(this::cell)
                .anyMatch(n -> COUNT_HEADERS.stream().anyMatch(n::contains) || kindOfHeader(n) != null);
        if (!counted) return i;
        int start = lines.get(i)[0];
        int end = lines.get(j - 1)[1];
        // the evidence is the fields that say who, what, how many and how far along, not remarks on range or crew
        int evFrom = end;
        int evTo = start;
        for (int k = 0; k < names.size(); k++) {
            String n = cell(names.get(k));
            // ("announced = 2022-06-21": a date under a word of kind is no part of it)
            if (Stream.of(DONOR_HEADERS, ITEM_HEADERS, COUNT_HEADERS, STATUS_HEADERS).flatMap(List::stream).anyMatch(n::contains)
                    || kindOfHeader(n) != null && count(values.get(k)) != null) {
                evFrom = Math.min(evFrom, names.get(k)[0]);
                evTo = Math.max(evTo, values.get(k)[1]);
            }
        }
        // a remark among the fields is a sentence of its own ("note: Czechia sent T-72 tanks to Ukraine in return"), unless it
        // speaks again of the entry's system ("Remarks: first guns due in June")
        final int from = evFrom;
        final int to = evTo;
        List<Draft> remarks = drafts.stream().filter(d -> !d.title && d.claim.start() >= start && d.claim.end() <= end
                && (d.claim.end() <= from || d.claim.start() >= to)).toList();
        java.util.Set<Draft> before = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        before.addAll(drafts);
        List<List<int[]>> rows = entryRows(names, values);
        table(names, rows, Collections.nCopies(rows.size(), new int[] {evFrom, evTo}), start, end);
        java.util.Set<String> entry = new java.util.HashSet<>();
        for (Draft d : drafts) if (!before.contains(d)) entry.add(d.itemKey);
        for (Draft d : remarks) if (!entry.contains(d.itemKey) && !drafts.contains(d)) drafts.add(d);
        return j;
    }

    /**
     * The rows an entry's fields make: one, or where its system is a list ("system = [\"Leopard 2A6\", \"M113\"]") and its
     * counts lists as long ("quantity = [3, 28]"), one for each system with its own count.
     */
    private List<List<int[]>> entryRows(List<int[]> names, List<int[]> values) {
        int item = column(names, ITEM_HEADERS);
        List<int[]> systems = listElements(values.get(item));
        if (systems == null || systems.size() < 2) return List.of(values);
        List<List<int[]>> rows = new ArrayList<>();
        for (int e = 0; e < systems.size(); e++) rows.add(new ArrayList<>(values));
        for (int k = 0; k < values.size(); k++) {
            List<int[]> elements = k == item ? systems : listElements(values.get(k));
            if (elements == null) continue;
            if (elements.size() != systems.size()) return List.of(values);
            for (int e = 0; e < elements.size(); e++) rows.get(e).set(k, elements.get(e));
        }
        return rows;
    }

    /** The elements of a value written as a list in brackets ("[3, 28]", "[\"Leopard 2A6\", \"M113\"]"), unquoted; null if it is none. */
    private List<int[]> listElements(int[] v) {
        if (v[1] - v[0] < 2 || text.charAt(v[0]) != '[' || text.charAt(v[1] - 1) != ']') return null;
        List<int[]> out = new ArrayList<>();
        boolean quoted = false;
        int part = v[0] + 1;
        for (int c = v[0] + 1; c < v[1]; c++) {
            char ch = text.charAt(c);
            if (ch == '"') quoted = !quoted;
            if (quoted || ch != ',' && c != v[1] - 1) continue;
            int[] element = unquoted(part, c);
            if (element == null) return null;
            out.add(element);
            part = c + 1;
        }
        return out;
    }

    /** Whether a line opens an entry of a list ("- donor: Sweden"). */
    private boolean startsEntry(int[] l) {
        int k = l[0];
        while (k < l[1] && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) k++;
        return k + 1 < l[1] && "-*\u2022".indexOf(text.charAt(k)) >= 0 && text.charAt(k + 1) == ' ';
    }

    /**
     * The fields of an entry written on one line in braces ("{donor: Canada, pledged: 200}", a JSON object with its names
     * in quotes and a comma after it); null if the line is none.
     */
    private List<int[][]> flowFields(int[] l) {
        int k = l[0];
        int end = l[1];
        while (k < end && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) k++;
        if (k + 1 < end && text.charAt(k) == '-' && text.charAt(k + 1) == ' ') k += 2;
        while (k < end && text.charAt(k) == ' ') k++;
        while (end > k && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == ',')) end--;
        List<int[][]> out = bracedFields(k, end);
        return out != null && out.size() >= 3 ? out : null;
    }

    /**
     * The fields of the object in braces from {@code from} to {@code to}: "name: value" parts between commas outside quotes
     * and inner braces, a name perhaps in quotes, a value's quotes left out; an inner object's fields stand as the outer's
     * ("status": {"pledged": 10}). Null where the range is no such object.
     */
    private List<int[][]> bracedFields(int from, int to) {
        if (to - from < 2 || text.charAt(from) != '{' || text.charAt(to - 1) != '}') return null;
        List<int[][]> out = new ArrayList<>();
        int part = from + 1;
        boolean quoted = false;
        int depth = 0;
        for (int c = from + 1; c < to; c++) {
            char ch = text.charAt(c);
            if (ch == '"') quoted = !quoted;
            if (quoted) continue;
            if (ch == '{') depth++;
            if (ch == '}' && c != to - 1) depth--;
            if (depth > 0 || ch != ',' && c != to - 1) continue;
            int[][] f = namedValue(part, c);
            if (f == null) return null;
            List<int[][]> inner = bracedFields(f[1][0], f[1][1]);
            if (inner == null) out.add(f);
            else out.addAll(inner);
            part = c + 1;
        }
        return out.isEmpty() ? null : out;
    }

    /** "name: value" or "\"name\": \"value\"" from {@code from} to {@code to}: the name's and the value's ranges, or null. */
    private int[][] namedValue(int from, int to) {
        int colon = text.indexOf(':', from);
        if (colon < 0 || colon >= to || colon + 1 < to && text.charAt(colon + 1) != ' ') return null;
        int[] name = unquoted(from, colon);
        int[] value = unquoted(colon + 1, to);
        return name == null || value == null ? null : new int[][] {name, value};
    }

    /** The range from {@code from} to {@code to} without its spaces and quotes around it; null if nothing is left. */
    private int[] unquoted(int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) from++;
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) to--;
        if (to - from >= 2 && text.charAt(from) == '"' && text.charAt(to - 1) == '"') {
            from++;
            to--;
        }
        return to > from ? new int[] {from, to} : null;
    }

    /** A line's field name and value; null if the line is not "Name: value" with a name of at most three words. */
    private int[][] field(int[] l) {
        int k = l[0];
        while (k < l[1] && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) k++;
        if (k + 1 < l[1] && "-*\u2022".indexOf(text.charAt(k)) >= 0 && (text.charAt(k + 1) == ' ' || text.charAt(k + 1) == '\t')) {
            k += 2; // "- Donor: Portugal"
            while (k < l[1] && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) k++;
        }
        // "\"donor\": \"Germany\",": a JSON object's field, its name in quotes
        boolean quotedName = k < l[1] && text.charAt(k) == '"';
        if (quotedName) k++;
        if (k >= l[1] || !isAsciiLetter(text.charAt(k))) return null;
        int nameFrom = k;
        int words = 1;
        // the name: letters and single spaces, at most three words and 25 characters, then the colon
        while (k < l[1] && k - nameFrom <= 25 && (isAsciiLetter(text.charAt(k)) || text.charAt(k) == ' ' || text.charAt(k) == '_')) {
            if (text.charAt(k) == ' ' && k + 1 < l[1] && isAsciiLetter(text.charAt(k + 1))) words++;
            k++;
        }
        // "Value (EUR m): 350", "quantity (approx): 22": a unit or a mark in brackets after the name, as a table's header has it
        if (!quotedName && k < l[1] && text.charAt(k) == '(' && k > nameFrom && text.charAt(k - 1) == ' ') {
            int close = text.indexOf(')', k);
            if (close > k && close < l[1] && close - k <= 20 && text.substring(k, close).indexOf(':') < 0) k = close + 1;
        }
        int nameTo = k;
        if (quotedName) {
            if (k >= l[1] || text.charAt(k) != '"') return null;
            k++;
        }
        // "quantity = 14": a key of TOML or an INI file, one word, "=" with blanks around it
        boolean assigned = !quotedName && words == 1 && k < l[1] && text.charAt(k) == '=' && k > nameFrom && text.charAt(k - 1) == ' ';
        if (k >= l[1] || text.charAt(k) != ':' && !assigned || words > 3) return null;
        while (nameTo > nameFrom && text.charAt(nameTo - 1) == ' ') nameTo--;
        k++;
        // "quantity:" and nothing after it: a field left empty, as YAML writes one
        if (!assigned && text.substring(k, l[1]).isBlank()) return new int[][] {{nameFrom, nameTo}, {l[1], l[1]}};
        if (k >= l[1] || text.charAt(k) != ' ' && text.charAt(k) != '\t') return null; // "16:30", "http://"
        while (k < l[1] && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) k++;
        int valueTo = l[1];
        if (assigned) valueTo = tomlValueEnd(k, valueTo);
        while (valueTo > k && Character.isWhitespace(text.charAt(valueTo - 1))) valueTo--;
        if (quotedName && valueTo > k && text.charAt(valueTo - 1) == ',') valueTo--;
        int[] value = quotedName || assigned ? unquoted(k, valueTo) : valueTo > k ? new int[] {k, valueTo} : null;
        if (value == null) return null;
        return new int[][] {{nameFrom, nameTo}, value};
    }

    /** Where a TOML value from {@code from} ends: before a comment ("6      # reported, never confirmed"), outside quotes. */
    private int tomlValueEnd(int from, int to) {
        boolean quoted = false;
        for (int c = from; c < to; c++) {
            char ch = text.charAt(c);
            if (ch == '"') quoted = !quoted;
            else if (ch == '#' && !quoted && (c == from || text.charAt(c - 1) == ' ' || text.charAt(c - 1) == '\t')) return c;
        }
        return to;
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }

    /**
     * The rows from line {@code from} on, while {@code cellsOf} finds a row's cells in each (none: a line to pass over);
     * returns the line after them.
     */
    private static int rows(List<int[]> lines, int from, java.util.function.Function<int[], List<int[]>> cellsOf, List<List<int[]>> rows,
            List<int[]> rowLines) {
        int j = from;
        for (; j < lines.size(); j++) {
            List<int[]> cells = cellsOf.apply(lines.get(j));
            if (cells == null) break;
            if (cells.isEmpty()) continue; // a rule between the rows and their total
            rows.add(cells);
            rowLines.add(lines.get(j));
        }
        return j;
    }

    private static final Pattern HEADER_CELL = Pattern.compile("[^\\d.;]+");

    /** Whether every cell of a line is a header's words: no digits, no sentence's end. */
    private boolean headerWords(List<int[]> cells) {
        for (int[] c : cells) if (!HEADER_CELL.matcher(cell(c)).matches()) return false;
        return true;
    }

    /** One table: its header's cells, its rows' cells, and where it starts and ends in the text. */
    private void table(List<int[]> headCells, List<List<int[]>> rows, List<int[]> rowLines, int start, int end) {
        Columns cols = new Columns(column(headCells, DONOR_HEADERS), column(headCells, ITEM_HEADERS), column(headCells, STATUS_HEADERS));
        if (cols.donor < 0 && cols.item >= 0 && donorColumns(headCells, rows, rowLines, cols, start, end)) return;
        // "(Ukraine's published requests, kept to compare against)" over a table that says no kind of its own: what was asked for
        if (cols.status < 0 && headCells.stream().noneMatch(h -> kindOfHeader(cell(h)) != null) && requestsAbove(start)) return;
        DonorAttribution.Donors about = cols.donor >= 0 ? null : r.donorsOf.donorBefore(start);
        if (cols.donor < 0 && (about == null || about.name == null)) return;
        if (cols.item >= 0) {
            readByCells(start, end);
            String above = cols.status < 0 ? kindAbove(start) : null;
            DonorAttribution.Donors previous = null;
            for (int k = 0; k < rows.size(); k++) previous = row(rowLines.get(k), rows.get(k), headCells, cols, about, above, previous, start);
            return;
        }
        if (cols.donor >= 0 && classColumns(headCells, rows, rowLines, cols, start, end)) return;
        // a table of sums ("| Year | Military aid |"): its cells are read by their column, so the sentences its rows also
        // make are not read for sums
        List<Draft> sums = new ArrayList<>();
        List<DeclaredUnit> units = headerUnits(headCells);
        for (List<int[]> cells : rows) sums.addAll(sums(cells, headCells, units, cols, about));
        if (sums.isEmpty()) return;
        drafts.removeIf(d -> (d.claim.kind().equals(Claim.MONEY) || d.claim.kind().equals(Claim.AGGREGATE)) && d.claim.value() != null
                && d.claim.start() >= start && d.claim.end() <= end);
        drafts.addAll(sums);
    }

    /** What a column of a table whose headers name the equipment holds: a system or a class, its category and draft key. */
    private record ColumnItem(String item, String category, String key, String kind) {
    }

    /**
     * A table whose rows are donors and whose columns name the equipment ("| Donor | Tanks | IFVs | Howitzers |"): each
     * count is the row's donor's, of the column's system or class, of the kind its header says or else the kind the lines
     * above the table say ("Heavy weapons delivered"). Returns false where the table is not one, or its kind is not said.
     */
    private boolean classColumns(List<int[]> headCells, List<List<int[]>> rows, List<int[]> rowLines, Columns cols, int start, int end) {
        List<ColumnItem> columns = new ArrayList<>();
        int named = 0;
        String tableKind = kindAbove(start);
        for (int c = 0; c < headCells.size(); c++) {
            ColumnItem ci = c == cols.donor || c == cols.status ? null : columnItem(headCells.get(c), tableKind);
            columns.add(ci);
            if (ci != null) named++;
        }
        if (named < 2) return false;
        readByCells(start, end);
        for (int k = 0; k < rows.size(); k++) {
            List<int[]> cells = rows.get(k);
            if (cells.size() != headCells.size()) continue;
            DonorAttribution.Donors d = rowDonor(cells.get(cols.donor));
            if (d == null) continue;
            int[] line = rowLines.get(k);
            // "| Germany | 18 Leopard 2A6 | 18 |" under "Main battle tanks pledged | delivered": the system a cell names is
            // the item of its cell and of the bare counts in the other columns of its class on the row
            Map<String, ColumnItem> namedInRow = new HashMap<>();
            for (int c = 0; c < cells.size(); c++) {
                ColumnItem ci = columns.get(c);
                ItemLexicon.CatalogMatch system = ci == null ? null : systemIn(cells.get(c));
                if (system != null) namedInRow.putIfAbsent(ci.key, new ColumnItem(system.item().name(),
                        Categories.fromCatalog(system.item().category()), system.item().id(), null));
            }
            for (int c = 0; c < cells.size(); c++) {
                ColumnItem ci = columns.get(c);
                Count count = ci == null ? null : count(cells.get(c));
                if (count == null) continue;
                ColumnItem system = namedInRow.get(ci.key);
                ColumnItem it = system == null ? ci : new ColumnItem(system.item, system.category, system.key, ci.kind);
                int[] ev = upTo(line, cells.get(c));
                Claim claim = new Claim(file, d.name, "Ukraine", it.kind, it.item, it.category, count.quantity, null, count.qualifier, null, null, null,
                        text.substring(ev[0], ev[1]), ev[0], ev[1], "table-column", 0.75, count.vague);
                drafts.add(draft(claim, it.key, d.key, false));
            }
        }
        return true;
    }

    /**
     * A table whose rows are systems and whose columns are donors ("| System | Denmark | Sweden |"), of the kind the lines
     * above it say ("each cell is the number of units delivered"): each count is its column's donor's, of its row's system.
     * Returns false where the table is not one (fewer than two donors head its columns) or its kind is not said.
     */
    private boolean donorColumns(List<int[]> headCells, List<List<int[]>> rows, List<int[]> rowLines, Columns cols, int start, int end) {
        List<DonorAttribution.Donors> donorOf = new ArrayList<>();
        int named = 0;
        for (int c = 0; c < headCells.size(); c++) {
            DonorAttribution.Donors d = c == cols.item ? null : rowDonor(headCells.get(c));
            donorOf.add(d);
            if (d != null) named++;
        }
        String kind = kindAbove(start);
        if (named < 2 || kind == null) return false;
        readByCells(start, end);
        for (int k = 0; k < rows.size(); k++) {
            List<int[]> cells = rows.get(k);
            if (cells.size() != headCells.size()) continue;
            ItemLexicon.CatalogMatch item = systemIn(cells.get(cols.item));
            if (item == null) continue;
            for (int c = 0; c < cells.size(); c++) {
                if (donorOf.get(c) != null) cellClaim(kind, cells.get(c), rowLines.get(k), donorOf.get(c), catalogItem(item), "");
            }
        }
        return true;
    }

    /**
     * A table from {@code start} to {@code end} is read by its cells: what the sentences its rows also make would say is
     * said there, so their claims go (a headline's stay).
     */
    private void readByCells(int start, int end) {
        drafts.removeIf(d -> !d.title && d.claim.start() >= start && d.claim.end() <= end);
    }

    /** The catalogue system a cell names ("18 Leopard 2A6"), or null. */
    private ItemLexicon.CatalogMatch systemIn(int[] cell) {
        int[] ct = tokenRange(cell);
        for (int t = ct[0]; t < ct[1]; t++) {
            ItemLexicon.CatalogMatch m = items.catalogAt(tokens, t, ct[1]);
            if (m != null) return m;
        }
        return null;
    }

    /** The system or class a header cell names, with the kind its words or else the table's say; null if it names none. */
    private ColumnItem columnItem(int[] headCell, String tableKind) {
        String header = cell(headCell);
        if (NOT_COUNTS.stream().anyMatch(header::contains)) return null;
        String kind = kindOfHeader(header);
        if (kind == null) kind = tableKind;
        if (kind == null) return null;
        ItemLexicon.CatalogMatch system = systemIn(headCell);
        ColumnItem named = system != null ? catalogItem(system) : classIn(headCell);
        return named == null ? null : new ColumnItem(named.item, named.category, named.key, kind);
    }

    /** A catalogue system as what a row counts. */
    private static ColumnItem catalogItem(ItemLexicon.CatalogMatch m) {
        return new ColumnItem(m.item().name(), Categories.fromCatalog(m.item().category()), m.item().id(), null);
    }

    /** The class of equipment a cell names ("Mine-clearing tanks"; in "M113 armoured vehicles" a system comes first), or null. */
    private ColumnItem classIn(int[] cell) {
        int[] ct = tokenRange(cell);
        for (int h = ct[1] - 1; h >= ct[0]; h--) {
            ItemLexicon.ClassMatch m = items.classAt(tokens, h, ct[0], ct[1]);
            if (m == null || m.cls().category() == null || m.cls().anaphoricOnly()) continue;
            String name = text.substring(tokens.get(m.from()).start(), tokens.get(m.head()).end());
            return new ColumnItem(name, m.cls().category(), "class:" + m.cls().category(), null);
        }
        return null;
    }

    /** The kind the nearest of the few lines above a table says, where it says one and not both; null if none does. */
    private String kindAbove(int start) {
        for (String l : linesAbove(start, 4)) {
            if (l.contains("exclud") || l.contains("not included") || l.contains("left out")) continue; // what the table leaves out
            String kind = LineKinds.said(l);
            if (kind != null) return kind;
        }
        return null;
    }

    /** Whether one of the few lines above a table says what it lists was asked for, and no line nearer says it was given. */
    private boolean requestsAbove(int start) {
        for (String l : linesAbove(start, 3)) {
            if (LineKinds.said(l) != null) return false;
            if (LineKinds.asked(l)) return true;
        }
        return false;
    }

    /** Up to {@code most} lines with words above a table, in lower case, the nearest first; none past another table's row. */
    private List<String> linesAbove(int start, int most) {
        List<String> out = new ArrayList<>(most);
        for (int end = start; end > 0 && out.size() < most; ) {
            int from = text.lastIndexOf('\n', end - 2) + 1;
            String l = text.substring(from, Math.max(from, end - 1)).toLowerCase(Locale.ROOT);
            end = from;
            if (l.isBlank()) continue;
            if (l.strip().startsWith("|")) break;
            out.add(l);
        }
        return out;
    }

    /**
     * A row's evidence for one count: from the row's start to that count's cell, not the remarks after it (a register's
     * entry, a row of fields one a line, keeps the fields after its count: its status).
     */
    private int[] upTo(int[] line, int[] cell) {
        if (text.substring(cell[1], line[1]).indexOf('\n') >= 0) return trimmed(line);
        int[] ev = trimmed(new int[] {line[0], cell[1]});
        return ev[1] > ev[0] ? ev : trimmed(line);
    }

    /** A line's range without the blanks around it. */
    private int[] trimmed(int[] line) {
        int st = line[0];
        int en = line[1];
        while (st < en && Character.isWhitespace(text.charAt(st))) st++;
        while (en > st && Character.isWhitespace(text.charAt(en - 1))) en--;
        return new int[] {st, en};
    }

    /** Headers of columns of sums that are not military aid. */
    private static final List<String> NOT_MILITARY = List.of("civil", "humanitarian", "economic", "budget", "financial", "reconstruction",
            "energy", "non-military", "refugee");

    /** The sums of a row of a table of sums: each the money of the row's donor, named by its column and the row's label. */
    private List<Draft> sums(List<int[]> cells, List<int[]> headCells, List<DeclaredUnit> headerUnits, Columns cols, DonorAttribution.Donors about) {
        List<Draft> out = new ArrayList<>();
        if (cells.size() != headCells.size()) return out;
        DonorAttribution.Donors d = cols.donor >= 0 ? rowDonor(cells.get(cols.donor)) : about;
        if (d == null) return out;
        List<DeclaredUnit> units = rowUnits(headerUnits, headCells, cells);
        int currencyColumn = column(headCells, CURRENCY_HEADERS);
        String label = "";
        for (int c = 0; c < cells.size() && label.isEmpty(); c++) {
            int[] ct = tokenRange(cells.get(c));
            String header = cell(headCells.get(c));
            // (the row's date, status, recipient or currency is no name of what the sum is for)
            if (c == cols.status || c == currencyColumn || header.contains("date") || RECIPIENT_HEADERS.stream().anyMatch(header::contains)
                    || SOURCE_HEADERS.stream().anyMatch(header::contains)) continue;
            if (c != cols.donor && MoneyParser.find(tokens, ct[0], ct[1]).isEmpty() && units.get(c) == null) {
                label = text.substring(cells.get(c)[0], cells.get(c)[1]).strip();
            }
        }
        for (int c = 0; c < cells.size(); c++) {
            String header = cell(headCells.get(c));
            if (c == cols.donor || c == currencyColumn || NOT_MILITARY.stream().anyMatch(header::contains)) continue;
            int[] ct = tokenRange(cells.get(c));
            List<MoneyParser.Money> found = MoneyParser.find(tokens, ct[0], ct[1]);
            if (found.isEmpty()) found = declaredSum(ct, units.get(c));
            if (found.size() != 1) continue;
            MoneyParser.Money m = found.get(0);
            if (MoneyClaims.priceAfter(tokens, m.to(), ct[1])) continue; // "about EUR 140 million per fire unit": a price
            String currency = r.moneys.currencyOf(m, d.key);
            String what = units.get(c) != null ? header.replaceAll("\\s*\\([^()]*\\)\\s*$", "") : header; // "aid (eur million)": "aid"
            String item = what + (label.isEmpty() ? "" : " in " + label);
            out.add(sumDraft(d, item, m, currency, tokens.get(m.qualifierFrom()).start(), tokens.get(m.to() - 1).end()));
        }
        return out;
    }

    /**
     * The unit of each cell of a row: its header's ("Value (EUR m)"); for a column of sums under a header that names none,
     * the currency the row's currency column names ("| value | currency |" over "| 406000000 | CAD |").
     */
    private List<DeclaredUnit> rowUnits(List<DeclaredUnit> headerUnits, List<int[]> headCells, List<int[]> cells) {
        int currency = column(headCells, CURRENCY_HEADERS);
        if (currency < 0 || cells.size() != headCells.size()) return headerUnits;
        String code = cell(cells.get(currency)).strip();
        DeclaredUnit named = code.isEmpty() || code.length() > 4 ? null : DeclaredUnit.of(code.toUpperCase(Locale.ROOT));
        if (named == null) return headerUnits;
        List<DeclaredUnit> out = new ArrayList<>(headerUnits);
        for (int c = 0; c < out.size(); c++) {
            String header = cell(headCells.get(c));
            if (out.get(c) == null && VALUE_HEADERS.stream().anyMatch(header::contains)) out.set(c, named);
        }
        return out;
    }

    /** "| Germany | 350 |" under "Aid (EUR million)": a cell's bare number as a sum in the unit its header declares. */
    private List<MoneyParser.Money> declaredSum(int[] ct, DeclaredUnit unit) {
        NumberParser.NumberMatch n = unit == null || ct[0] >= ct[1] ? null : NumberParser.at(tokens, ct[0], ct[1]);
        if (n == null || n.to() != ct[1] || !n.plain() || n.value().signum() <= 0) return List.of();
        return List.of(new MoneyParser.Money(n.value().multiply(unit.multiplier()), unit.currency(), QualifierRules.EXACT, ct[0], ct[0], ct[1]));
    }

    /** A LaTeX tabular's rules between its rows: "\\midrule", "\\hline", "\\cmidrule{2-3}". */
    private static final Pattern LATEX_RULE = Pattern.compile("\\\\(toprule|midrule|bottomrule|hline|cline|cmidrule|addlinespace)\\b.*");

    /**
     * The character a line's values are set apart by: '&' in a LaTeX tabular's row (ending in a double backslash), ';' in
     * a continental export, ',' in comma-separated values (no space after its commas, or it is prose); 0 for none.
     */
    private static char separator(String line) {
        String l = line.strip();
        if (l.startsWith("|")) return 0;
        if (l.endsWith("\\\\") && l.indexOf('&') >= 0) return '&';
        if (l.indexOf(';') >= 0 && l.indexOf(';') != l.lastIndexOf(';') && !l.contains("; ")) return ';';
        return l.indexOf(',') >= 0 && !l.contains(", ") ? ',' : 0;
    }

    /**
     * The cells of a line of values set apart by {@code sep}; empty if the line is none. A field in double quotes keeps its
     * separators ("\"Leopard 2A4, refurbished\""); a LaTeX row's cells are trimmed, its escaped "\\&" is no separator and its
     * closing double backslash no cell.
     */
    private List<int[]> delimitedCells(int[] l, char sep) {
        List<int[]> out = new ArrayList<>();
        if (separator(line(l)) != sep) return out;
        int end = l[1];
        if (sep == '&') end = text.lastIndexOf("\\\\", end);
        int st = l[0];
        boolean quoted = false;
        for (int k = l[0]; k <= end; k++) {
            char c = k < end ? text.charAt(k) : sep;
            if (c == '"' && sep != '&') quoted = !quoted;
            if (k < end && (c != sep || quoted || sep == '&' && k > l[0] && text.charAt(k - 1) == '\\')) continue;
            out.add(sep == '&' ? trimmed(new int[] {st, k}) : new int[] {st, k});
            st = k + 1;
        }
        return out;
    }

    /** Whether a line is a grid table's border, whole ("+----+----+", "+====+") or under a cell that spans rows ("|    +----+"). */
    private static boolean gridBorder(String line) {
        String l = line.strip();
        if (l.length() < 3 || !(l.contains("+-") || l.contains("+="))) return false;
        for (int k = 0; k < l.length(); k++) if ("+-=| ".indexOf(l.charAt(k)) < 0) return false;
        return true;
    }

    /** The fields of a line of tab-separated values, each trimmed, empty ones kept. */
    private List<int[]> tabCells(int[] l) {
        List<int[]> out = new ArrayList<>();
        int st = l[0];
        for (int k = l[0]; k <= l[1]; k++) {
            if (k == l[1] || text.charAt(k) == '\t') {
                out.add(trimmed(new int[] {st, k}));
                st = k + 1;
            }
        }
        return out;
    }

    /** The cells of a line whose columns are set apart by two or more spaces or a tab, trimmed. */
    private List<int[]> alignedCells(int[] l) {
        List<int[]> out = new ArrayList<>();
        int k = l[0];
        while (k < l[1]) {
            while (k < l[1] && text.charAt(k) == ' ') k++;
            if (k >= l[1]) break;
            int st = k;
            int blanks = 0;
            while (k < l[1]) {
                char ch = text.charAt(k);
                if (ch == '\t') break;
                if (ch == ' ') {
                    if (++blanks >= 2) break;
                } else {
                    blanks = 0;
                }
                k++;
            }
            int en = k;
            while (en > st && Character.isWhitespace(text.charAt(en - 1))) en--;
            out.add(new int[] {st, en});
            while (k < l[1] && (text.charAt(k) == ' ' || text.charAt(k) == '\t')) k++;
        }
        return out;
    }

    /** The columns a rule of dashes marks ("-------  ----------"), as offsets within its line; null if the line is no rule. */
    private List<int[]> ruleColumns(int[] l) {
        List<int[]> cells = alignedCells(l);
        if (cells.isEmpty()) return null;
        for (int[] c : cells) {
            for (int k = c[0]; k < c[1]; k++) if (text.charAt(k) != '-' && text.charAt(k) != '=') return null;
            if (c[1] - c[0] < 2) return null;
        }
        List<int[]> out = new ArrayList<>();
        for (int[] c : cells) out.add(new int[] {c[0] - l[0], c[1] - l[0]});
        return out;
    }

    /** The columns a header's words mark: each from where its header starts to where the next one does. */
    private static List<int[]> headerColumns(List<int[]> header, int[] headLine) {
        List<int[]> out = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            out.add(new int[] {header.get(c)[0] - headLine[0], c + 1 < header.size() ? header.get(c + 1)[0] - headLine[0] : Integer.MAX_VALUE});
        }
        return out;
    }

    /**
     * A line's cells, each put in the column it overlaps most (numbers set flush right sit under the end of their
     * header), with an empty cell where a column has nothing; null where a cell overlaps no column, two share one, or fewer
     * than two are filled: the line is not a row of the table.
     */
    private static List<int[]> placed(List<int[]> cells, int[] line, List<int[]> columns) {
        if (cells.size() < 2 || cells.size() > columns.size()) return null;
        int[][] out = new int[columns.size()][];
        for (int[] cell : cells) {
            int best = -1;
            int most = 0;
            for (int c = 0; c < columns.size(); c++) {
                int overlap = Math.min(cell[1] - line[0], columns.get(c)[1]) - Math.max(cell[0] - line[0], columns.get(c)[0]);
                if (overlap > most) {
                    most = overlap;
                    best = c;
                }
            }
            if (best < 0 || out[best] != null) return null;
            out[best] = cell;
        }
        List<int[]> row = new ArrayList<>();
        for (int c = 0; c < out.length; c++) {
            int at = Math.min(line[1], line[0] + columns.get(c)[0]);
            row.add(out[c] != null ? out[c] : new int[] {at, at});
        }
        return row;
    }

    /** Where a table keeps its donors, systems and statuses; -1 where it has no such column. */
    private record Columns(int donor, int item, int status) {
    }

    /** The donors named in a row's donor cell; null if none. */
    private DonorAttribution.Donors rowDonor(int[] cell) {
        List<DonorLexicon.DonorRef> refs = new ArrayList<>();
        int[] dt = tokenRange(cell);
        for (DonorLexicon.Mention m : donors.find(tokens, dt[0], dt[1])) if (!m.donor().collective()) refs.add(m.donor());
        return refs.isEmpty() ? null : r.donorsOf.donors(refs, false);
    }

    /** A donor cell that repeats the donor of the row above: empty, a ditto mark, "ditto", "do.", "id.". */
    private static final Pattern DITTO = Pattern.compile("(?i)^(|\u3003|\"|''|\u201D|ditto|do\\.?|id\\.?|same)$");
    private static final Pattern TOTAL_ROW = Pattern.compile("(?i)^(sub-?\\s?total|total|sum)\\b");

    /**
     * One row: each count cell a claim, of the kind its header says, else its status, else {@code above} (the lines above
     * the table). A donor cell left empty or holding a ditto mark repeats {@code previous}, the donor of the row above; a
     * donor's subtotal row ("Subtotal United States") is that donor's aggregate of the class the lines above the table
     * name; a grand total row is no one's. Returns the row's donor.
     */
    private DonorAttribution.Donors row(int[] line, List<int[]> cells, List<int[]> headCells, Columns cols, DonorAttribution.Donors about, String above,
            DonorAttribution.Donors previous, int tableStart) {
        if (cells.size() != headCells.size()) return previous;
        String donorCell = cols.donor >= 0 ? cell(cells.get(cols.donor)).strip() : "";
        DonorAttribution.Donors d = cols.donor >= 0 ? rowDonor(cells.get(cols.donor)) : about;
        if (TOTAL_ROW.matcher(donorCell).find()) {
            if (d != null) subtotal(line, cells, headCells, cols, d, tableStart);
            return previous;
        }
        if (d == null && cols.donor >= 0 && DITTO.matcher(donorCell).matches()) d = previous;
        if (d == null) return previous;
        // "recipient: Czechia" (a ring exchange): a row of what went to someone else
        int to = column(headCells, RECIPIENT_HEADERS);
        if (to >= 0 && !cell(cells.get(to)).isBlank() && !cell(cells.get(to)).toLowerCase(java.util.Locale.ROOT).contains("ukrain")) {
            // (nor is the row's system, read as a heading of its own, a claim)
            drafts.removeIf(x -> x.claim.start() >= line[0] && x.claim.end() <= line[1]);
            return d;
        }
        // "M777A2 howitzers (replacement)": what replenishes the donor's own stocks, not what it gives
        if (REPLENISHING.matcher(cell(cells.get(cols.item))).find()) return d;
        ItemLexicon.CatalogMatch system = systemIn(cells.get(cols.item));
        // "| Mine-clearing tanks | 2 | pledged |": a row may count a class of equipment as well as a system
        ColumnItem item = system != null ? catalogItem(system) : classIn(cells.get(cols.item));
        if (item == null) {
            // "| Finland | Defence materiel package 22 | | 188 |" under "Value (EUR m)": a package's sum is its donor's money
            drafts.addAll(sums(cells, headCells, headerUnits(headCells), cols, d));
            return d;
        }
        // "Spare parts kit, CAESAR": parts for the system, not the system
        String what = cell(cells.get(cols.item));
        if (what.startsWith("spare") || what.startsWith("parts")) return d;
        String status = cols.status >= 0 ? cell(cells.get(cols.status)) : "";
        if (UNDECIDED.stream().anyMatch(status::contains)) return d;
        int before = drafts.size();
        String furthest = null;
        int[] furthestCell = null;
        for (int c = 0; c < cells.size(); c++) {
            String header = cell(headCells.get(c));
            // "Pledged (EUR m)", "Date delivered": a sum or a date, not a count of the system
            if (c == cols.donor || c == cols.item || c == cols.status || NOT_COUNTS.stream().anyMatch(header::contains)) continue;
            int[][] kinds = splitHeader(headCells.get(c));
            if (kinds != null) {
                // "| Pledged / delivered |" over "| 100 / 60 |": two counts in one cell, each of its half of the header
                int[][] halves = halves(cells.get(c));
                if (halves == null) continue;
                for (int h = 0; h < 2; h++) cellClaim(kindOfHeader(cell(kinds[h])), halves[h], line, d, item, header);
                continue;
            }
            String kind = kindOfHeader(header);
            if (kind == null && !countHeader(header)) {
                noteClaim(cells.get(c), d, item);
                continue;
            }
            // a plain count takes its row's status, or where the table has none the lines above it ("Status: shipped" on a manifest)
            if (kind == null && countHeader(header)) kind = cols.status < 0 && above != null ? above : kindOfStatus(status);
            if (kind == null) continue;
            furthest = furthest == null || kind.equals(Claim.DELIVERY) ? kind : furthest;
            furthestCell = kind.equals(furthest) ? cells.get(c) : furthestCell;
            cellClaim(kind, cells.get(c), line, d, item, header);
        }
        valueOfRow(line, cells, headCells, cols, d, item.item);
        // "| Aspide | n/a | n/a | numbers classified |": the system was given, its number kept back; one claim, of the furthest kind
        // ("| United States | HIMARS |  | delivered |": the status says what was done, the count is left empty: not known)
        String said = text.substring(line[0], line[1]).toLowerCase(Locale.ROOT);
        boolean leftEmpty = furthestCell != null && cell(furthestCell).isBlank() && kindOfHeader(status) != null;
        if (drafts.size() == before && furthest != null && (UNDISCLOSED.stream().anyMatch(said::contains) || leftEmpty)) {
            int[] ev = upTo(line, furthestCell);
            Claim claim = new Claim(file, d.name, "Ukraine", furthest, item.item, item.category, null, null, QualifierRules.UNSPECIFIED, null, null,
                    null, text.substring(ev[0], ev[1]), ev[0], ev[1], "table-cell", 0.7, null);
            drafts.add(draft(claim, item.key, d.key, false));
        }
        return d;
    }

    /**
     * "| Canada | NASAMS | 1 | pledged | 406000000 | CAD |": the sum a row of a system gives beside its count, the money of
     * the row's donor for that system, in the currency its header or the row's currency column names.
     */
    private void valueOfRow(int[] line, List<int[]> cells, List<int[]> headCells, Columns cols, DonorAttribution.Donors d, String item) {
        if (headCells.stream().noneMatch(h -> VALUE_HEADERS.stream().anyMatch(cell(h)::contains))) return;
        List<DeclaredUnit> units = rowUnits(headerUnits(headCells), headCells, cells);
        for (int c = 0; c < cells.size(); c++) {
            String header = cell(headCells.get(c));
            if (c == cols.donor || c == cols.item || c == cols.status || VALUE_HEADERS.stream().noneMatch(header::contains)) continue;
            int[] ct = tokenRange(cells.get(c));
            List<MoneyParser.Money> found = MoneyParser.find(tokens, ct[0], ct[1]);
            if (found.isEmpty()) found = declaredSum(ct, units.get(c));
            if (found.size() != 1) continue;
            MoneyParser.Money m = found.get(0);
            String currency = r.moneys.currencyOf(m, d.key);
            int[] ev = upTo(line, cells.get(c));
            drafts.add(sumDraft(d, item, m, currency, ev[0], ev[1]));
        }
    }

    /** A table's sum as the money of its donor, for what {@code item} names, its evidence from {@code start} to {@code end}. */
    private Draft sumDraft(DonorAttribution.Donors d, String item, MoneyParser.Money m, String currency, int start, int end) {
        Claim claim = new Claim(file, d.name, "Ukraine", Claim.MONEY, item, "funding", null, null, m.qualifier(), m.value(), currency, null,
                text.substring(start, end), start, end, "table-sum", 0.8, null);
        return draft(claim, "money:" + m.value().toPlainString() + ":" + currency + ":" + item, d.key, false);
    }

    /** The header whose units {@link #headerUnits} read last, and those units: a table's rows ask for them one by one. */
    private List<int[]> unitsHeader;
    private List<DeclaredUnit> unitsOfHeader;

    /** "Aid (EUR million)": the unit each header declares for the bare numbers under it, or null; read once a table. */
    private List<DeclaredUnit> headerUnits(List<int[]> headCells) {
        if (headCells != unitsHeader) {
            List<DeclaredUnit> units = new ArrayList<>();
            for (int[] h : headCells) units.add(DeclaredUnit.of(text.substring(h[0], h[1])));
            unitsHeader = headCells;
            unitsOfHeader = units;
        }
        return unitsOfHeader;
    }

    /** "| Subtotal United States | | 140 |" under "Armoured vehicles pledged ...": the donor's total of the class named above. */
    private void subtotal(int[] line, List<int[]> cells, List<int[]> headCells, Columns cols, DonorAttribution.Donors d, int tableStart) {
        Mention cls = classAbove(tableStart);
        if (cls == null) return;
        for (int c = 0; c < cells.size(); c++) {
            String header = cell(headCells.get(c));
            if (c == cols.donor || c == cols.item || c == cols.status || !COUNT_HEADERS.stream().anyMatch(header::contains)) continue;
            Count count = count(cells.get(c));
            if (count == null || count.quantity == null) continue;
            int[] ev = trimmed(line);
            Claim claim = new Claim(file, d.name, "Ukraine", Claim.AGGREGATE, cls.name, cls.category, count.quantity, null, count.qualifier, null, null,
                    null, text.substring(ev[0], ev[1]), ev[0], ev[1], "table-subtotal", 0.7, null);
            drafts.add(draft(claim, r.itemClaims.itemKey(cls), d.key, false));
            return;
        }
    }

    /** The class of equipment the sentences of the few lines above a table name ("Armoured vehicles pledged ..."), or null. */
    private Mention classAbove(int tableStart) {
        for (int i = r.sentences.size() - 1; i >= 0; i--) {
            Sentence s = r.sentences.get(i);
            if (s.end() > tableStart) continue;
            if (text.substring(s.end(), tableStart).chars().filter(ch -> ch == '\n').count() > 6) return null;
            for (Mention m : r.sentenceMentions.getOrDefault(s.index(), List.of())) if (m.item == null && m.cls != null) return m;
        }
        return null;
    }

    /** "A further 19 pledged in April 2024", "raised to 18 in March 2023", "10 more delivered": a count a note gives, with its verb. */
    private static final Pattern NOTE_COUNT = Pattern.compile("(?i)^(?:(?:a|an)\\s+)?(?:further|another|additional)?\\s*(\\d{1,3}(?:,\\d{3})*|\\d+)\\s+"
            + "(?:more\\s+|further\\s+|additional\\s+)?(pledged|promised|committed|delivered|sent|handed over|arrived|received)\\b"
            + "|^(?:pledge\\s+|number\\s+|figure\\s+)?(raised|increased)\\s+to\\s+(\\d{1,3}(?:,\\d{3})*|\\d+)\\b");

    /**
     * A notes cell of a row that states a count of the row's system with its own verb ("A further 19 pledged in April
     * 2024", "raised to 18 in March 2023"): a claim of the row's donor, of the kind the verb says. A note naming another
     * system speaks of that one, and is left to it.
     */
    private void noteClaim(int[] cellRange, DonorAttribution.Donors d, ColumnItem item) {
        int[] ev = trimmed(cellRange);
        if (ev[0] >= ev[1]) return;
        String note = text.substring(ev[0], ev[1]);
        Matcher m = NOTE_COUNT.matcher(note);
        if (!m.find() || systemIn(cellRange) != null) return;
        String figure = m.group(1) != null ? m.group(1) : m.group(4);
        String verb = (m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
        String kind = PLEDGE_HEADERS.stream().anyMatch(verb::startsWith) || verb.equals("raised") || verb.equals("increased") ? Claim.PLEDGE : Claim.DELIVERY;
        long quantity = Long.parseLong(figure.replace(",", ""));
        if (quantity <= 0) return;
        Claim claim = new Claim(file, d.name, "Ukraine", kind, item.item, item.category, quantity, null, QualifierRules.EXACT, null, null,
                Categories.countUnit(item.category, quantity, false), note, ev[0], ev[1], "table-note", 0.7, null);
        drafts.add(draft(claim, item.key, d.key, false));
    }

    /** The claim of one count cell of a row: the row's donor and system, of the kind its column says. */
    private void cellClaim(String kind, int[] cellRange, int[] line, DonorAttribution.Donors d, ColumnItem item, String header) {
        Count count = count(cellRange);
        if (count == null) return;
        // "Quantity (approx.)", "Number (est.)": a column of estimates is about so many
        if (count.qualifier.equals(QualifierRules.EXACT) && count.quantity != null && ESTIMATE_MARK.matcher(header).find()) {
            count = new Count(count.quantity, QualifierRules.ABOUT, null);
        }
        int[] ev = upTo(line, cellRange);
        String words = cell(cellRange);
        String unit = Categories.countUnit(item.category, count.quantity, words.contains("rounds") || words.contains("shells"));
        Claim claim = new Claim(file, d.name, "Ukraine", kind, item.item, item.category, count.quantity, null, count.qualifier, null, null, unit,
                text.substring(ev[0], ev[1]), ev[0], ev[1], "table-cell", 0.8, count.vague);
        drafts.add(draft(claim, item.key, d.key, false));
        Matcher promised = OF_PROMISED.matcher(words);
        if (kind.equals(Claim.DELIVERY) && promised.find()) {
            // "6 (of 8 pledged)": the delivered count and, beside it, the promise it is counted against
            Claim pledge = new Claim(file, d.name, "Ukraine", Claim.PLEDGE, item.item, item.category, Long.parseLong(promised.group(1).replace(",", "")),
                    null, QualifierRules.EXACT, null, null, unit, claim.evidence(), ev[0], ev[1], "table-cell", 0.7, null);
            drafts.add(draft(pledge, item.key, d.key, false));
        }
    }

    /** A header over plain counts: "Quantity", "Qty", or what is counted ("Vehicles", "Systems"). */
    private static boolean countHeader(String header) {
        if (COUNT_HEADERS.stream().anyMatch(header::contains)) return true;
        int sp = header.lastIndexOf(' ');
        return header.indexOf(' ') == sp && GenericClasses.isHead(header.substring(sp + 1)) && header.endsWith("s");
    }

    /** A header cell of two kinds set apart by a slash ("Pledged / delivered"): its two halves; null if it is not one. */
    private int[][] splitHeader(int[] headCell) {
        int[][] halves = halves(headCell);
        if (halves == null) return null;
        String first = kindOfHeader(cell(halves[0]));
        String second = kindOfHeader(cell(halves[1]));
        return first != null && second != null && !first.equals(second) ? halves : null;
    }

    /**
     * A cell's two halves around its slash: the one with blanks around it where there is one ("14 / n/d"), else the only
     * slash; null if the cell has none or more than one bare.
     */
    private int[][] halves(int[] c) {
        int slash = -1;
        int bare = 0;
        for (int k = c[0]; k < c[1]; k++) {
            if (text.charAt(k) != '/') continue;
            if (k > c[0] && k + 1 < c[1] && text.charAt(k - 1) == ' ' && text.charAt(k + 1) == ' ') {
                slash = k;
                break;
            }
            bare++;
            if (bare == 1) slash = k;
        }
        if (slash < 0 || bare > 1 && text.charAt(slash - 1) != ' ') return null;
        return new int[][] {{c[0], slash}, {slash + 1, c[1]}};
    }

    private static final Pattern OF_PROMISED = Pattern.compile("\\bof (\\d{1,3}(?:,\\d{3})*|\\d+)(?: \\w+)? (?:pledged|promised|committed|ordered)\\b");

    /** The kind a column's header says ("Pledged", "Tanks delivered"); null if it says none. */
    private static String kindOfHeader(String header) {
        return PLEDGE_HEADERS.stream().anyMatch(header::contains) ? Claim.PLEDGE
                : DELIVERY_HEADERS.stream().anyMatch(header::contains) ? Claim.DELIVERY : null;
    }

    /** A row's status as a kind: delivered (and nothing that says not yet) or else promised; a table without one lists pledges. */
    private static String kindOfStatus(String status) {
        boolean delivered = DELIVERY_HEADERS.stream().anyMatch(status::contains) || status.contains("in service");
        return delivered && NOT_YET.stream().noneMatch(status::contains) ? Claim.DELIVERY : Claim.PLEDGE;
    }

    /** What a count cell says: a number with its qualifier, or a vague amount; null for none, zero, a date or a sum. */
    private record Count(Long quantity, String qualifier, String vague) {
    }

    private Count count(int[] cellRange) {
        int[] qt = tokenRange(cellRange);
        String words = cell(cellRange);
        // a date ("March 2023") or a range is no count; a system's own number ("PzH 2000") is no date
        ItemLexicon.CatalogMatch system = systemIn(cellRange);
        String checked = system == null ? words
                : (text.substring(cellRange[0], tokens.get(system.from()).start()) + " " + text.substring(tokens.get(system.to() - 1).end(), cellRange[1])).toLowerCase(Locale.ROOT);
        checked = checked.replaceAll("\\b\\d{1,3}(\\.\\d{3})+\\b", "0"); // "12.500": thousands set apart by dots, one number
        if (qt[0] >= qt[1] || checked.matches(".*\\d\\s*[-/.]\\s*\\d.*|.*[a-z]{3,}.*\\d{4}.*")) return null;
        int n = qt[0];
        while (n < qt[1] && !((tokens.get(n).startsWithDigit() || NumberParser.isNumberWord(tokens.get(n).norm())) && NumberParser.at(tokens, n, qt[1]) != null)) n++;
        if (n >= qt[1]) {
            // "several dozen", "hundreds": an amount without a number; "not disclosed": none at all
            if (QuantityPhrases.isVague(tokens.get(qt[0]).norm())) return new Count(null, QualifierRules.UNSPECIFIED, text.substring(cellRange[0], cellRange[1]).strip());
            return UNDISCLOSED.stream().anyMatch(words::contains) ? new Count(null, QualifierRules.UNSPECIFIED, null) : null;
        }
        NumberParser.NumberMatch num = NumberParser.at(tokens, n, qt[1]);
        if (num == null || !num.plain() || num.value().scale() > 0 || num.value().signum() <= 0) return null;
        String qualifier = QualifierRules.before(tokens, n, qt[0]).qualifier();
        // "6 (e)", "6 (est.)": a figure marked as an estimate is about so many
        if (qualifier.equals(QualifierRules.EXACT) && ESTIMATE_MARK.matcher(words).find()) qualifier = QualifierRules.ABOUT;
        if (qualifier.equals(QualifierRules.EXACT) && QualifierRules.plusAfter(tokens, num.to())) qualifier = QualifierRules.MORE_THAN; // "250+"
        return new Count(num.value().longValue(), qualifier, null);
    }

    private static final Pattern ESTIMATE_MARK = Pattern.compile("\\((e|est\\.?|estimated?|approx\\.?|approximate(ly)?|ca\\.?)\\)|\\bestimated?\\b");

    private String line(int[] l) {
        return text.substring(l[0], l[1]);
    }

    private String cell(int[] c) {
        return text.substring(c[0], c[1]).strip().toLowerCase(Locale.ROOT);
    }

    /** The cells of a table line, as character ranges between its pipes. */
    private List<int[]> cells(int[] l) {
        List<int[]> out = new ArrayList<>();
        int from = text.indexOf('|', l[0]);
        if (from < 0 || from >= l[1]) return out;
        int k = from + 1;
        while (k <= l[1]) {
            int next = text.indexOf('|', k);
            if (next < 0 || next > l[1]) {
                if (!text.substring(k, l[1]).isBlank()) out.add(new int[] {k, l[1]}); // a last cell with no closing pipe
                break;
            }
            out.add(new int[] {k, next});
            k = next + 1;
        }
        return out;
    }

    /** The first column whose header holds one of {@code names}; -1 if none. */
    private int column(List<int[]> headCells, List<String> names) {
        for (int c = 0; c < headCells.size(); c++) {
            String h = cell(headCells.get(c));
            if (names.stream().anyMatch(h::contains)) return c;
        }
        return -1;
    }

    /** The tokens within a character range: [first, last + 1). */
    private int[] tokenRange(int[] c) {
        int from = -1;
        int to = -1;
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) { // the first token that does not end before the range
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= c[0]) lo = mid + 1;
            else hi = mid;
        }
        for (int k = lo; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.start() >= c[0] && t.end() <= c[1]) {
                if (from < 0) from = k;
                to = k + 1;
            } else if (t.start() >= c[1]) {
                break;
            }
        }
        return from < 0 ? new int[] {0, 0} : new int[] {from, to};
    }
}
