package org.ramstein.web;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.ramstein.common.FieldError;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.CalendarRange;
import org.ramstein.ledger.domain.Codes;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.ledger.view.ListQuery;

/** Reads the list filters of a request; every bad parameter is named in one 400. */
final class QueryParams {
    private final Context ctx;
    private final List<FieldError> errors = new ArrayList<>();

    QueryParams(Context ctx) {
        this.ctx = ctx;
    }

    String text(String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    /** A parameter the request cannot do without: missing, it is a 400 naming it. */
    String required(String name) {
        String v = text(name);
        if (v == null) throw new ValidationException(name, "is required");
        return v;
    }

    /** true/false (absent means false). */
    boolean flag(String name) {
        String v = text(name);
        if (v == null || v.equalsIgnoreCase("false")) return false;
        if (v.equalsIgnoreCase("true")) return true;
        throw new ValidationException(name, "'" + v + "' is not true or false");
    }

    LocalDate date(String name) {
        String v = text(name);
        if (v == null) return null;
        try {
            return CalendarRange.date(v);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "'" + v + "' is not a date (yyyy-mm-dd)"));
            return null;
        }
    }

    /** An instant (2024-05-01T12:00:00Z), or a date meaning "known by the end of that day, UTC". */
    Instant instant(String name) {
        String v = text(name);
        if (v == null) return null;
        try {
            Instant at = v.length() == 10 ? LocalDate.parse(v).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1000) : Instant.parse(v);
            return CalendarRange.checked(at, v);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(name, "'" + v + "' is not an instant (2024-05-01T12:00:00Z) or a date (yyyy-mm-dd)"));
            return null;
        }
    }

    int limit() {
        String v = text("limit");
        if (v == null) return ListQuery.DEFAULT_LIMIT;
        try {
            int n = Integer.parseInt(v);
            if (n >= 1 && n <= ListQuery.MAX_LIMIT) return n;
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("limit", "must be a whole number from 1 to " + ListQuery.MAX_LIMIT));
        return ListQuery.DEFAULT_LIMIT;
    }

    TimeFilter time() {
        return new TimeFilter(date("asOf"), instant("knownAt"));
    }

    ListQuery list() {
        String aid = text("aidType");
        AidType aidType = aid == null ? null : Codes.parse(AidType.class, aid);
        if (aid != null && aidType == null) errors.add(new FieldError("aidType", "'" + aid + "' is not one of " + Codes.allowed(AidType.class)));
        ListQuery q = new ListQuery(text("donor"), text("item"), text("category"), aidType, text("meeting"), text("capability"),
                date("from"), date("to"), time(), limit(), text("cursor"));
        check();
        return q;
    }

    void check() {
        if (!errors.isEmpty()) throw new ValidationException(errors);
    }
}
