package org.ramstein.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ramstein.reports.ReportStore.Mark;

/** An asOf starts from the nearest mark the running totals hold, so at most about a week of postings is read raw. */
class TotalsMarkTest {

    private static Mark on(String day) {
        return Mark.nearest(LocalDate.parse(day));
    }

    @Test
    void eachDayOfAMonthStartsFromItsNearestMark() {
        assertThat(on("2024-06-01")).isEqualTo(Mark.MONTH_START);
        assertThat(on("2024-06-07")).isEqualTo(Mark.MONTH_START);
        assertThat(on("2024-06-08")).isEqualTo(Mark.FIRST_HALF_LESS);
        assertThat(on("2024-06-15")).isEqualTo(Mark.FIRST_HALF_LESS);
        assertThat(on("2024-06-16")).isEqualTo(Mark.FIRST_HALF_MORE);
        assertThat(on("2024-06-22")).isEqualTo(Mark.FIRST_HALF_MORE);
        assertThat(on("2024-06-23")).isEqualTo(Mark.MONTH_END);
        assertThat(on("2024-06-30")).isEqualTo(Mark.MONTH_END);
        assertThat(on("2024-02-22")).as("a week either way: the first half").isEqualTo(Mark.FIRST_HALF_MORE);
        assertThat(on("2024-02-23")).isEqualTo(Mark.MONTH_END);
    }

    @Test
    void noDayReadsMoreThanAWeekOfPostings() {
        for (LocalDate d = LocalDate.of(2023, 1, 1); d.getYear() < 2025; d = d.plusDays(1)) {
            Mark m = Mark.nearest(d);
            int day = d.getDayOfMonth();
            int read = switch (m) {
                case MONTH_START -> day;
                case FIRST_HALF_LESS -> 15 - day;
                case FIRST_HALF_MORE -> day - 15;
                case MONTH_END -> d.lengthOfMonth() - day;
            };
            assertThat(read).as("%s: %s", d, m).isBetween(0, 8);
        }
    }
}
