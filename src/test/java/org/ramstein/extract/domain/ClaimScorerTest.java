package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClaimScorerTest {

    /** Two catalogue entries ("Marder", "Leopard 2") and two donors with a second name each. */
    static final ClaimScorer SCORER = new ClaimScorer(item -> switch (item.toLowerCase()) {
        case "marder", "marder 1a3", "marders" -> Optional.of("marder");
        case "leopard 2", "leopard 2 (unspecified variant)" -> Optional.of("leo2");
        default -> Optional.empty();
    }, donor -> switch (donor) {
        case "Czech Republic", "Czechia" -> Set.of("CZE");
        case "NATO allies", "NATO allies and partners" -> Set.of("NATO");
        default -> Set.of(donor);
    });

    static Claim claim(String file, String donor, String kind, String item, String category, Long qty, String qualifier, int start, int end) {
        return new Claim(file, donor, "Ukraine", kind, item, category, qty, null, qualifier, null, null, null, "e", start, end, "r", 1, null);
    }

    static Claim money(String file, String donor, String item, String value, String currency) {
        return new Claim(file, donor, "Ukraine", "money", item, "funding", null, null, "exact", new BigDecimal(value), currency, null, "e", 0, 1,
                "r", 1, null);
    }

    @Test
    void itemLevelNeedsKindAndItemFullLevelEveryField() {
        List<Claim> gold = List.of(claim("a", "Germany", "pledge", "Marder", "infantry_fighting_vehicle", 40L, "exact", -1, -1),
                claim("a", "Czech Republic", "delivery", "Leopard 2", "main_battle_tank", 10L, "exact", -1, -1));
        List<Claim> pred = List.of(claim("a", "Germany", "pledge", "Marder 1A3", "infantry_fighting_vehicle", 40L, "exact", 0, 5),
                claim("a", "Czechia", "delivery", "Leopard 2 (unspecified variant)", "main_battle_tank", 12L, "about", 10, 20));
        ClaimScorer.Report r = SCORER.score(gold, pred, List.of(), Map.of());
        assertThat(r.total().itemPrecision()).isEqualTo(1.0);
        assertThat(r.total().itemRecall()).isEqualTo(1.0);
        assertThat(r.total().fullPrecision()).isEqualTo(0.5);
        assertThat(r.total().fullRecall()).isEqualTo(0.5);
        assertThat(r.partial()).hasSize(1);
        assertThat(r.partial().get(0).differences()).containsExactly("quantity", "qualifier");
        assertThat(r.byQualifier().get("about").predicted()).isEqualTo(1);
        assertThat(r.byQualifier().get("exact").gold()).isEqualTo(2);
    }

    @Test
    void matchingIsOneToOnePerFile() {
        List<Claim> gold = List.of(claim("a", "Germany", "pledge", "Marder", "infantry_fighting_vehicle", 40L, "exact", -1, -1));
        List<Claim> pred = List.of(claim("a", "Germany", "pledge", "Marder", "infantry_fighting_vehicle", 20L, "exact", 0, 5),
                claim("a", "Germany", "pledge", "Marders", "infantry_fighting_vehicle", 40L, "exact", 6, 9),
                claim("b", "Germany", "pledge", "Marder", "infantry_fighting_vehicle", 40L, "exact", 0, 5));
        ClaimScorer.Report r = SCORER.score(gold, pred, List.of(), Map.of());
        assertThat(r.total().fullMatchedGold()).isEqualTo(1);
        assertThat(r.falsePositives()).extracting(Claim::file).containsExactlyInAnyOrder("a", "b");
        assertThat(r.falsePositives()).filteredOn(c -> c.file().equals("a")).extracting(Claim::quantity).containsExactly(20L);
        assertThat(r.total().itemPrecision()).isEqualTo(1.0 / 3);
    }

    @Test
    void aKindOrASystemThatDiffersIsAMissAndAFalsePositive() {
        List<Claim> gold = List.of(claim("a", "Germany", "pledge", "Marder", "infantry_fighting_vehicle", 40L, "exact", -1, -1),
                claim("a", "Germany", "pledge", "armored vehicles", "armoured_vehicle_generic", null, "unspecified", -1, -1));
        List<Claim> pred = List.of(claim("a", "Germany", "delivery", "Marder", "infantry_fighting_vehicle", 40L, "exact", 0, 5),
                claim("a", "Germany", "pledge", "Leopard 2", "armoured_vehicle_generic", null, "unspecified", 6, 9));
        ClaimScorer.Report r = SCORER.score(gold, pred, List.of(), Map.of());
        assertThat(r.misses()).hasSize(2);
        assertThat(r.falsePositives()).hasSize(2);
        assertThat(r.byKind().get("delivery").predicted()).isEqualTo(1);
        assertThat(r.byKind().get("pledge").itemRecall()).isEqualTo(0.0);
    }

    @Test
    void moneyClaimsMatchByCategoryAndThenByValue() {
        List<Claim> gold = List.of(money("a", "United States", "military aid package", "1850000000", "USD"),
                money("a", "United States", "USAI funding", "850000000", "USD"));
        List<Claim> pred = List.of(money("a", "United States", "funding", "850000000", "USD"),
                money("a", "United States", "military aid", "1850000000", "USD"));
        ClaimScorer.Report r = SCORER.score(gold, pred, List.of(), Map.of());
        assertThat(r.total().fullMatchedGold()).isEqualTo(2);
        assertThat(r.partial()).isEmpty();
    }

    @Test
    void negativeSpansAreCountedAsHitsOrLeftOut() {
        String text = "It can fire up to 40 kilometres. A photo shows 10 tanks.";
        List<ClaimScorer.Negative> neg = List.of(new ClaimScorer.Negative("a", "up to 40 kilometres", "range", "must_not_extract"),
                new ClaimScorer.Negative("a", "10 tanks", "caption", "ignore"),
                new ClaimScorer.Negative("a", "not in the text", "x", "must_not_extract"));
        List<Claim> pred = List.of(claim("a", "X", "pledge", "x", "artillery_generic", 40L, "up_to", 12, 31),
                claim("a", "X", "pledge", "tanks", "main_battle_tank", 10L, "exact", 47, 55));
        ClaimScorer.Report r = SCORER.score(List.of(), pred, neg, Map.of("a", text));
        assertThat(r.mustNotHits()).hasSize(1);
        assertThat(r.mustNotHits().get(0).negative().span()).isEqualTo("up to 40 kilometres");
        assertThat(r.ignored()).hasSize(1);
        assertThat(r.total().predicted()).isEqualTo(1);
        assertThat(r.negativesNotFound()).hasSize(1);
    }

    @Test
    void collectiveAndJointDonorsCompareAsCodes() {
        List<Claim> gold = List.of(claim("a", "NATO allies and partners", "aggregate", "tanks", "main_battle_tank", 230L, "exact", -1, -1));
        List<Claim> pred = List.of(claim("a", "NATO allies", "aggregate", "combat tanks", "main_battle_tank", 230L, "exact", 0, 9));
        assertThat(SCORER.score(gold, pred, List.of(), Map.of()).total().fullPrecision()).isEqualTo(1.0);
    }
}
