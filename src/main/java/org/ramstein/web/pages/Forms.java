package org.ramstein.web.pages;

import io.javalin.http.Context;
import org.ramstein.web.Authentication;
import org.ramstein.web.Caller;
import io.javalin.http.UploadedFile;
import io.javalin.router.JavalinDefaultRouting;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.ramstein.common.FieldError;
import org.ramstein.common.ValidationException;
import org.ramstein.importers.ImportResult;
import org.ramstein.importers.ImportService;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.Capabilities;
import org.ramstein.ledger.domain.Codes;
import org.ramstein.ledger.domain.Donor;
import org.ramstein.ledger.domain.EntryDraft;
import org.ramstein.ledger.domain.EntryKind;
import org.ramstein.ledger.domain.FundingRoute;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.LineDraft;
import org.ramstein.ledger.domain.MeetingDraft;
import org.ramstein.ledger.domain.Money;
import org.ramstein.ledger.domain.NeedDraft;
import org.ramstein.ledger.domain.PledgeDraft;
import org.ramstein.ledger.domain.Qualifier;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.ledger.domain.Visibility;
import org.ramstein.ledger.view.ListQuery;
import org.ramstein.ledger.domain.Micros;
import org.ramstein.revisions.domain.Revision;
import org.ramstein.revisions.domain.StaleVersionException;
import org.ramstein.revisions.domain.VersionRequiredException;
import org.ramstein.sources.domain.SourceKind;
import org.ramstein.sources.domain.SourceRef;

/**
 * Entry and correction forms. A POST goes through the same {@link org.ramstein.ledger.LedgerService} commands as the
 * JSON API; when it is refused the form comes back (422) with what was typed and each error beside its field. Field
 * names are the API's own paths ("lines[0].quantity.value"), so the service's errors land where they belong. A
 * correction is a new entry: a reversal, or a restated commitment, shown in the pledge's history beside the original.
 * A form that changes something recorded (a line's postings, an entry) carries the version it was shown on in a hidden
 * field: changed meanwhile, the error page says by whom and how; sent without one, the form comes back (428) showing the
 * version it stands at, to be sent again.
 */
final class Forms {
    private final Dashboard d;

    Forms(Dashboard d) {
        this.d = d;
    }

    void register(JavalinDefaultRouting router) {
        router.get("/enter", ctx -> d.page(ctx, index(d.view(ctx, "Enter data", "enter"))));
        router.get("/enter/pledge", ctx -> show(ctx, pledgeForm(d.view(ctx, "Enter a pledge", "enter"), Map.of(), List.of(), 1, false)));
        router.post("/enter/pledge", this::postPledge);
        router.get("/enter/need", ctx -> show(ctx, needForm(d.view(ctx, "Enter a need", "enter"), Map.of(), List.of())));
        router.post("/enter/need", this::postNeed);
        router.get("/enter/delivery", ctx -> {
            View v = d.view(ctx, "Enter a delivery or allocation", "enter");
            show(ctx, entryForm(v, lineVersion(v, prefill(ctx)), List.of()));
        });
        router.post("/enter/delivery", this::postEntry);
        router.get("/enter/meeting", ctx -> show(ctx, meetingForm(d.view(ctx, "Enter a meeting", "enter"), Map.of(), List.of())));
        router.post("/enter/meeting", this::postMeeting);
        router.get("/correct/entry", ctx -> {
            View v = d.view(ctx, "Correct an entry", "enter");
            show(ctx, reverseForm(v, entryVersion(v, prefill(ctx)), List.of()));
        });
        router.post("/correct/entry", this::postReverse);
        router.get("/correct/commitment", ctx -> {
            View v = d.view(ctx, "Restate a commitment", "enter");
            show(ctx, restateForm(v, lineVersion(v, prefill(ctx)), List.of()));
        });
        router.post("/correct/commitment", this::postRestate);
        router.get("/import", ctx -> show(ctx, importForm(d.view(ctx, "Import a file", "import"), Map.of(), List.of(), null)));
        router.post("/import", this::postImport);
    }

