package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ClaimExtractorProperties {

    static final Set<String> KINDS = Set.of("pledge", "delivery", "aggregate", "money");
    static final Set<String> QUALIFIERS = Set.of("exact", "up_to", "more_than", "about", "unspecified", "range");
    static final List<String> WORDS = List.of("Germany", "the US", "U.S.", "Poland and the Czech Republic", "allies", "will send", "delivered",
            "pledged", "has yet to commit to", "not", "up to", "more than", "about", "some", "40", "1,550", "20 000", "Fourteen", "forty-five",
            "18th", "a", "the", "Leopard 2 tanks", "Marders", "IRIS-T SLM", "armoured vehicles", "air defence", "rounds of", "155mm",
            "ammunition", "for", "$1.85 billion", "€700 million", "EUR1 billion", "£2.5bn", "4.3 billion Swedish kroner", "(", ")", ",", ".",
            ";", ":", "-", "\n", "\n- ", "Photo:", "kilometres", "crew", "soldiers", "killed", "to Greece", "to Ukraine", "%", "of the",
            "promised", "brigades", "\u201C", "\u201D", "'s", "bringing the total to", "another", "one of the two", "half of the",
            "\n| Donor | System | Pledged | Delivered |\n|---|---|---|---|\n", "| Poland | Leopard 2A4 | 14 | 4 |", "|", "\n|");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(WORDS).list().ofMinSize(0).ofMaxSize(60).map(l -> String.join(" ", l));
    }

    @Property(tries = 400)
    void anyTextGivesWellFormedClaimsWhoseEvidenceIsTheTextAtTheirOffsets(@ForAll("texts") String text) {
        List<Claim> claims = ClaimExtractorTest.EXTRACTOR.extract("t.txt", text);
        for (Claim c : claims) {
            assertThat(c.start()).isBetween(0, text.length());
            assertThat(c.end()).isBetween(c.start(), text.length());
            assertThat(text.substring(c.start(), c.end())).isEqualTo(c.evidence());
            assertThat(KINDS).contains(c.kind());
            assertThat(QUALIFIERS).contains(c.qualifier());
            assertThat(c.recipient()).isEqualTo("Ukraine");
            assertThat(c.confidence()).isBetween(0.0, 1.0);
            if (c.value() != null) assertThat(c.category()).isEqualTo("funding");
            if (c.quantity() != null) assertThat(c.quantity()).isPositive();
            if (c.quantityMax() != null) assertThat(c.quantityMax()).isGreaterThan(c.quantity());
        }
    }

    @Property(tries = 200)
    void extractingTwiceGivesTheSameClaims(@ForAll("texts") String text) {
        assertThat(ClaimExtractorTest.EXTRACTOR.extract("t.txt", text)).isEqualTo(ClaimExtractorTest.EXTRACTOR.extract("t.txt", text));
    }

    record Row(String donor, String system, int pledged, int delivered) {
    }

    /** The catalogue's name of each system as a table may write it. */
    static final java.util.Map<String, String> CATALOGUE_NAMES = java.util.Map.of("Leopard 2A4", "Leopard 2A4", "Marder", "Marder 1A3",
            "PzH 2000", "PzH 2000");

    @Provide
    Arbitrary<List<Row>> rows() {
        Arbitrary<Row> row = net.jqwik.api.Combinators.combine(Arbitraries.of("Germany", "Poland", "Canada", "Norway"),
                Arbitraries.of("Leopard 2A4", "Marder", "PzH 2000"), Arbitraries.integers().between(0, 5_000),
                Arbitraries.integers().between(0, 5_000)).as(Row::new);
        return row.list().ofMinSize(1).ofMaxSize(8).uniqueElements(r -> r.donor() + r.system());
    }

    @Property(tries = 200)
    void aTablesCountsAreItsCellsEachOfItsRowsDonorAndSystem(@ForAll("rows") List<Row> rows) {
        StringBuilder md = new StringBuilder("Pledged and delivered, by donor\n\n| Donor | System | Pledged | Delivered |\n|---|---|---|---|\n");
        for (Row r : rows) md.append("| ").append(r.donor()).append(" | ").append(r.system()).append(" | ").append(r.pledged()).append(" | ")
                .append(r.delivered()).append(" |\n");
        List<String> expected = new java.util.ArrayList<>();
        for (Row r : rows) {
            String name = CATALOGUE_NAMES.get(r.system());
            if (r.pledged() > 0) expected.add("pledge " + r.donor() + " | " + name + " | " + r.pledged());
            if (r.delivered() > 0) expected.add("delivery " + r.donor() + " | " + name + " | " + r.delivered());
        }
        List<String> got = ClaimExtractorTest.EXTRACTOR.extract("t.md", md.toString()).stream()
                .map(c -> c.kind() + " " + c.donor() + " | " + c.item() + " | " + c.quantity()).toList();
        assertThat(got).containsExactlyInAnyOrderElementsOf(expected);
    }

    /** A class of equipment as a column header may name it, with its category. */
    static final java.util.Map<String, String> CLASS_COLUMNS = java.util.Map.of("Tanks", "main_battle_tank", "IFVs", "infantry_fighting_vehicle",
            "APCs", "armoured_personnel_carrier", "Howitzers", "artillery_generic", "Air defence", "air_defense_generic");

    @Property(tries = 200)
    void aTableWhoseColumnsAreClassesCountsEachCellOfItsRowsDonorAndItsColumnsClass(@ForAll("rows") List<Row> rows,
            @ForAll boolean delivered) {
        List<String> classes = List.copyOf(new java.util.TreeSet<>(CLASS_COLUMNS.keySet()));
        StringBuilder md = new StringBuilder(delivered ? "Heavy weapons delivered\n\n" : "Heavy weapons pledged\n\n").append("| Donor |");
        for (String c : classes) md.append(' ').append(c).append(" |");
        md.append("\n|---|").append("---:|".repeat(classes.size())).append('\n');
        List<String> expected = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Row r : rows) {
            if (!seen.add(r.donor())) continue;
            md.append("| ").append(r.donor()).append(" |");
            for (int c = 0; c < classes.size(); c++) {
                int n = c % 2 == 0 ? r.pledged() : r.delivered();
                md.append(' ').append(n == 0 ? "–" : String.format(Locale.ROOT, "%,d", n)).append(" |");
                if (n > 0) expected.add((delivered ? "delivery " : "pledge ") + r.donor() + " | " + CLASS_COLUMNS.get(classes.get(c)) + " | " + n);
            }
            md.append('\n');
        }
        List<String> got = ClaimExtractorTest.EXTRACTOR.extract("t.md", md.toString()).stream()
                .map(c -> c.kind() + " " + c.donor() + " | " + c.category() + " | " + c.quantity()).toList();
        assertThat(got).containsExactlyInAnyOrderElementsOf(expected);
    }
}
