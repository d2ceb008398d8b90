package org.ramstein.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.ramstein.common.FieldError;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.CalendarRange;
import org.ramstein.ledger.domain.Codes;
import org.ramstein.ledger.domain.DatePrecision;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.Money;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.ledger.domain.Qualifier;
import org.ramstein.sources.domain.SourceKind;
import org.ramstein.sources.domain.SourceRef;

/**
 * Reads a request body field by field, so that a wrong type is reported against its own path
 * ("lines[0].quantity.value: must be a whole number") rather than as a parser's message. Every problem is collected;
 * a field that cannot be read is returned as null, and the caller decides what else to check before answering 400.
 */
final class JsonBody {
    /** Strict: one JSON value and nothing after it, each field named once. */
    private static final ObjectMapper READER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    /** The longest text a field takes: far above any title, quote or note, well below what an index or a page can hold. */
    static final int MAX_TEXT = 20_000;
    /** The largest amount of money the ledger holds. */
    static final BigDecimal MAX_AMOUNT = Money.MAX;
    private final List<FieldError> errors = new ArrayList<>();

    /** The body as an object; malformed JSON or another top-level type is a 400 naming "body". */
    static Obj parse(String text, JsonBody into) {
        JsonNode node;
        try {
            node = text == null || text.isBlank() ? null : READER.readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String where = loc == null ? "" : " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
            throw new ValidationException("body", "is not valid JSON" + where + ": " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) throw new ValidationException("body", "must be a JSON object");
        return into.new Obj(node, "");
    }

    /**
     * Reads a whole request body with {@code fields}, then answers 400 for every problem at once: wrong types, unknown
     * fields, and what {@code fields} itself reported with {@link #error}.
     */
    static <T> T read(String text, java.util.function.BiFunction<Obj, JsonBody, T> fields) {
        JsonBody in = new JsonBody();
        Obj o = parse(text, in);
        T value = fields.apply(o, in);
        o.done();
        in.throwIfAny();
        return value;
    }

    /** As {@link #read(String, java.util.function.BiFunction)}, for readers that need only the object. */
    static <T> T read(String text, java.util.function.Function<Obj, T> fields) {
        return read(text, (o, in) -> fields.apply(o));
    }

    /**
     * What makes a text unfit to store and show, or null: control characters other than tab and line breaks (a NUL
     * cannot even be stored by PostgreSQL), a half of a surrogate pair (no character at all), or more than {@link #MAX_TEXT}.
     */
    static String textProblem(String s) {
        if (s.length() > MAX_TEXT) return "is longer than " + MAX_TEXT + " characters";
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return String.format("must not contain control characters (U+%04X at %d)", (int) c, i);
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return String.format("holds half a character (an unpaired surrogate U+%04X at %d)", (int) c, i);
            }
        }
        return null;
    }

    List<FieldError> errors() {
        return errors;
    }

    void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    /** Throws every collected problem, plus those a service found for fields not already named. */
    void throwIfAny(List<FieldError> more) {
        List<FieldError> all = new ArrayList<>(errors);
        Set<String> named = new HashSet<>();
        errors.forEach(e -> named.add(e.field()));
        for (FieldError e : more) {
            // a field the parser could not read reaches the service as null: its "is required" would only repeat it
            boolean repeats = named.stream().anyMatch(n -> n.equals(e.field()) || n.startsWith(e.field() + ".") || n.startsWith(e.field() + "["));
            if (!repeats) all.add(e);
        }
        if (!all.isEmpty()) throw new ValidationException(all);
    }

    void throwIfAny() {
        throwIfAny(List.of());
    }

    final class Obj {
        private final JsonNode node;
        private final String path;
        private final Set<String> read = new HashSet<>();

        Obj(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        private String at(String name) {
            return path + name;
        }

        /** The node, or null when absent or JSON null. */
        private JsonNode field(String name) {
            read.add(name);
            JsonNode v = node.get(name);
            return v == null || v.isNull() ? null : v;
        }

        String text(String name) {
            JsonNode v = field(name);
            if (v == null) return null;
            if (!v.isTextual()) {
                error(at(name), "must be a string");
                return null;
            }
            String problem = textProblem(v.asText());
            if (problem != null) {
                error(at(name), problem);
                return null;
            }
            return v.asText();
        }

        Long whole(String name) {
            JsonNode v = field(name);
            if (v == null) return null;
            if (!v.isIntegralNumber() || !v.canConvertToLong()) {
                error(at(name), "must be a whole number" + (v.isTextual() ? ", not a string" : ""));
                return null;
            }
            return v.asLong();
        }

        Integer integer(String name) {
            Long v = whole(name);
            if (v == null) return null;
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                error(at(name), "is out of range");
                return null;
            }
            return v.intValue();
        }

        <E extends Enum<E>> E code(String name, Class<E> type) {
            String t = text(name);
            if (t == null) return null;
            E e = Codes.parse(type, t);
            if (e == null) error(at(name), "'" + t + "' is not one of " + Codes.allowed(type));
            return e;
        }

        LocalDate date(String name) {
            String t = text(name);
            if (t == null) return null;
            try {
                return CalendarRange.date(t.trim());
            } catch (DateTimeParseException e) {
                error(at(name), "'" + t + "' is not a date (yyyy-mm-dd)");
                return null;
            }
        }

        /** "2023-01-20", "2023-01" or "2023", or {"date": ..., "precision": ...} as the API writes it. */
        FuzzyDate fuzzyDate(String name) {
            JsonNode v = field(name);
            if (v == null) return null;
            try {
                if (v.isTextual()) return FuzzyDate.parse(v.asText());
                if (v.isObject()) {
                    Obj o = new Obj(v, at(name) + ".");
                    String date = o.text("date");
                    DatePrecision precision = o.code("precision", DatePrecision.class);
                    o.text("display");
                    o.done();
                    if (precision == null || precision == DatePrecision.UNKNOWN) {
                        return date == null && precision != null ? FuzzyDate.UNKNOWN : date == null ? null : FuzzyDate.parse(date);
                    }
                    if (date == null) {
                        error(at(name) + ".date", "is required unless the precision is unknown");
                        return null;
                    }
                    return new FuzzyDate(CalendarRange.date(date.length() == 4 ? date + "-01-01" : date.length() == 7 ? date + "-01" : date), precision);
                }
                error(at(name), "must be a date string (yyyy-mm-dd, yyyy-mm, yyyy) or {\"date\", \"precision\"}");
            } catch (IllegalArgumentException | DateTimeParseException e) {
                error(at(name), e.getMessage());
            }
            return null;
        }

        Quantity quantity(String name) {
            Obj o = object(name);
            if (o == null) return null;
            Long value = o.whole("value");
            Long max = o.whole("max");
            Qualifier qualifier = o.code("qualifier", Qualifier.class);
            o.done();
            if (qualifier == null && o.node.hasNonNull("qualifier")) return null; // already named as a bad code
            return new Quantity(value, max, qualifier);
        }

        /** {"amount": "1850000000", "currency": "USD"}; a JSON number is accepted for the amount, a float is not rounded. */
        Money money(String name) {
            Obj o = object(name);
            if (o == null) return null;
            JsonNode a = o.field("amount");
            String currency = o.text("currency");
            o.done();
            BigDecimal amount = null;
            if (a == null) {
                error(at(name) + ".amount", "is required (a decimal string such as \"1850000000\")");
            } else if (a.isTextual() && a.asText().trim().matches("-?\\d+(\\.\\d+)?")) {
                amount = new BigDecimal(a.asText().trim());
            } else if (a.isNumber()) {
                amount = a.decimalValue();
            } else {
                error(at(name) + ".amount", "must be a decimal string such as \"1850000000\"");
            }
            if (amount != null && amount.abs().compareTo(MAX_AMOUNT) > 0) {
                error(at(name) + ".amount", "is too large (at most " + MAX_AMOUNT.toBigInteger() + ")");
                amount = null;
            } else if (amount != null && amount.stripTrailingZeros().scale() > 2) {
                error(at(name) + ".amount", "has more than two decimals");
                amount = null;
            }
            if (currency == null || !currency.trim().toUpperCase(java.util.Locale.ROOT).matches("[A-Z]{3}")) {
                error(at(name) + ".currency", "must be an ISO 4217 code such as EUR or USD");
                return null;
            }
            return amount == null ? null : Money.of(amount.toPlainString(), currency);
        }

        Obj object(String name) {
            JsonNode v = field(name);
            if (v == null) return null;
            if (!v.isObject()) {
                error(at(name), "must be an object");
                return null;
            }
            return new Obj(v, at(name) + ".");
        }

        /** The elements of an array of objects; null when absent. A non-object element is named and skipped as null. */
        List<Obj> objects(String name) {
            JsonNode v = field(name);
            if (v == null) return null;
            if (!v.isArray()) {
                error(at(name), "must be an array");
                return null;
            }
            List<Obj> out = new ArrayList<>();
            for (int i = 0; i < v.size(); i++) {
                JsonNode e = v.get(i);
                if (e == null || !e.isObject()) {
                    error(at(name) + "[" + i + "]", "must be an object");
                    out.add(null);
                } else {
                    out.add(new Obj(e, at(name) + "[" + i + "]."));
                }
            }
            return out;
        }

        List<SourceRef> sources(String name) {
            List<Obj> list = objects(name);
            if (list == null) return null;
            List<SourceRef> out = new ArrayList<>();
            for (Obj s : list) {
                if (s == null) {
                    out.add(null);
                    continue;
                }
                SourceRef ref = new SourceRef(s.text("sourceId"), s.code("kind", SourceKind.class), s.text("title"), s.text("publisher"),
                        s.text("url"), s.date("publishedOn"), s.text("quote"), s.text("locator"));
                s.done();
                out.add(ref);
            }
            return out;
        }

        /** Names every field the request does not know: a typo ("quantitiy") must not be silently dropped. */
        void done() {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String f = it.next();
                if (!read.contains(f)) error(at(f), "is not a field of this request");
            }
        }
    }
}
