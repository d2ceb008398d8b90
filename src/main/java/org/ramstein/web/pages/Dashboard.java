package org.ramstein.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.router.JavalinDefaultRouting;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.ramstein.App;
import org.ramstein.access.domain.Permission;
import org.ramstein.access.domain.Principal;
import org.ramstein.web.Authentication;
import org.ramstein.web.Caller;
import org.ramstein.common.NotFoundException;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.LedgerQueries;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.reports.DashboardQueries;
import org.ramstein.reports.GdpTable;
import org.ramstein.reports.BundledRates;

/**
 * The web dashboard: server-rendered pages (jte templates compiled at build time) outside /api. Each handler reads its
 * request into a {@link View}, asks the same services and queries the API and the command line use, and renders a
 * {@link Page}; any of a page's tables downloads with {@code ?export=<table>&format=csv|xlsx}. Every read is for the
 * caller's audience ({@link View#audience()}): a page and its downloads hold only the entries the caller may see (nothing
 * is cached between requests).
 */
public final class Dashboard {
    static final Set<String> RESERVED = Set.of("asOf", "knownAt", "export", "format");

    final App app;
    final LedgerQueries queries;
    final DashboardQueries dash;
    final GdpTable gdp;
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    public Dashboard(App app) {
        this.app = app;
        this.queries = new LedgerQueries(app.database().jdbi(), app.catalog());
        var fx = BundledRates.load();
        this.dash = new DashboardQueries(app.database().jdbi(), fx);
        this.gdp = GdpTable.load(fx);
    }

    public void register(JavalinDefaultRouting router) {
        OverviewPage overview = new OverviewPage(this);
        router.get("/", ctx -> page(ctx, overview.build(view(ctx, "Overview", "overview"))));
        DonorPages donors = new DonorPages(this);
        router.get("/donors", ctx -> page(ctx, donors.index(view(ctx, "Donors", "donors"))));
        router.get("/donors/{code}", ctx -> page(ctx, donors.donor(view(ctx, "Donor", "donors"), ctx.pathParam("code"))));
        SystemPages systems = new SystemPages(this);
        router.get("/systems", ctx -> page(ctx, systems.index(view(ctx, "Systems", "systems"))));
        router.get("/systems/{id}", ctx -> page(ctx, systems.system(view(ctx, "System", "systems"), ctx.pathParam("id"))));
        ProvenancePages provenance = new ProvenancePages(this);
        router.get("/provenance/figure", ctx -> provenance(ctx, provenance.figure(view(ctx, "Sources of a figure", null), ctx)));
        router.get("/provenance/{type}/{id}", ctx -> provenance(ctx, provenance.subject(view(ctx, "Sources", null),
                ctx.pathParam("type"), ctx.pathParam("id"))));
        BoardPages boards = new BoardPages(this);
        router.get("/meetings", ctx -> page(ctx, boards.meetings(view(ctx, "Meetings", "meetings"))));
        router.get("/needs", ctx -> page(ctx, boards.needs(view(ctx, "Needs board", "needs"))));
        router.get("/changes", ctx -> page(ctx, boards.changes(view(ctx, "What changed", "changes"), ctx)));
        Forms forms = new Forms(this);
        forms.register(router);
        new ReviewPages(this).register(router);
        new AccountPages(this).register(router);
        new AuditPages(this).register(router);
    }

    /** The request as a page sees it; a bad as-of date or known-at instant is a 400 naming the field. */
    View view(Context ctx, String title, String section) {
        java.util.List<org.ramstein.common.FieldError> errors = new java.util.ArrayList<>();
        LocalDate asOf = null;
        String raw = ctx.queryParam("asOf");
        if (raw != null && !raw.isBlank()) {
            try {
                asOf = org.ramstein.ledger.domain.CalendarRange.date(raw.trim());
            } catch (DateTimeParseException e) {
                errors.add(new org.ramstein.common.FieldError("asOf", "'" + raw + "' is not a date (yyyy-mm-dd)"));
            }
        }
        java.time.Instant knownAt = null;
        String known = ctx.queryParam("knownAt");
        if (known != null && !known.isBlank()) {
            try {
                knownAt = View.parseKnownAt(known);
            } catch (DateTimeParseException e) {
                errors.add(new org.ramstein.common.FieldError("knownAt", "'" + known
                        + "' is not an instant (2024-05-01T12:00:00Z), a date and time in UTC (2024-05-01T12:00) or a date (yyyy-mm-dd)"));
            }
        }
        if (!errors.isEmpty()) throw new ValidationException(errors);
        Map<String, String> params = new LinkedHashMap<>();
        ctx.queryParamMap().forEach((k, v) -> {
            if (!RESERVED.contains(k) && !v.isEmpty() && !v.get(0).isBlank()) params.put(k, v.get(0));
        });
        return new View(title, section, asOf, knownAt, ctx.path(), params, ctx.queryParam("export"), "true".equals(ctx.header("HX-Request")),
                visitor(ctx));
    }

