package org.ramstein.reports.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Converts an amount in any currency to EUR at the rate of a date; empty when no rate is known for it. */
@FunctionalInterface
public interface EurConversion {
    java.util.Optional<BigDecimal> toEur(BigDecimal amount, String currency, LocalDate on);

    /** Knows only EUR: for data reported in EUR (Kiel's). */
    EurConversion EUR_ONLY = (amount, currency, on) ->
            "EUR".equals(currency) ? java.util.Optional.of(amount) : java.util.Optional.empty();
}
