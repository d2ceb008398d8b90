package org.ramstein.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.ramstein.ledger.domain.Audience;

/**
 * What every page knows about its request: its title and section, its two clocks — the as-of date (what had happened
 * by then) and the known-at instant (what the ledger had recorded by then), both kept in the URL so a view can be
 * shared — the other query parameters of the page, the table being downloaded (null for the page itself), and whether
 * only a fragment is wanted (an htmx request), and who is asking: every figure, row and download of the page is for
 * that visitor's {@link #audience()}.
 */
public record View(String title, String section, LocalDate asOf, Instant knownAt, String path, Map<String, String> params,
                   String export, boolean fragment, Visitor visitor) {

    /**
     * Who is looking: the signed-in user's name and role (null for the public), the CSRF token their forms carry, and the
     * entries they may see.
     */
    public record Visitor(String name, String role, String csrf, java.util.Set<org.ramstein.access.domain.Permission> rights, Audience audience) {
        public static final Visitor PUBLIC = new Visitor(null, null, "", java.util.Set.of(org.ramstein.access.domain.Permission.READ_PUBLIC),
                Audience.PUBLIC);

        public Visitor {
            if (audience == null) audience = Audience.PUBLIC;
        }

        public boolean signedIn() {
            return name != null;
        }

        public boolean may(org.ramstein.access.domain.Permission p) {
            return rights.contains(p);
        }
    }

    public View {
        params = Map.copyOf(params);
        if (visitor == null) visitor = Visitor.PUBLIC;
    }

    /** The same request under another title (a donor's or a system's name). */
    public View titled(String t) {
        return new View(t, section, asOf, knownAt, path, params, export, fragment, visitor);
    }

    /** The same request with other page parameters. */
    public View withParams(Map<String, String> p) {
        return new View(title, section, asOf, knownAt, path, p, export, fragment, visitor);
    }

    /** The entries the visitor may see: what every read of the page is for. */
    public Audience audience() {
        return visitor.audience();
    }

    /** The page parameters a form choosing other clocks carries along: a table's page is left out (it starts again). */
    public Map<String, String> formParams() {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.keySet().removeIf(Pager::isPagerParam);
        return p;
    }

    /** The two clocks as query parameters, in the order they appear in addresses. */
    public Map<String, String> clocks() {
        Map<String, String> p = new LinkedHashMap<>();
        if (asOf != null) p.put("asOf", asOf.toString());
        if (knownAt != null) p.put("knownAt", knownAtParam());
        return p;
    }

    /**
     * A link inside the dashboard that keeps both clocks: "/donors/DEU?asOf=2023-01-31&knownAt=2024-05-01T12:00:00Z".
     * A target outside the dashboard (another host, another scheme such as {@code javascript:}) is no link of this kind: "#".
     */
    public String href(String target) {
        if (!target.startsWith("/") || target.startsWith("//") || target.startsWith("/\\")) return "#";
        Map<String, String> c = clocks();
        if (c.isEmpty()) return target;
        String hash = "";
        int h = target.indexOf('#');
        if (h >= 0) {
            hash = target.substring(h);
            target = target.substring(0, h);
        }
        return target + (target.contains("?") ? "&" : "?") + query(c).substring(1) + hash;
    }

    /** This page again with one parameter changed (null removes it), both clocks kept (unless the change is one of them). */
    public String with(String name, String value) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.putAll(clocks());
        if (value == null) p.remove(name);
        else p.put(name, value);
        return path + query(p);
    }

    /** This page at the latest state: both clocks removed. */
    public String latest() {
        return path + query(params);
    }

    /** A download of one of this page's tables (the whole table, every page of it). */
    public String export(String table, String format) {
        Map<String, String> p = new LinkedHashMap<>(params);
        p.putAll(clocks());
        p.put("export", table);
        p.put("format", format);
        return path + query(p);
    }

    /** Whether this request downloads the table {@code id}: such a table is built whole, not a page of it. */
    public boolean exporting(String id) {
        return id.equals(export);
    }

    public String asOfText() {
        return asOf == null ? "" : asOf.toString();
    }

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** The known-at instant as the header's date-and-time control holds it (UTC, to the second). */
    public String knownAtText() {
        return knownAt == null ? "" : INPUT.format(knownAt);
    }

    /** The known-at instant as addresses carry it: ISO-8601 UTC, to the microsecond when it has one. */
    public String knownAtParam() {
        return knownAt == null ? null : knownAt.truncatedTo(ChronoUnit.MICROS).toString();
    }

    /** "as of 2023-01-31, as the ledger knew it at 2024-05-01 12:00:00 UTC", or "everything recorded up to now". */
    public String asOfLabel() {
        if (asOf == null && knownAt == null) return "everything recorded up to now";
        String s = asOf == null ? "everything that happened" : "as of " + asOf;
        return knownAt == null ? s : s + ", as the ledger knew it at " + SHOWN.format(knownAt);
    }

    /** " by 2023-01-31, as the ledger knew it at …" for an empty state; "" at the latest state. */
    public String when() {
        String s = asOf == null ? "" : " by " + asOf;
        if (knownAt != null) s += (s.isEmpty() ? "" : ",") + " as the ledger knew it at " + SHOWN.format(knownAt);
        return s;
    }

    /**
     * Reads a known-at parameter: an instant ("2024-05-01T12:00:00Z"), a date and time as the browser's control sends it
     * ("2024-05-01T12:00" or with seconds, read as UTC: that very instant), or a date meaning "known by the end of that day, UTC".
     */
    public static Instant parseKnownAt(String raw) {
        String v = raw.trim();
        Instant at;
        if (v.length() == 10) at = LocalDate.parse(v).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1000);
        else if (v.endsWith("Z") || v.endsWith("z") || v.matches(".*[+-]\\d\\d:\\d\\d$")) at = java.time.OffsetDateTime.parse(v.toUpperCase(Locale.ROOT)).toInstant();
        else at = LocalDateTime.parse(v).toInstant(ZoneOffset.UTC);
        return org.ramstein.ledger.domain.CalendarRange.checked(at, raw);
    }

    static String query(Map<String, String> p) {
        if (p.isEmpty()) return "";
        StringBuilder sb = new StringBuilder("?");
        p.forEach((k, v) -> {
            if (sb.length() > 1) sb.append('&');
            sb.append(enc(k)).append('=').append(enc(v));
        });
        return sb.toString();
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
