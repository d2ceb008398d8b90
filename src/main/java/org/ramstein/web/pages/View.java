package org.ramstein.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What every page knows about its request: its title and section, the as-of date (kept in the URL so a view can be
 * shared), the other query parameters of the page, and whether only a fragment is wanted (an htmx request).
 */
public record View(String title, String section, LocalDate asOf, String path, Map<String, String> params, boolean fragment) {

    public View {
        params = Map.copyOf(params);
    }

    /** A link inside the dashboard that keeps the as-of date: "/donors/DEU?asOf=2023-01-31". */
    public String href(String target) {
        if (asOf == null) return target;
        return target + (target.contains("?") ? "&" : "?") + "asOf=" + asOf;
    }

    /** This page again with one parameter changed (null removes it), the as-of date kept. */
    public String with(String name, String value) {
        Map<String, String> p = new LinkedHashMap<>(params);
        if (asOf != null) p.put("asOf", asOf.toString());
        if (value == null) p.remove(name);
        else p.put(name, value);
        return path + query(p);
    }

    /** A download of one of this page's tables. */
    public String export(String table, String format) {
        Map<String, String> p = new LinkedHashMap<>(params);
        if (asOf != null) p.put("asOf", asOf.toString());
        p.put("export", table);
        p.put("format", format);
        return path + query(p);
    }

    public String asOfText() {
        return asOf == null ? "" : asOf.toString();
    }

    /** "as of 2023-01-31" or "latest". */
    public String asOfLabel() {
        return asOf == null ? "everything recorded up to now" : "as of " + asOf;
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
