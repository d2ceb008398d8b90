package org.ramstein.ledger.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** An exact amount in an ISO 4217 currency, held to the cent. Never a float. */
public record Money(BigDecimal amount, String currency) {

    /** The largest amount the ledger takes (a quadrillion units of any currency): its sums stay within 64-bit cents. */
    public static final BigDecimal MAX = new BigDecimal("1000000000000000");

    /** Whether the amount is within {@link #MAX} either way. */
    public boolean withinLimit() {
        return amount.abs().compareTo(MAX) <= 0;
    }

    public Money {
        if (amount == null) throw new IllegalArgumentException("amount is required");
        if (currency == null || !currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("currency must be an ISO 4217 code such as EUR or USD");
        }
        amount = amount.setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (amount.scale() < 0) amount = amount.setScale(0);
    }

    public static Money of(String amount, String currency) {
        return new Money(new BigDecimal(amount), currency.trim().toUpperCase(Locale.ROOT));
    }

    public static Money ofCents(long cents, String currency) {
        return new Money(BigDecimal.valueOf(cents, 2), currency);
    }

    public long cents() {
        return amount.movePointRight(2).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** "$1.85 bn"-style short form with the ISO code: "USD 1.85 bn". */
    public String display() {
        BigDecimal abs = amount.abs();
        String sign = amount.signum() < 0 ? "-" : "";
        if (abs.compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
            return currency + " " + sign + abs.movePointLeft(9).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + " bn";
        }
        if (abs.compareTo(BigDecimal.valueOf(1_000_000L)) >= 0) {
            return currency + " " + sign + abs.movePointLeft(6).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + " m";
        }
        return currency + " " + String.format(Locale.ROOT, "%,.2f", amount);
    }
}
