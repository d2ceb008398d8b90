package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ramstein.catalog.domain.CatalogItem;

class ItemLexiconTest {

    static CatalogItem item(String id, String name, String category, String... aliases) {
        return new CatalogItem(id, name, category, null, null, List.of(aliases), null, null, true, null);
    }

    static final ItemLexicon LEXICON = new ItemLexicon(List.of(
            item("marder", "Marder 1A3", "infantry_fighting_vehicle", "Marder", "Marders"),
            item("patriot", "Patriot", "sam_long_range", "Patriot battery"),
            item("cv90", "CV90", "infantry_fighting_vehicle", "CV-90"),
            item("amx", "AMX-10 RC", "armoured_fighting_vehicle", "AMX-10RC"),
            item("mig", "MiG-29", "fighter_aircraft", "MiG 29"),
            item("harm", "AGM-88 HARM", "air_launched_missile", "HARM"),
            item("ammo155", "155mm artillery ammunition", "ammunition_155mm", "155mm", "155 mm"),
            item("mortar120", "120mm mortar ammunition", "ammunition_120mm_mortar", "120mm mortar rounds"),
            item("money", "Funding", "funding", "financial support")));

    private static String catalog(String text) {
        List<Token> t = Tokenizer.tokenize(text);
        for (int i = 0; i < t.size(); i++) {
            ItemLexicon.CatalogMatch m = LEXICON.catalogAt(t, i, t.size());
            if (m != null) return m.item().id() + (m.plural() ? "+s" : "") + "@" + text.substring(t.get(m.from()).start(), t.get(m.to() - 1).end());
        }
        return null;
    }

    @Test
    void namesAndAliasesAsWholeWordsWithPluralsAndHyphensComingAndGoing() {
        assertThat(catalog("40 German Marders")).isEqualTo("marder@Marders");
        assertThat(catalog("one Patriot battery")).isEqualTo("patriot@Patriot battery");
        assertThat(catalog("sending Patriots")).isEqualTo("patriot+s@Patriots");
        assertThat(catalog("Fifty CV 90 vehicles")).isEqualTo("cv90@CV 90");
        // a calibre glued or spaced: "120mm mortar rounds" is also "120 mm mortar rounds"
        assertThat(catalog("3,000 120 mm mortar rounds")).isEqualTo("mortar120@120 mm mortar rounds");
        assertThat(catalog("French AMX-10 RCs")).isEqualTo("amx+s@AMX-10 RCs");
        assertThat(catalog("13 MiG-29s")).isEqualTo("mig+s@MiG-29s");
        assertThat(catalog("MIG-29 fighter jets")).isEqualTo("mig@MIG-29");
    }

    @Test
    void oneOrdinaryWordOnlyAsTheCatalogueSpellsIt() {
        assertThat(catalog("a patriot at heart")).isNull();
        assertThat(catalog("to cause harm")).isNull();
        assertThat(catalog("HARM missiles")).isEqualTo("harm@HARM");
        assertThat(catalog("PATRIOT systems")).isEqualTo("patriot@PATRIOT");
    }

    @Test
    void fundingIsNoSystemAndAGunNamedByItsCalibreIsNotItsAmmunition() {
        assertThat(catalog("financial support")).isNull();
        List<Token> t = Tokenizer.tokenize("155mm guns and 155mm shells");
        assertThat(ItemLexicon.namesAGun(t, 1, t.size())).isTrue();
        assertThat(ItemLexicon.namesAGun(t, 4, t.size())).isFalse();
    }

    private static String cls(String text) {
        List<Token> t = Tokenizer.tokenize(text);
        for (int h = t.size() - 1; h >= 0; h--) {
            ItemLexicon.ClassMatch m = LEXICON.classAt(t, h, 0, t.size());
            if (m != null) return m.cls().category() + "@" + text.substring(t.get(m.from()).start(), t.get(h).end());
        }
        return null;
    }

    @Test
    void classesByHeadAndModifiers() {
        assertThat(cls("1,550 armored vehicles")).isEqualTo("armoured_vehicle_generic@armored vehicles");
        assertThat(cls("with armoured recovery and repair vehicles")).isEqualTo("armoured_recovery_vehicle@armoured recovery and repair vehicles");
        assertThat(cls("nine new armored brigades")).isEqualTo("unit_formation@armored brigades");
        assertThat(cls("Dozens more uncrewed aerial systems")).isEqualTo("uav@uncrewed aerial systems");
        assertThat(cls("sending anti-aircraft defense systems")).isEqualTo("air_defense_generic@anti-aircraft defense systems");
        assertThat(cls("medium range air defence missiles")).isEqualTo("air_defense_munition@medium range air defence missiles");
        assertThat(cls("precision guided bombs")).isEqualTo("guided_bomb@precision guided bombs");
        assertThat(cls("100,000 artillery rounds")).isEqualTo("ammunition_artillery_unspecified@artillery rounds");
        assertThat(cls("light tanks")).isEqualTo("armoured_fighting_vehicle@light tanks");
        assertThat(cls("230 combat tanks")).isEqualTo("main_battle_tank@combat tanks");
    }

    @Test
    void aWordBeforeAnotherNounIsNoHeadAndSomeClassesAreNoAid() {
        assertThat(cls("completed tank training")).isNull();
        assertThat(cls("new air defence equipment")).isNull();
        assertThat(cls("machine guns")).startsWith("null@");
        List<Token> t = Tokenizer.tokenize("long-range missiles, air defence and artillery shells");
        ItemLexicon.ClassMatch shells = LEXICON.classAt(t, t.size() - 1, 0, t.size());
        assertThat(shells.cls().category()).isEqualTo("ammunition_artillery_unspecified");
        assertThat(t.get(shells.from()).text()).isEqualTo("artillery");
        ItemLexicon.ClassMatch defence = LEXICON.classAt(t, 6, 0, t.size());
        assertThat(defence.cls().category()).isEqualTo("air_defense_generic");
    }
}