    private static Map<String, String> prefill(Context ctx) {
        Map<String, String> v = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, x) -> {
            if (!x.isEmpty() && !Dashboard.RESERVED.contains(k)) v.put(k, x.get(0));
        });
        return v;
    }

    /**
     * A form opened on a pledge line (?pledge=&line=) carries the line's version as it is shown, unless the link gave the
     * version its page was showing (?version=): what is recorded is checked against it.
     */
    private Map<String, String> lineVersion(View v, Map<String, String> values) {
        if (values.containsKey(VERSION) || values.get("pledge") == null || values.get("line") == null) return values;
        try {
            int no = Integer.parseInt(values.get("line").trim());
            d.queries.pledge(values.get("pledge").trim(), TimeFilter.NOW, v.audience()).lines().stream().filter(l -> l.lineNo() == no).findFirst()
                    .ifPresent(l -> values.put(VERSION, String.valueOf(l.version())));
        } catch (NumberFormatException | org.ramstein.common.NotFoundException e) {
            // no such line: the form says so when it is sent
        }
        return values;
    }

    /** As {@link #lineVersion}, for a form opened on an entry (?entry=). */
    private Map<String, String> entryVersion(View v, Map<String, String> values) {
        if (values.containsKey(VERSION) || values.get("entry") == null) return values;
        try {
            values.put(VERSION, String.valueOf(d.queries.entry(Long.parseLong(values.get("entry").trim()), TimeFilter.NOW, v.audience()).version()));
        } catch (NumberFormatException | org.ramstein.common.NotFoundException e) {
            // no such entry: the form says so when it is sent
        }
        return values;
    }

    private Page index(View v) {
        return new Page(v, "Enter and correct data", "Every entry needs a source: a web page or document with the exact words that support "
                + "the figure, or a manual entry naming who made it. Nothing is overwritten: a correction is a new entry shown beside the original.",
                List.of(new Block.Links("New entries", List.of(
                                new Block.Link("A pledge (with its lines)", "/enter/pledge", "what a donor promised, item by item"),
                                new Block.Link("A delivery or allocation", "/enter/delivery", "against a line of a recorded pledge"),
                                new Block.Link("A need", "/enter/need", "what Ukraine asked for, by capability and priority"),
                                new Block.Link("A meeting", "/enter/meeting", "a contact-group meeting or summit"))),
                        new Block.Links("Corrections", List.of(
                                new Block.Link("Restate a pledge line's commitment", "/correct/commitment", "e.g. 'up to 40' became 40, or 14 became 18"),
                                new Block.Link("Reverse a wrong allocation or delivery", "/correct/entry", "the entry stays in history, cancelled"))),
                        new Block.Links("Files", List.of(new Block.Link("Import a dataset file", "/import", "Kiel, Oryx, SIPRI, PUN or Ramstein's own format")))));
    }

    private void show(Context ctx, EntryForm form) {
        d.html(ctx, "form.jte", Map.of("form", form));
    }

    // --- the fields ---------------------------------------------------------------------------------------------------

    static EntryForm.Field text(String name, String label, String help, boolean required) {
        return new EntryForm.Field(name, label, "text", List.of(), help, required);
    }

    static EntryForm.Field of(String type, String name, String label, String help, boolean required) {
        return new EntryForm.Field(name, label, type, List.of(), help, required);
    }

    static EntryForm.Field select(String name, String label, List<EntryForm.Option> options, String help, boolean required) {
        return new EntryForm.Field(name, label, "select", options, help, required);
    }

    static <E extends Enum<E>> List<EntryForm.Option> options(Class<E> type, String blank) {
        List<EntryForm.Option> out = new ArrayList<>();
        if (blank != null) out.add(new EntryForm.Option("", blank));
        for (E e : type.getEnumConstants()) out.add(new EntryForm.Option(Codes.of(e), Codes.of(e).replace('_', ' ')));
        return out;
    }

    private static List<EntryForm.Field> quantity(String prefix, String label) {
        return List.of(select(prefix + "qualifier", label + ": how the source states it", options(Qualifier.class, null),
                        "'up to 40', '≈ 40', '40–50': pick the qualifier; 'unspecified' when no number is given", true),
                of("number", prefix + "value", label + ": figure", "a whole number (the lower bound of a range)", false),
                of("number", prefix + "max", label + ": range maximum", "only for a range", false));
    }

    private static EntryForm.Section source(String prefix, String legend) {
        return new EntryForm.Section(legend, "A web page or document with the exact words that support the figure; or 'manual' naming who entered it.",
                List.of(select(prefix + "kind", "Kind of source", options(SourceKind.class, null), null, true),
                        text(prefix + "url", "Address (URL)", "required for a web source", false),
                        text(prefix + "title", "Title", "required for a document", false),
                        text(prefix + "publisher", "Publisher", null, false),
                        of("date", prefix + "publishedOn", "Published on", null, false),
                        of("textarea", prefix + "quote", "Quote", "the exact words that support the figure", false)));
    }

    /** The hidden field holding the version of the subject the form changes, as it was when the form was shown. */
    static final String VERSION = VersionRequiredException.FIELD;

    static EntryForm.Field version() {
        return new EntryForm.Field(VERSION, "Version read", "hidden", List.of(), null, false);
    }

    private List<EntryForm.Option> donors() {
        List<EntryForm.Option> out = new ArrayList<>();
        out.add(new EntryForm.Option("", "— choose a donor —"));
        for (Donor x : d.app.catalog().donors().all()) out.add(new EntryForm.Option(x.code(), x.name()));
        return out;
    }

    private List<EntryForm.Option> meetings(View v) {
        List<EntryForm.Option> out = new ArrayList<>();
        out.add(new EntryForm.Option("", "— not announced at a meeting —"));
        d.queries.meetings(new ListQuery(null, null, null, null, null, null, null, null, TimeFilter.NOW, ListQuery.MAX_LIMIT, null), v.audience()).items()
                .forEach(m -> out.add(new EntryForm.Option(m.id(), m.heldOn() + " " + m.title())));
        return out;
    }

    // --- reading what was typed -----------------------------------------------------------------------------------------

    /** The form's values, and the errors of values that cannot even be read (a word where a number belongs). */
    static final class Input {
        final Map<String, String> values = new LinkedHashMap<>();
        final List<FieldError> errors = new ArrayList<>();

        Input(Context ctx) {
            ctx.formParamMap().forEach((k, v) -> {
                if (!v.isEmpty()) values.put(k, v.get(0));
            });
        }

        String text(String name) {
            String v = values.get(name);
            return v == null || v.isBlank() ? null : v.trim();
        }

        Long whole(String name) {
            String v = text(name);
            if (v == null) return null;
            try {
                return Long.parseLong(v.replace(",", "").replace(" ", ""));
            } catch (NumberFormatException e) {
                errors.add(new FieldError(name, "'" + v + "' is not a whole number"));
                return null;
            }
        }

        Quantity quantity(String prefix) {
            Long value = whole(prefix + "value");
            Long max = whole(prefix + "max");
            String q = text(prefix + "qualifier");
            Qualifier qualifier = q == null ? null : Qualifier.fromCode(q);
            if (q != null && qualifier == null) errors.add(new FieldError(prefix + "qualifier", "'" + q + "' is not one of " + Codes.allowed(Qualifier.class)));
            return new Quantity(value, max, qualifier);
        }

        Money money(String prefix) {
            String amount = text(prefix + "amount");
            if (amount == null) return null;
            String currency = text(prefix + "currency");
            try {
                return Money.of(amount.replace(",", "").replace(" ", ""), currency == null ? "EUR" : currency);
            } catch (NumberFormatException e) {
                errors.add(new FieldError(prefix + "amount", "'" + amount + "' is not an amount (digits, optionally with a decimal point)"));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(prefix + "currency", "must be an ISO 4217 code such as EUR or USD"));
            }
            return null;
        }

        FuzzyDate fuzzy(String name) {
            String v = text(name);
            if (v == null) return null;
            if (v.equalsIgnoreCase("unknown")) return FuzzyDate.UNKNOWN;
            try {
                return FuzzyDate.parse(v);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(name, e.getMessage()));
                return null;
            }
        }

        LocalDate date(String name) {
            String v = text(name);
            if (v == null) return null;
            try {
                return org.ramstein.ledger.domain.CalendarRange.date(v);
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(name, "'" + v + "' is not a date (yyyy-mm-dd)"));
                return null;
            }
        }

        <E extends Enum<E>> E code(String name, Class<E> type) {
            String v = text(name);
            if (v == null) return null;
            E e = Codes.parse(type, v);
            if (e == null) errors.add(new FieldError(name, "'" + v + "' is not one of " + Codes.allowed(type)));
            return e;
        }

        List<SourceRef> sources() {
            SourceKind kind = code("sources[0].kind", SourceKind.class);
            String url = text("sources[0].url");
            String title = text("sources[0].title");
            String quote = text("sources[0].quote");
            if (kind == null && url == null && title == null && quote == null) return List.of();
            return List.of(new SourceRef(null, kind, title == null && kind == SourceKind.MANUAL ? "Manual entry" : title, text("sources[0].publisher"),
                    url, date("sources[0].publishedOn"), quote, null));
        }
    }

    /** Runs a write; a refusal (the parse errors joined to the service's) re-renders the form with 422. */
    private void write(Context ctx, Input in, Supplier<String> command, java.util.function.Function<List<FieldError>, EntryForm> form) {
        List<FieldError> errors = new ArrayList<>(in.errors);
        String redirect = null;
        if (errors.isEmpty()) {
            try {
                redirect = command.get();
            } catch (ValidationException e) {
                errors.addAll(e.errors());
            } catch (org.ramstein.common.AccessDeniedException e) {
                throw e; // not a mistake in the form: the page says who may do this
            } catch (StaleVersionException e) {
                // changed by someone else since the form was shown: the error page says what changed
                throw e;
            } catch (VersionRequiredException e) {
                // the form did not say which version it was filled in on (typed ids, an old page): show where the subject
                // stands now and take this version when the form is sent again
                in.values.put(VERSION, String.valueOf(e.currentVersion()));
                ctx.status(428);
                List<FieldError> asked = List.of(new FieldError("", confirm(e)));
                Refusal.note(ctx, e.title(), e.getMessage(), asked);
                show(ctx, form.apply(asked));
                return;
            } catch (org.ramstein.common.DomainException e) {
                errors.add(new FieldError("", e.getMessage()));
            }
        }
        if (errors.isEmpty()) {
            ctx.redirect(redirect, io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        ctx.status(422);
        Refusal.note(ctx, "Invalid input", null, errors);
        show(ctx, form.apply(errors));
    }

    /** What a person is asked when a form did not carry the version of what it changes. */
    static String confirm(VersionRequiredException e) {
        Revision last = e.latest();
        return "Nothing was recorded yet: " + e.subject().label() + " is at version " + e.currentVersion()
                + (last == null ? "" : " (" + last.summary() + (last.recordedBy() == null ? "" : ", by " + last.recordedBy()) + ", "
                + Fmt.recorded(Micros.toInstant(last.recordedAt())) + ")")
                + ". Check that this is what you mean to change as it stands now, then send the form again.";
    }

    static EntryForm form(View v, String heading, String intro, String action, boolean multipart, List<EntryForm.Section> sections,
                                  Map<String, String> values, List<FieldError> errors, String notice, String submit) {
        Map<String, String> byField = new LinkedHashMap<>();
        java.util.Set<String> fields = new java.util.HashSet<>();
        sections.forEach(s -> s.fields().forEach(f -> fields.add(f.name())));
        List<String> other = new ArrayList<>();
        for (FieldError e : errors) {
            String field = fieldOf(sections, e.field());
            if (field != null) byField.merge(field, e.message(), (a, b) -> a + "; " + b);
            else other.add(e.field().isEmpty() ? e.message() : e.field() + ": " + e.message());
        }
        return new EntryForm(v, heading, intro, action, multipart, sections, values, byField, other, notice, submit);
    }

    /**
     * The field an error belongs beside: the field of that name, or for an error on a group of fields ("lines[2].quantity",
     * "lines[2]") the group's first field, so "is required" stands beside the line it is about.
     */
    private static String fieldOf(List<EntryForm.Section> sections, String path) {
        if (path == null || path.isEmpty()) return null;
        String first = null;
        for (EntryForm.Section s : sections) {
            for (EntryForm.Field f : s.fields()) {
                // a hidden field shows no error beside it: its errors are listed at the top
                if (f.name().equals(path)) return f.type().equals("hidden") ? null : path;
                if (first == null && (f.name().startsWith(path + ".") || f.name().startsWith(path + "["))) first = f.name();
            }
        }
        return first;
    }

    // --- pledge ---------------------------------------------------------------------------------------------------------

    static final String LINE_SLOTS = "lineSlots";
    static final String ADD_LINE = "addLine";

    /** How many line slots the form shows: as many as it had, and at least one past the last line given. */
    static int lineSlots(Map<String, String> values) {
        int n = 1;
        try {
            if (values.get(LINE_SLOTS) != null) n = Math.max(n, Integer.parseInt(values.get(LINE_SLOTS).trim()));
        } catch (NumberFormatException e) {
            // a hand-made request: count the lines it gives instead
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^lines\\[(\\d{1,3})]\\.").matcher("");
        for (String k : values.keySet()) {
            if (m.reset(k).find()) n = Math.max(n, Integer.parseInt(m.group(1)) + 1);
        }
        return Math.min(n, MAX_LINES);
    }

    static final int MAX_LINES = 200;

    private EntryForm pledgeForm(View v, Map<String, String> values, List<FieldError> errors, int slots, boolean added) {
        List<EntryForm.Section> s = new ArrayList<>();
        s.add(new EntryForm.Section("The pledge", null, List.of(
                select("donor", "Donor", donors(), null, true),
                select("aidType", "Aid type", options(AidType.class, "— choose —"), null, true),
                text("title", "Title", "how the announcement names the package", false),
                text("announced", "Announced", "yyyy-mm-dd, or yyyy-mm / yyyy when only that is known, or 'unknown'", true),
                select("meetingId", "Announced at meeting", meetings(v), null, false),
                select("visibility", "Visibility", options(Visibility.class, null), null, false))));
        List<EntryForm.Section> lines = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            String p = "lines[" + i + "].";
            List<EntryForm.Field> f = new ArrayList<>();
            f.add(text(p + "item", "Catalogue item", "a name or alias: Marder, Patriot, 155mm; or leave empty and give a category", false));
            f.add(text(p + "itemText", "As the source names it", null, false));
            f.add(text(p + "category", "Category", "only without a catalogue item, e.g. main_battle_tank", false));
            f.addAll(quantity(p + "quantity.", "Quantity"));
            f.add(text(p + "value.amount", "Value", "reported amount, e.g. 1850000000", false));
            f.add(text(p + "value.currency", "Currency", "EUR, USD, GBP…", false));
            f.add(select(p + "fundingRoute", "Funding route", options(FundingRoute.class, "— not stated —"), null, false));
            lines.add(new EntryForm.Section("Line " + (i + 1), i == 0 ? "One line per item; empty lines are left out." : null, f));
        }
        List<EntryForm.Section> all = new ArrayList<>(s);
        all.addAll(lines);
        all.add(source("sources[0].", "Source"));
        Map<String, String> shown = new LinkedHashMap<>(defaults(values, Map.of("visibility", "public", "sources[0].kind", "web")));
        for (int i = 0; i < slots; i++) shown.putIfAbsent("lines[" + i + "].quantity.qualifier", "exact");
        shown.put(LINE_SLOTS, String.valueOf(slots));
        EntryForm f = form(v, "Enter a pledge", "What a donor promised, line by line, with the words of the source. Quantities keep the qualifier the "
                + "source gives.", "/enter/pledge", false, all, shown, errors, null, "Record the pledge");
        // the line sections are drawn by the repeat, not among the others
        List<EntryForm.Section> others = new ArrayList<>(s);
        others.add(all.get(all.size() - 2));
        others.add(all.get(all.size() - 1));
        String focus = added ? "lines[" + (slots - 1) + "].item" : null;
        return new EntryForm(f.view(), f.heading(), f.intro(), f.action(), f.multipart(), others, f.values(), f.errors(), f.otherErrors(),
                f.notice(), f.submit(), new EntryForm.Repeat(1, "lines", lines, LINE_SLOTS, slots, ADD_LINE, "Add a line", focus));
    }

    private static Map<String, String> defaults(Map<String, String> values, Map<String, String> defaults) {
        if (!values.isEmpty()) return values;
        return defaults;
    }

    private static boolean lineGiven(Input in, String p) {
        return in.text(p + "item") != null || in.text(p + "itemText") != null || in.text(p + "category") != null
                || in.text(p + "quantity.value") != null || in.text(p + "value.amount") != null;
    }

    private void postPledge(Context ctx) {
        Input in = new Input(ctx);
        View v = d.view(ctx, "Enter a pledge", "enter");
        int slots = lineSlots(in.values);
        if (in.values.containsKey(ADD_LINE)) {
            // "Add a line": the same form with one more line slot, nothing recorded, nothing checked yet
            show(ctx, pledgeForm(v, in.values, List.of(), Math.min(slots + 1, MAX_LINES), true));
            return;
        }
        List<LineDraft> lines = new ArrayList<>();
        List<Integer> slotOfLine = new ArrayList<>();
        for (int i = 0; i < slots; i++) {
            String p = "lines[" + i + "].";
            if (!lineGiven(in, p)) continue;
            lines.add(new LineDraft(in.text(p + "item"), in.text(p + "itemText"), in.text(p + "category"), in.quantity(p + "quantity."),
                    in.money(p + "value."), in.code(p + "fundingRoute", FundingRoute.class)));
            slotOfLine.add(i);
        }
        PledgeDraft draft = new PledgeDraft(null, in.text("donor"), in.code("aidType", AidType.class), in.text("title"), in.fuzzy("announced"),
                in.text("meetingId"), in.code("visibility", Visibility.class), lines, in.sources(), Caller.of(ctx).actor());
        if (!in.errors.isEmpty()) {
            // the service's view of the rest; a value that could not be read is not also "required"
            java.util.Set<String> unreadable = new java.util.HashSet<>();
            in.errors.forEach(e -> unreadable.add(e.field()));
            d.app.ledgerService().problems(draft).stream().map(e -> toSlot(e, slotOfLine))
                    .filter(e -> unreadable.stream().noneMatch(f -> f.equals(e.field()) || f.startsWith(e.field() + ".")))
                    .forEach(in.errors::add);
        }
        write(ctx, in, () -> {
            d.app.ledgerService().donorNamed(draft.donor()).ifPresent(donor -> Authentication.requireActFor(ctx, donor));
            org.ramstein.ledger.LedgerService.PledgeRecorded recorded;
            try {
                recorded = d.app.ledgerService().recordPledge(draft);
            } catch (ValidationException e) {
                // the service numbers the lines it was given: back to the form's slots (parse errors already name slots)
                throw new ValidationException(e.errors().stream().map(x -> toSlot(x, slotOfLine)).toList());
            }
            String donor = d.app.catalog().donors().resolve(draft.donor()).map(Donor::code).orElse("");
            return "/donors/" + donor + "?added=" + recorded.pledgeId() + "#pledges";
        }, errors -> pledgeForm(v, in.values, errors, slots, false));
    }

    /** The service numbers the lines it was given; empty slots were left out, so "lines[1]" may be the form's third slot. */
    private static FieldError toSlot(FieldError e, List<Integer> slotOfLine) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("^lines\\[(\\d+)]").matcher(e.field());
        if (!m.find()) return e;
        int i = Integer.parseInt(m.group(1));
        if (i >= slotOfLine.size()) return e;
        return new FieldError("lines[" + slotOfLine.get(i) + "]" + e.field().substring(m.end()), e.message());
    }

    // --- need -------------------------------------------------------------------------------------------------------------

    private EntryForm needForm(View v, Map<String, String> values, List<FieldError> errors) {
        List<EntryForm.Option> caps = new ArrayList<>();
        caps.add(new EntryForm.Option("", "— choose a capability coalition —"));
        Capabilities.ALL.forEach(c -> caps.add(new EntryForm.Option(c, Fmt.label(c))));
        List<EntryForm.Option> prio = List.of(new EntryForm.Option("", "— choose —"), new EntryForm.Option("1", "1 — most urgent"),
                new EntryForm.Option("2", "2"), new EntryForm.Option("3", "3"), new EntryForm.Option("4", "4"), new EntryForm.Option("5", "5 — least urgent"));
        List<EntryForm.Field> f = new ArrayList<>();
        f.add(select("capability", "Capability coalition", caps, null, true));
        f.add(text("description", "Need", "what Ukraine asked for, in a few words", true));
        f.add(text("item", "Catalogue item", "a name or alias; or leave empty and give a category", false));
        f.add(text("category", "Category", "only without a catalogue item", false));
        f.addAll(quantity("quantity.", "Quantity"));
        f.add(select("priority", "Priority", prio, null, true));
        f.add(of("date", "neededBy", "Needed by", null, false));
        f.add(text("stated", "Stated", "yyyy-mm-dd, or yyyy-mm / yyyy", false));
        return form(v, "Enter a need", "A need of Ukraine's armed forces, stated by a source; the needs board sets it against pledges and deliveries.",
                "/enter/need", false, List.of(new EntryForm.Section("The need", null, f), source("sources[0].", "Source")),
                defaults(values, Map.of("quantity.qualifier", "exact", "sources[0].kind", "web")), errors, null, "Record the need");
    }

    private void postNeed(Context ctx) {
        Input in = new Input(ctx);
        View v = d.view(ctx, "Enter a need", "enter");
        Long priority = in.whole("priority");
        NeedDraft draft = new NeedDraft(null, in.text("capability"), in.text("item"), in.text("category"), in.text("description"),
                in.quantity("quantity."), priority == null ? null : priority.intValue(), in.date("neededBy"), in.fuzzy("stated"), null,
                in.sources(), Caller.of(ctx).actor());
        write(ctx, in, () -> "/needs?added=" + d.app.ledgerService().recordNeed(draft), errors -> needForm(v, in.values, errors));
    }

    // --- delivery / allocation ---------------------------------------------------------------------------------------------

    private EntryForm entryForm(View v, Map<String, String> values, List<FieldError> errors) {
        List<EntryForm.Option> kinds = List.of(new EntryForm.Option("delivery", "delivery"), new EntryForm.Option("allocation", "allocation"));
        List<EntryForm.Field> f = List.of(select("kind", "Kind", kinds, null, true),
                text("pledge", "Pledge id", "as shown on the pledge's sources panel", true),
                of("number", "line", "Line number", "1 for the pledge's first line", true),
                of("number", "quantity", "Quantity", "a whole number of items", false),
                text("amount.amount", "Amount", "when the source gives a value", false),
                text("amount.currency", "Currency", null, false),
                text("happened", "Happened", "yyyy-mm-dd, or yyyy-mm / yyyy, or 'unknown'", true),
                text("route", "Route", "e.g. 'via Poland'", false),
                text("note", "Note", null, false), version());
        return form(v, "Enter a delivery or allocation", "Against one line of a recorded pledge. A wrong entry is corrected by reversing it, never edited.",
                "/enter/delivery", false, List.of(new EntryForm.Section("The entry", null, f), source("sources[0].", "Source")),
                defaults(values, Map.of("kind", "delivery", "sources[0].kind", "web")), errors, null, "Record it");
    }

    private void postEntry(Context ctx) {
        Input in = new Input(ctx);
        View v = d.view(ctx, "Enter a delivery or allocation", "enter");
        EntryKind kind = "allocation".equals(in.text("kind")) ? EntryKind.ALLOCATION : EntryKind.DELIVERY;
        String pledge = in.text("pledge");
        Long line = in.whole("line");
        if (pledge == null) in.errors.add(new FieldError("pledge", "is required"));
        if (line == null && in.text("line") == null) in.errors.add(new FieldError("line", "is required"));
        EntryDraft draft = new EntryDraft(kind, pledge + "/" + line, in.whole("quantity"), in.money("amount."), in.fuzzy("happened"), in.text("route"),
                in.text("note"), in.sources(), Caller.of(ctx).actor());
        Long version = in.whole(VERSION);
        write(ctx, in, () -> {
            d.app.ledgerService().donorOfLine(draft.lineId()).ifPresent(donor -> Authentication.requireActFor(ctx, donor));
            d.app.ledgerService().recordEntry(draft, version);
            return "/provenance/pledge/" + pledge;
        }, errors -> entryForm(v, in.values, errors.stream().map(e -> e.field().equals("lineId") ? new FieldError("line", e.message()) : e).toList()));
    }

    // --- meeting -------------------------------------------------------------------------------------------------------------

    private EntryForm meetingForm(View v, Map<String, String> values, List<FieldError> errors) {
        List<EntryForm.Option> formats = List.of(new EntryForm.Option("udcg", "Ukraine Defense Contact Group"), new EntryForm.Option("summit", "summit"),
                new EntryForm.Option("other", "other"));
        List<EntryForm.Field> f = List.of(of("date", "heldOn", "Held on", null, true), text("place", "Place", "e.g. Ramstein Air Base", true),
                text("title", "Title", "e.g. 9th UDCG meeting", true), select("format", "Format", formats, null, true));
        return form(v, "Enter a meeting", "A contact-group meeting or summit; pledges can then name it as where they were announced.", "/enter/meeting", false,
                List.of(new EntryForm.Section("The meeting", null, f), source("sources[0].", "Source (optional)")), values, errors, null, "Record the meeting");
    }

    private void postMeeting(Context ctx) {
        Input in = new Input(ctx);
        View v = d.view(ctx, "Enter a meeting", "enter");
        MeetingDraft draft = new MeetingDraft(null, in.date("heldOn"), in.text("place"), in.text("title"), in.text("format"), in.sources(),
                Caller.of(ctx).actor());
        write(ctx, in, () -> {
            d.app.ledgerService().recordMeeting(draft);
            return "/meetings";
        }, errors -> meetingForm(v, in.values, errors));
    }

    // --- corrections ---------------------------------------------------------------------------------------------------------

    private EntryForm reverseForm(View v, Map<String, String> values, List<FieldError> errors) {
        return form(v, "Reverse an allocation or delivery", "The wrong entry stays in the ledger; a reversing entry cancels it, dated as the "
                        + "original, and both are shown in the pledge's history. Record the right figure afterwards as a new entry.", "/correct/entry", false,
                List.of(new EntryForm.Section("The correction", null, List.of(of("number", "entry", "Entry number", "as shown in the pledge's history (#)", true),
                        text("reason", "Why", "what was wrong", true), version()))), values, errors, null, "Reverse the entry");
    }

    private void postReverse(Context ctx) {
        Input in = new Input(ctx);
        View v = d.view(ctx, "Correct an entry", "enter");
        Long entry = in.whole("entry");
        if (entry == null && in.errors.isEmpty()) in.errors.add(new FieldError("entry", "is required"));
        Long version = in.whole(VERSION);
        write(ctx, in, () -> {
            var original = d.queries.entry(entry, TimeFilter.NOW, v.audience());
            d.app.ledgerService().donorOfEntry(entry).ifPresent(donor -> Authentication.requireActFor(ctx, donor));
            d.app.ledgerService().reverseEntry(entry, version, in.text("reason"), Caller.of(ctx).actor());
            return "/provenance/pledge/" + original.pledgeId();
        }, errors -> reverseForm(v, in.values, errors));
    }

    private EntryForm restateForm(View v, Map<String, String> values, List<FieldError> errors) {
        List<EntryForm.Field> f = new ArrayList<>(List.of(text("pledge", "Pledge id", null, true), of("number", "line", "Line number", null, true)));
        f.addAll(quantity("quantity.", "New quantity"));
        f.add(text("value.amount", "New value", "leave empty to keep the line's value", false));
        f.add(text("value.currency", "Currency", null, false));
        f.add(text("reason", "Why", "e.g. 'restated as 18 in the March announcement'", true));
        f.add(version());
        return form(v, "Restate a commitment", "A later, more precise figure for the same pledge line ('up to 40' became 40; 14 became 18). The old "
                        + "statement is reversed and the new one posted; both stay in the pledge's history.", "/correct/commitment", false,
                List.of(new EntryForm.Section("The restatement", null, f), source("sources[0].", "Source of the new figure")),
                defaults(values, Map.of("quantity.qualifier", "exact", "sources[0].kind", "web")), errors, null, "Restate");
    }

    private void postRestate(Context ctx) {
        Input in = new Input(ctx);
        View v = d.view(ctx, "Restate a commitment", "enter");
        String pledge = in.text("pledge");
        Long line = in.whole("line");
        if (pledge == null) in.errors.add(new FieldError("pledge", "is required"));
        Quantity q = in.quantity("quantity.");
        Money value = in.money("value.");
        Long version = in.whole(VERSION);
        write(ctx, in, () -> {
            d.app.ledgerService().donorOfLine(pledge + "/" + line).ifPresent(donor -> Authentication.requireActFor(ctx, donor));
            d.app.ledgerService().restateCommitment(pledge + "/" + line, version, q, value, in.text("reason"), in.sources(), Caller.of(ctx).actor());
            return "/provenance/pledge/" + pledge;
        }, errors -> restateForm(v, in.values, errors));
    }

    // --- import -------------------------------------------------------------------------------------------------------------

    private EntryForm importForm(View v, Map<String, String> values, List<FieldError> errors, String notice) {
        ImportService imports = new ImportService(d.app.ledger(), d.app.catalog());
        List<EntryForm.Option> formats = new ArrayList<>();
        formats.add(new EntryForm.Option("", "— choose the file's format —"));
        imports.importers().values().stream().sorted(java.util.Comparator.comparing(i -> i.format()))
                .forEach(i -> formats.add(new EntryForm.Option(i.format(), i.format() + " — " + i.description())));
        return form(v, "Import a file", "A public dataset file (Kiel, Oryx, SIPRI, PUN) or Ramstein's own export. The whole file is loaded in one "
                        + "transaction, or nothing: a rejected file lists its bad rows. The same file imported twice changes nothing.", "/import", true,
                List.of(new EntryForm.Section("The file", null, List.of(select("format", "Format", formats, null, true),
                        of("file", "file", "File", "CSV, XLSX, JSON or ZIP as the format expects", true)))),
                values, errors, notice, "Import");
    }

    private void postImport(Context ctx) {
        Map<String, String> values = new LinkedHashMap<>();
        ctx.formParamMap().forEach((k, v) -> {
            if (!v.isEmpty()) values.put(k, v.get(0));
        });
        View v = d.view(ctx, "Import a file", "import");
        List<FieldError> errors = new ArrayList<>();
        String format = values.get("format");
        UploadedFile upload = ctx.uploadedFile("file");
        if (format == null || format.isBlank()) errors.add(new FieldError("format", "is required"));
        if (upload == null || upload.size() == 0) errors.add(new FieldError("file", "choose a file to import"));
        if (!errors.isEmpty()) {
            ctx.status(422);
            Refusal.note(ctx, "Invalid input", null, errors);
            show(ctx, importForm(v, values, errors, null));
            return;
        }
        Path dir = null;
        try {
            dir = Files.createTempDirectory("ramstein-upload-");
            String name = Path.of(upload.filename()).getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
            Path file = dir.resolve(name.isEmpty() ? "upload" : name);
            try (InputStream in = upload.content()) {
                Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            }
            ImportResult result = new ImportService(d.app.ledger(), d.app.catalog()).importFile(format, file,
                    Caller.of(ctx).actor(), n -> { });
            show(ctx, importForm(v, Map.of(), List.of(), result.message()));
        } catch (ValidationException e) {
            ctx.status(422);
            List<FieldError> rows = new ArrayList<>(e.errors().stream().limit(200).toList());
            if (e.errors().size() > 200) rows.add(new FieldError("", (e.errors().size() - 200) + " more problem(s) not listed"));
            rows.add(new FieldError("file", "rejected with " + e.errors().size() + " problem(s), listed above; nothing was imported"));
            Refusal.note(ctx, "Invalid input", null, rows);
            show(ctx, importForm(v, values, rows, null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (dir != null) deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

}
