package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The unit a heading declares for the bare numbers under it. */
class DeclaredUnitTest {

    @Test
    void aBracketOrAClosingInNamesACurrencyAndAScale() {
        assertThat(DeclaredUnit.of("Table 4.1 Planned commitments per line for 2025 (EUR million)"))
                .isEqualTo(new DeclaredUnit(new BigDecimal("1000000"), "EUR"));
        assertThat(DeclaredUnit.of("Aid (€m)")).isEqualTo(new DeclaredUnit(new BigDecimal("1000000"), "EUR"));
        assertThat(DeclaredUnit.of("Commitments (million euros)")).isEqualTo(new DeclaredUnit(new BigDecimal("1000000"), "EUR"));
        assertThat(DeclaredUnit.of("Figures in millions of euros")).isEqualTo(new DeclaredUnit(new BigDecimal("1000000"), "EUR"));
        assertThat(DeclaredUnit.of("Total (in £ million)")).isEqualTo(new DeclaredUnit(new BigDecimal("1000000"), "GBP"));
        assertThat(DeclaredUnit.of("Budget (US$ million)")).isEqualTo(new DeclaredUnit(new BigDecimal("1000000"), "USD"));
        assertThat(DeclaredUnit.of("Value (NOK bn)")).isEqualTo(new DeclaredUnit(new BigDecimal("1000000000"), "NOK"));
    }

    @Test
    void aColumnsNameEndingInACurrencyDeclaresItsSumsInThatCurrency() {
        assertThat(DeclaredUnit.of("value_eur")).isEqualTo(new DeclaredUnit(BigDecimal.ONE, "EUR"));
        assertThat(DeclaredUnit.of("Amount USD")).isEqualTo(new DeclaredUnit(BigDecimal.ONE, "USD"));
        assertThat(DeclaredUnit.of("Value of the pledges (SEK)")).isEqualTo(new DeclaredUnit(BigDecimal.ONE, "SEK"));
        assertThat(DeclaredUnit.of("Quantity")).isNull();
        assertThat(DeclaredUnit.of("Donor country")).isNull();
    }

    @Test
    void aBracketWithoutACurrencyOrWithMoreThanAUnitDeclaresNone() {
        assertThat(DeclaredUnit.of("Deliveries (units)")).isNull();
        assertThat(DeclaredUnit.of("Range (km)")).isNull();
        assertThat(DeclaredUnit.of("Leopard 1A5 tanks (from Danish stocks)")).isNull();
        assertThat(DeclaredUnit.of("Germany pledged €500 million (up from €300 million)")).isNull();
        assertThat(DeclaredUnit.of("Planned commitments per line")).isNull();
    }

    @Provide
    Arbitrary<String> codes() {
        return Arbitraries.of("EUR", "USD", "GBP", "SEK", "NOK", "DKK");
    }

    @Property
    void everyCodeAndScaleInABracketIsThatUnit(@ForAll("codes") String code, @ForAll boolean billion, @ForAll boolean codeFirst) {
        String scale = billion ? "billion" : "million";
        String heading = "Military aid by year (" + (codeFirst ? code + " " + scale : scale + " " + code) + ")";
        DeclaredUnit unit = DeclaredUnit.of(heading);
        assertThat(unit).isNotNull();
        assertThat(unit.currency()).isEqualTo(code);
        assertThat(unit.multiplier()).isEqualByComparingTo(billion ? "1000000000" : "1000000");
    }
}