    /** The signed-in user as pages show them, with the CSRF token every form of theirs carries. */
    static View.Visitor visitor(Context ctx) {
        Principal p = Caller.of(ctx);
        String csrf = Authentication.csrfToken(ctx);
        java.util.Set<Permission> rights = java.util.EnumSet.noneOf(Permission.class);
        for (Permission x : Permission.values()) if (p.may(x)) rights.add(x);
        if (!p.signedIn()) return new View.Visitor(null, null, csrf, rights, p.audience());
        return new View.Visitor(p.name(), p.role().code() + (p.donorCode() == null ? "" : " (" + p.donorCode() + ")"), csrf, rights, p.audience());
    }

    /** The page's two clocks: what had happened by asOf, as the ledger knew it at knownAt. */
    static TimeFilter time(View v) {
        return new TimeFilter(v.asOf(), v.knownAt());
    }

    void page(Context ctx, Page page) {
        if (export(ctx, page.tables())) return;
        html(ctx, "page.jte", Map.of("page", page));
    }

    void provenance(Context ctx, Provenance p) {
        java.util.List<WebTable> tables = new java.util.ArrayList<>();
        if (p.parts() != null) tables.add(p.parts());
        if (p.history() != null) tables.add(p.history());
        if (export(ctx, tables)) return;
        html(ctx, "provenance.jte", Map.of("p", p));
    }

    void html(Context ctx, String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        engine.render(template, params, out);
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }

    /** Answers ?export=<table>&format=csv|xlsx with that table; false when the request is not a download. */
    private static boolean export(Context ctx, java.util.List<WebTable> tables) {
        String id = ctx.queryParam("export");
        if (id == null) return false;
        WebTable t = tables.stream().filter(x -> x.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("table", id));
        String format = ctx.queryParam("format") == null ? "csv" : ctx.queryParam("format");
        switch (format) {
            case "csv" -> ctx.contentType(TableExport.CSV_TYPE).header("Content-Disposition", "attachment; filename=\"" + id + ".csv\"")
                    .result(TableExport.csv(t));
            case "xlsx" -> ctx.contentType(TableExport.XLSX_TYPE).header("Content-Disposition", "attachment; filename=\"" + id + ".xlsx\"")
                    .result(TableExport.xlsx(t));
            default -> throw new ValidationException("format", "'" + format + "' is not a download format (csv, xlsx)");
        }
        return true;
    }

    /** An error on a page, as a page: what went wrong and the way back. */
    public void error(Context ctx, int status, String title, String detail, java.util.List<org.ramstein.common.FieldError> errors) {
        Refusal.note(ctx, title, detail, errors);
        View v = new View(title, null, null, null, ctx.path(), Map.of(), null, "true".equals(ctx.header("HX-Request")), visitor(ctx));
        java.util.List<Block> blocks = new java.util.ArrayList<>();
        blocks.add(new Block.Text(detail, "error"));
        for (var e : errors) blocks.add(new Block.Text(e.field() + ": " + e.message(), "error"));
        blocks.add(new Block.Links(null, java.util.List.of(new Block.Link("Back to the overview", "/", null))));
        StringOutput out = new StringOutput();
        engine.render("page.jte", Map.of("page", new Page(v, title, null, blocks)), out);
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }

    /** Whether a request is for the dashboard (HTML) rather than the JSON API. */
    public static boolean isPage(Context ctx) {
        String p = ctx.path();
        return !p.startsWith("/api") && !p.startsWith("/webjars") && !p.startsWith("/static");
    }
}
