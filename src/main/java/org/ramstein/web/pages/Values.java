package org.ramstein.web.pages;

import java.math.BigDecimal;

/** Reads the plain values of a report's rows (Long, BigDecimal, String or null). */
final class Values {
    private Values() {
    }

    static long lng(Object o) {
        if (o == null) return 0;
        if (o instanceof Number n) return n.longValue();
        String s = o.toString().trim();
        return s.isEmpty() ? 0 : Long.parseLong(s);
    }

    static BigDecimal dec(Object o) {
        if (o == null) return null;
        if (o instanceof BigDecimal d) return d;
        if (o instanceof Number n) return BigDecimal.valueOf(n.doubleValue());
        String s = o.toString().trim();
        return s.isEmpty() ? null : new BigDecimal(s);
    }

    static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    /** "pledge-id Title words" → the id (report rows write an id then its title). */
    static String leadingId(Object o) {
        String s = str(o);
        int i = s.indexOf(' ');
        return i < 0 ? s : s.substring(0, i);
    }

    static String afterId(Object o) {
        String s = str(o);
        int i = s.indexOf(' ');
        return i < 0 ? "" : s.substring(i + 1);
    }
}
