package org.ramstein.ledger.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FuzzyDateProperties {

    @Property
    void everyDisplayedDateParsesBackToItself(@ForAll @IntRange(min = 1900, max = 2100) int year,
                                              @ForAll @IntRange(min = 1, max = 12) int month,
                                              @ForAll @IntRange(min = 1, max = 28) int day) {
        for (DatePrecision p : new DatePrecision[] {DatePrecision.DAY, DatePrecision.MONTH, DatePrecision.YEAR}) {
            FuzzyDate d = new FuzzyDate(LocalDate.of(year, month, day), p);
            assertThat(FuzzyDate.parse(d.display())).isEqualTo(d);
            assertThat(FuzzyDate.of(d.isoDate(), p.code())).isEqualTo(d);
        }
    }

    @Property
    void arbitraryTextEitherParsesOrIsRejectedWithAMessage(@ForAll String text) {
        try {
            FuzzyDate d = FuzzyDate.parse(text);
            assertThat(d.precision()).isNotNull();
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).contains("date");
        }
    }

    @Test
    void aMonthDateCountsFromTheFirstOfTheMonth() {
        FuzzyDate january = FuzzyDate.parse("2023-01");
        assertThat(january.happenedBy(LocalDate.of(2023, 2, 1))).isTrue();
        assertThat(january.happenedBy(LocalDate.of(2023, 1, 1))).isTrue();
        assertThat(january.happenedBy(LocalDate.of(2022, 12, 31))).isFalse();
        assertThat(FuzzyDate.UNKNOWN.happenedBy(LocalDate.of(2100, 1, 1))).isFalse();
    }

    @Test
    void impossibleDatesAreRejected() {
        assertThatThrownBy(() -> FuzzyDate.parse("2023-02-30")).hasMessageContaining("not a valid date");
        assertThatThrownBy(() -> FuzzyDate.parse("20 January")).hasMessageContaining("not a date");
    }
}
