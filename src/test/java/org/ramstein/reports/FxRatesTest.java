package org.ramstein.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.ramstein.reports.domain.FxRates;

class FxRatesTest {

    static final FxRates SMALL = FxRates.parse(List.of("month,currency,units_per_eur", "2023-01,USD,1.0769", "2023-01,GBP,0.88331",
            "2023-02,USD,1.0715", "2023-02,GBP,0.88603", "2023-01,JPY,140.55"));

    @Test
    void convertsAtTheMonthsRate() {
        assertThat(SMALL.toEur(new BigDecimal("1076.90"), "USD", YearMonth.of(2023, 1))).contains(new BigDecimal("1000.00"));
        assertThat(SMALL.fromEur(new BigDecimal("1000"), "GBP", YearMonth.of(2023, 2))).contains(new BigDecimal("886.03"));
        assertThat(SMALL.toEur(new BigDecimal("5"), "EUR", YearMonth.of(1999, 1))).contains(new BigDecimal("5.00"));
        assertThat(SMALL.toEur(new BigDecimal("1071.50"), "USD", LocalDate.of(2023, 2, 17))).contains(new BigDecimal("1000.00"));
    }

    @Test
    void aMonthAfterTheTableUsesTheLastMonthAndSaysSo() {
        var r = SMALL.rate("USD", YearMonth.of(2024, 6)).orElseThrow();
        assertThat(r.month()).isEqualTo(YearMonth.of(2023, 2));
        assertThat(r.carriedForward()).isTrue();
        assertThat(SMALL.rate("USD", YearMonth.of(2023, 2)).orElseThrow().carriedForward()).isFalse();
        assertThat(SMALL.isCarriedForward(YearMonth.of(2023, 3))).isTrue();
    }

    @Test
    void noRateBeforeTheTableOrForAnUnknownCurrency() {
        assertThat(SMALL.rate("USD", YearMonth.of(2022, 12))).isEmpty();
        assertThat(SMALL.toEur(BigDecimal.TEN, "XYZ", YearMonth.of(2023, 1))).isEmpty();
        assertThat(SMALL.toEur(BigDecimal.TEN, "USD", (LocalDate) null)).isEmpty();
    }

    @Test
    void crossRatesGoThroughTheEuro() {
        // 1,000 GBP in USD = 1000 / 0.88331 * 1.0769
        assertThat(SMALL.convert(new BigDecimal("1000"), "GBP", "USD", YearMonth.of(2023, 1))).contains(new BigDecimal("1219.16"));
        assertThat(SMALL.toUsd(new BigDecimal("1000"), "EUR", YearMonth.of(2023, 1))).contains(new BigDecimal("1076.90"));
        BigDecimal viaEur = SMALL.toEur(new BigDecimal("14055"), "JPY", YearMonth.of(2023, 1)).orElseThrow();
        assertThat(SMALL.toUsd(new BigDecimal("14055"), "JPY", YearMonth.of(2023, 1)).orElseThrow())
                .isEqualByComparingTo(viaEur.multiply(new BigDecimal("1.0769")).setScale(2, java.math.RoundingMode.HALF_EVEN));
    }

    @Test
    void rejectsAMalformedTable() {
        assertThatThrownBy(() -> FxRates.parse(List.of("month,ccy,rate"))).hasMessageContaining("header");
        assertThatThrownBy(() -> FxRates.parse(List.of("month,currency,units_per_eur", "2023-13,USD,1.0"))).hasMessageContaining("line 2");
        assertThatThrownBy(() -> FxRates.parse(List.of("month,currency,units_per_eur", "2023-01,USD,-1"))).hasMessageContaining("positive");
    }

    @Test
    void theShippedTableHasTheContactGroupsCurrenciesAndKnownValues() {
        FxRates rates = BundledRates.load();
        assertThat(rates.currencies()).contains("USD", "GBP", "SEK", "NOK", "DKK", "PLN", "CZK", "CAD", "AUD", "JPY", "CHF");
        // ECB monthly averages, computed from the daily reference rates (see rates/ORIGIN.md)
        assertThat(rates.rate("USD", YearMonth.of(2025, 3)).orElseThrow().unitsPerEur()).isEqualByComparingTo("1.0807");
        assertThat(rates.rate("DKK", YearMonth.of(2025, 4)).orElseThrow().unitsPerEur()).isBetween(new BigDecimal("7.45"), new BigDecimal("7.47"));
        assertThat(rates.lastMonth()).contains(YearMonth.of(2025, 4));
    }

    @Property
    void toEurAndBackIsWithinRounding(@ForAll @LongRange(min = 0, max = 10_000_000_000L) long cents) {
        BigDecimal amount = BigDecimal.valueOf(cents, 2);
        for (String ccy : List.of("USD", "GBP", "JPY")) {
            BigDecimal eur = SMALL.toEur(amount, ccy, YearMonth.of(2023, 1)).orElseThrow();
            BigDecimal back = SMALL.fromEur(eur, ccy, YearMonth.of(2023, 1)).orElseThrow();
            BigDecimal rate = SMALL.rate(ccy, YearMonth.of(2023, 1)).orElseThrow().unitsPerEur();
            // one cent of EUR rounding is worth `rate` cents of the currency, plus the final rounding
            BigDecimal tolerance = rate.multiply(new BigDecimal("0.005")).add(new BigDecimal("0.01"));
            assertThat(back.subtract(amount).abs()).isLessThanOrEqualTo(tolerance);
        }
    }
}
