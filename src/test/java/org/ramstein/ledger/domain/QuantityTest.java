package org.ramstein.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ramstein.common.FieldError;
import org.ramstein.common.ValidationException;

class QuantityTest {

    @Test
    void upToCountsInTheCeilingButNotInTheFloor() {
        Quantity upTo40 = Quantity.of(40L, null, Qualifier.UP_TO);
        assertThat(upTo40.ceiling()).isEqualTo(40);
        assertThat(upTo40.floor()).isZero();
        assertThat(upTo40.display()).isEqualTo("up to 40");
    }

    @Test
    void rangeCountsItsMaxInTheCeilingAndItsMinInTheFloor() {
        Quantity q = Quantity.of(40L, 50L, Qualifier.RANGE);
        assertThat(q.ceiling()).isEqualTo(50);
        assertThat(q.floor()).isEqualTo(40);
        assertThat(q.display()).isEqualTo("40–50");
    }

    @Test
    void unspecifiedCountsNothingAndNeedsNoValue() {
        assertThat(Quantity.UNSPECIFIED.problems()).isEmpty();
        assertThat(Quantity.UNSPECIFIED.ceiling()).isZero();
        assertThat(Quantity.UNSPECIFIED.display()).isEqualTo("unspecified");
    }

    @Test
    void invalidQuantitiesNameTheirField() {
        assertThat(new Quantity(null, null, Qualifier.EXACT).problems()).extracting(FieldError::field).containsExactly("value");
        assertThat(new Quantity(50L, 40L, Qualifier.RANGE).problems()).extracting(FieldError::field).containsExactly("max");
        assertThat(new Quantity(40L, 50L, Qualifier.EXACT).problems()).extracting(FieldError::field).containsExactly("max");
        assertThat(new Quantity(-1L, null, Qualifier.ABOUT).problems()).extracting(FieldError::field).containsExactly("value");
        assertThatThrownBy(() -> Quantity.of(1L, null, null)).isInstanceOf(ValidationException.class).hasMessageContaining("qualifier");
    }

    @Test
    void thousandsAreSeparated() {
        assertThat(Quantity.exact(1550).display()).isEqualTo("1,550");
        assertThat(Quantity.of(2000L, null, Qualifier.ABOUT).display()).isEqualTo("≈ 2,000");
    }
}
