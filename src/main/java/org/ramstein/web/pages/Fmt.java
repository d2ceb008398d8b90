package org.ramstein.web.pages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.Money;
import org.ramstein.ledger.domain.Quantity;

/**
 * How the dashboard writes numbers: thousands separators, the qualifier a source gave ("up to 40", "≈ 40"), money
 * with its currency and scale ("€1.85 bn", "USD 400 m"), and whether a figure is reported or estimated.
 */
public final class Fmt {
    private Fmt() {
    }

    /** 1234567 → "1,234,567". */
    private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile("(?i)https?://[^\\s\\p{Cntrl}]+");

    /**
     * The address when a link may lead there: an http(s) address. Anything else a source or a file gave as its address
     * ({@code javascript:}, {@code data:}, a path) is no link; null.
     */
    public static String webAddress(String url) {
        return url != null && WEB_ADDRESS.matcher(url).matches() ? url : null;
    }

    public static String n(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    public static String n(Long value) {
        return value == null ? "—" : n(value.longValue());
    }

    /** A quantity as its source stated it: "40", "up to 40", "≈ 40", "40–50", "more than 40", "not stated". */
    public static String qty(Quantity q) {
        if (q == null || q.qualifier() == null) return "—";
        if (q.value() != null && q.value() < 0) {
            return "−" + qty(new Quantity(-q.value(), q.max() == null ? null : -q.max(), q.qualifier())).replace("–", " to ") + " (reversed)";
        }
        return switch (q.qualifier()) {
            case UNSPECIFIED -> "not stated";
            case EXACT -> n(q.value());
            case UP_TO -> "up to " + n(q.value());
            case MORE_THAN -> "more than " + n(q.value());
            case ABOUT -> "≈ " + n(q.value());
            case RANGE -> n(q.value()) + "–" + n(q.max());
        };
    }

    /** EUR in a short, readable scale: "€1.85 bn", "€400 m", "€12,500". */
    public static String eur(BigDecimal eur) {
        return money(eur, "€", "");
    }

    /** Money in its reported currency, with the ISO code: "USD 1.85 bn". */
    public static String money(Money m) {
        if (m == null) return "—";
        String symbol = switch (m.currency()) {
            case "EUR" -> "€";
            case "USD" -> "$";
            case "GBP" -> "£";
            default -> m.currency() + " ";
        };
        return money(m.amount(), symbol, "EUR".equals(m.currency()) || "USD".equals(m.currency()) || "GBP".equals(m.currency())
                ? " (" + m.currency() + ")" : "");
    }

    private static String money(BigDecimal amount, String symbol, String suffix) {
        if (amount == null) return "—";
        BigDecimal abs = amount.abs();
        String sign = amount.signum() < 0 ? "−" : "";
        String body;
        if (abs.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
            body = abs.movePointLeft(9).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + " bn";
        } else if (abs.compareTo(BigDecimal.valueOf(1_000_000L)) >= 0) {
            body = abs.movePointLeft(6).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + " m";
        } else {
            body = String.format(Locale.ROOT, "%,.0f", abs);
        }
        return sign + symbol + body + suffix;
    }

    /** A percentage to one decimal: "42.5 %". */
    public static String pct(BigDecimal p) {
        return p == null ? "—" : p.setScale(1, RoundingMode.HALF_EVEN).toPlainString() + " %";
    }

    /** A small share (of GDP) to two decimals: "0.15 %". */
    public static String pct2(BigDecimal p) {
        return p == null ? "—" : p.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " %";
    }

    /** A date at its precision: "2023-01-20", "2023-01", "2023", "date unknown". */
    public static String date(FuzzyDate d) {
        return d == null || d.date() == null ? "date unknown" : d.display();
    }

    public static String date(LocalDate d) {
        return d == null ? "—" : d.toString();
    }

    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    /** When the ledger recorded something. */
    public static String recorded(Instant at) {
        return at == null ? "—" : RECORDED.format(at);
    }

    private static final java.util.Map<String, String> LABELS = java.util.Map.ofEntries(
            java.util.Map.entry("sam_long_range", "Long-range air defence (SAM)"),
            java.util.Map.entry("sam_medium_range", "Medium-range air defence (SAM)"),
            java.util.Map.entry("sam_short_range", "Short-range air defence (SAM)"),
            java.util.Map.entry("spaag", "Self-propelled anti-aircraft gun"),
            java.util.Map.entry("manpads", "MANPADS"),
            java.util.Map.entry("mlrs", "Multiple rocket launcher (MLRS)"),
            java.util.Map.entry("mrap", "MRAP vehicle"),
            java.util.Map.entry("uav", "Drone (UAV)"),
            java.util.Map.entry("ammunition_155mm", "155 mm ammunition"),
            java.util.Map.entry("ammunition_152mm", "152 mm ammunition"),
            java.util.Map.entry("ammunition_122mm", "122 mm ammunition"),
            java.util.Map.entry("ammunition_105mm", "105 mm ammunition"),
            java.util.Map.entry("ammunition_120mm_mortar", "120 mm mortar ammunition"),
            java.util.Map.entry("air_and_missile_defence", "Air and missile defence"),
            java.util.Map.entry("it", "IT"));

    /** "main_battle_tank" → "Main battle tank"; known abbreviations kept ("MLRS"). */
    public static String label(String code) {
        if (code == null || code.isBlank()) return "—";
        if (LABELS.containsKey(code)) return LABELS.get(code);
        String s = code.replace('_', ' ');
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Whether a value was stated by a source or computed by the ledger from other figures. */
    public static String basis(boolean estimated) {
        return estimated ? "estimated" : "reported";
    }
}
