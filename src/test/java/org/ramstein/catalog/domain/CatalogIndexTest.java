package org.ramstein.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogIndexTest {

    static CatalogItem item(String id, String name, String category, String... aliases) {
        return new CatalogItem(id, name, category, "armour", "x", List.of(aliases), null, null, true, null);
    }

    static final CatalogIndex INDEX = new CatalogIndex(List.of(
            item("marder-1a3", "Marder 1A3", "infantry_fighting_vehicle", "Marder", "Marder 1"),
            item("leopard-2a6", "Leopard 2A6", "main_battle_tank", "Leo 2A6"),
            item("leopard-2a4", "Leopard 2A4", "main_battle_tank", "Leo 2A4"),
            item("m109", "M109", "self_propelled_artillery", "M109A3GN"),
            item("ammo-155", "155mm artillery ammunition", "ammunition_155mm", "155mm", "155 mm shells"),
            item("bmp-1", "BMP-1", "infantry_fighting_vehicle"),
            item("bmp-1-twin", "BMP-1 twin", "infantry_fighting_vehicle", "Twin BMP"),
            item("hawk", "HAWK", "sam_medium_range", "MIM-23 HAWK"),
            item("bradley", "M2 Bradley", "infantry_fighting_vehicle", "Bradley")));

    @Test
    void findsTheSystemNamedInsideALongerText() {
        assertThat(INDEX.findIn("infantry fighting vehicle MARDER")).map(CatalogItem::id).contains("marder-1a3");
        assertThat(INDEX.findIn("Leopard-2A6")).map(CatalogItem::id).contains("leopard-2a6");
        assertThat(INDEX.findIn("Marder 1A3 (upgraded)")).as("the longest name wins over the shorter alias").map(CatalogItem::id)
                .contains("marder-1a3");
    }

    @Test
    void aGunNamedWithItsCalibreIsNotItsAmmunition() {
        assertThat(INDEX.findIn("M109 A3GM 155mm howitzer")).map(CatalogItem::id).contains("m109");
        assertThat(INDEX.findIn("155mm howitzer")).isEmpty();
        assertThat(INDEX.findIn("155mm artillery rounds")).map(CatalogItem::id).contains("ammo-155");
    }

    @Test
    void wholeWordsOnlyAndNoGuessBetweenTwoEqualMatches() {
        assertThat(INDEX.findIn("Leopardess 2A6000")).isEmpty();
        assertThat(INDEX.findIn("BMP-12 carrier")).as("BMP-1 is not a word of BMP-12").isEmpty();
        assertThat(INDEX.findIn("Leo 2A4 and Leo 2A6 mixed")).as("two systems of the same length: no answer").isEmpty();
        assertThat(INDEX.findIn("")).isEmpty();
        assertThat(INDEX.findIn("S-70 Black Hawk")).as("a helicopter whose name contains another system's").isEmpty();
        assertThat(INDEX.findIn("M-2A3 Bradley")).as("model codes only describe").map(CatalogItem::id).contains("bradley");
        assertThat(INDEX.findIn("HAWK air defence battery")).map(CatalogItem::id).contains("hawk");
    }
}
