package org.ramstein.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FulfilmentStateTest {

    @Test
    void stateIsDerivedFromCommittedAndDelivered() {
        assertThat(FulfilmentState.of(40L, 0)).isEqualTo(FulfilmentState.NONE);
        assertThat(FulfilmentState.of(40L, 14)).isEqualTo(FulfilmentState.PARTIAL);
        assertThat(FulfilmentState.of(40L, 40)).isEqualTo(FulfilmentState.COMPLETE);
        assertThat(FulfilmentState.of(40L, 45)).isEqualTo(FulfilmentState.COMPLETE);
        assertThat(FulfilmentState.of(null, 0)).isEqualTo(FulfilmentState.UNKNOWN);
        assertThat(FulfilmentState.of(null, 3)).isEqualTo(FulfilmentState.PARTIAL);
    }

    @Test
    void moneyIsExactToTheCent() {
        Money m = Money.of("1850000000.004", "usd");
        assertThat(m.currency()).isEqualTo("USD");
        assertThat(m.cents()).isEqualTo(185_000_000_000L);
        assertThat(m.display()).isEqualTo("USD 1.85 bn");
        assertThat(Money.ofCents(70_000_000_000L, "EUR").display()).isEqualTo("EUR 700 m");
        assertThat(Money.of("0.1", "EUR").amount().add(Money.of("0.2", "EUR").amount())).isEqualByComparingTo(new BigDecimal("0.3"));
    }

    @Test
    void aReversalNegatesTheEntryAndKeepsItsDate() {
        LedgerEntry delivery = new LedgerEntry(7L, EntryKind.DELIVERY, "p", "p/1", "DEU", AidType.MILITARY, "marder-1a3",
                "infantry_fighting_vehicle", Quantity.exact(20), null, null, FuzzyDate.parse("2023-03"), null, Visibility.PUBLIC,
                null, null, null, null, 1L, "a");
        LedgerEntry reversal = delivery.reversal("double-counted", 2L, "b");
        assertThat(reversal.quantity().value()).isEqualTo(-20);
        assertThat(reversal.reversesId()).isEqualTo(7L);
        assertThat(reversal.happened()).isEqualTo(delivery.happened());
        assertThat(reversal.recordedAt()).isEqualTo(2L);
    }
}
