package org.ramstein.importers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.ramstein.common.ValidationException;

class ParsersProperties {

    @Provide
    Arbitrary<BigDecimal> amounts() {
        // the range of the datasets: up to hundreds of billions, to 17 significant digits, either sign
        return Arbitraries.bigIntegers().between(BigInteger.valueOf(-999_999_999_999_999L), BigInteger.valueOf(999_999_999_999_999L))
                .flatMap(unscaled -> Arbitraries.integers().between(0, 17).map(scale -> new BigDecimal(unscaled, scale)));
    }

    @Property
    void aDecimalWrittenPlainParsesBackExactly(@ForAll("amounts") BigDecimal d) {
        assertThat(Parsers.decimal(d.toPlainString(), "f")).isEqualByComparingTo(d);
    }

    @Property
    void aDecimalWrittenAsPythonOrJavaWouldParsesBackExactly(@ForAll("amounts") BigDecimal d) {
        // "2.3417159978473667E-5", Python's "2.3417159978473667e-05"
        assertThat(Parsers.decimal(d.toString(), "f")).isEqualByComparingTo(d);
        assertThat(Parsers.decimal(d.toString().toLowerCase(), "f")).isEqualByComparingTo(d);
    }

    @Property
    void kielsNullForDotCorruptionIsRepaired(@ForAll @LongRange(min = 0, max = 1_000_000) long whole, @ForAll @IntRange(min = 1, max = 99_999) int frac) {
        String written = whole + "." + frac;
        assertThat(Parsers.decimal(whole + "NULL" + frac, "f")).isEqualByComparingTo(new BigDecimal(written));
    }

    @Property
    void centsAreExactForAmountsWithAtMostTwoDecimals(@ForAll @LongRange(min = -99_999_999_999_999L, max = 99_999_999_999_999L) long cents) {
        assertThat(Parsers.cents(Parsers.decimal(BigDecimal.valueOf(cents, 2).toPlainString(), "f"), "f")).isEqualTo(cents);
    }

    @Property
    void anyIsoDayAndItsExcelSerialParseToTheSameDay(@ForAll @IntRange(min = 0, max = 60_000) int offset) {
        LocalDate day = LocalDate.of(1950, 1, 1).plusDays(offset);
        long serial = ChronoUnit.DAYS.between(LocalDate.of(1899, 12, 30), day);
        assertThat(Parsers.date(day.toString(), "f")).isEqualTo(day);
        assertThat(Parsers.date(Long.toString(serial), "f")).isEqualTo(day);
        assertThat(Parsers.date(serial + ".0", "f")).isEqualTo(day);
    }

    @Property(tries = 2000)
    void garbageEitherParsesOrIsAValidationErrorNamingTheField(@ForAll String garbage) {
        for (Runnable parse : new Runnable[] {
            () -> Parsers.decimal(garbage, "x.csv row 3, verdi_eur"),
            () -> Parsers.count(garbage, "x.csv row 3, verdi_eur"),
            () -> Parsers.date(garbage, "x.csv row 3, verdi_eur"),
            () -> Parsers.year(garbage, "x.csv row 3, verdi_eur"),
            () -> Parsers.bool(garbage, "x.csv row 3, verdi_eur")}) {
            try {
                parse.run();
            } catch (ValidationException e) {
                assertThat(e.errors()).singleElement().satisfies(f -> assertThat(f.field()).isEqualTo("x.csv row 3, verdi_eur"));
            }
        }
    }

    @Property(tries = 2000)
    void numberLikeGarbageEitherParsesOrIsAValidationError(@ForAll("numberish") String text) {
        try {
            BigDecimal d = Parsers.decimal(text, "f");
            if (d != null) Parsers.cents(d, "f");
        } catch (ValidationException expected) {
            assertThat(expected.errors()).isNotEmpty();
        }
    }

    @Provide
    Arbitrary<String> numberish() {
        return Arbitraries.strings().withChars("0123456789.,-+eENUL #/a").ofMaxLength(25);
    }

    @Example
    void placeholdersAreUnstatedNotErrors() {
        for (String p : new String[] {"undisclosed", "#N/A", "NULL", " NULL ", ".", ""}) {
            assertThat(Parsers.decimal(p, "f")).as(p).isNull();
            assertThat(Parsers.count(p, "f")).as(p).isNull();
        }
    }

    @Example
    void commasAreThousandsOrDecimalByTheirGroups() {
        assertThat(Parsers.decimal("3,000", "f")).isEqualByComparingTo("3000");
        assertThat(Parsers.decimal("1,234,567.5", "f")).isEqualByComparingTo("1234567.5");
        assertThat(Parsers.decimal("395,88", "f")).isEqualByComparingTo("395.88");
    }

    @Example
    void badCellsNameTheFieldAndSayWhy() {
        assertThatThrownBy(() -> Parsers.decimal("12x", "f.csv row 2, verdi_eur"))
                .isInstanceOf(ValidationException.class).hasMessage("f.csv row 2, verdi_eur: '12x' is not a number");
        assertThatThrownBy(() -> Parsers.count("2.5", "c")).hasMessageContaining("not a whole number");
        assertThatThrownBy(() -> Parsers.count("-3", "c")).hasMessageContaining("negative");
        assertThatThrownBy(() -> Parsers.date("2023-02-30", "d")).hasMessageContaining("not a valid date");
        assertThatThrownBy(() -> Parsers.date("12", "d")).hasMessageContaining("Excel date serial");
        assertThatThrownBy(() -> Parsers.decimal("1e400", "v")).hasMessageContaining("out of range");
    }
}
