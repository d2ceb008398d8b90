package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ramstein.catalog.ReferenceData;

/** Every fixture is a sentence written for the test, each showing one phenomenon. */
class ClaimExtractorTest {

    static final ClaimExtractor EXTRACTOR = new ClaimExtractor(ReferenceData.bundledCatalog(), ReferenceData.bundledDonors());

    static List<Claim> claims(String text) {
        return EXTRACTOR.extract("t.txt", text);
    }

    /** A claim in short: "kind donor | item | quantity qualifier" or "kind donor | value currency qualifier". */
    static String brief(Claim c) {
        String amount = c.value() != null ? c.value().toPlainString() + " " + c.currency()
                : c.quantity() == null ? "-" : c.quantity() + (c.quantityMax() == null ? "" : "-" + c.quantityMax());
        String item = c.value() != null ? "" : c.item() + " | ";
        return c.kind() + " " + c.donor() + " | " + item + amount + " " + c.qualifier() + (c.unit() == null ? "" : " " + c.unit());
    }

    static List<String> briefs(String text) {
        return claims(text).stream().map(ClaimExtractorTest::brief).collect(Collectors.toList());
    }

    @Test
    void aCountedSystemWithItsDonorAndKind() {
        assertThat(briefs("Norway will send 12 Leopard 2 tanks to Ukraine."))
                .containsExactly("pledge Norway | Leopard 2 (unspecified variant) | 12 exact");
        assertThat(briefs("Poland has delivered 14 Krab howitzers, the defence ministry said."))
                .containsExactly("delivery Poland | AHS Krab | 14 exact");
        assertThat(briefs("Around 40 Swedish CV90s are en route to Ukraine.")).containsExactly("delivery Sweden | CV90 | 40 about");
    }

    @Test
    void evidenceAndOffsetsPointIntoTheText() {
        String text = "Officials said Greece will hand over up to 20 BMP-1 vehicles.";
        Claim c = claims(text).get(0);
        assertThat(c.evidence()).isEqualTo("up to 20 BMP-1 vehicles");
        assertThat(text.substring(c.start(), c.end())).isEqualTo(c.evidence());
        assertThat(c.qualifier()).isEqualTo("up_to");
        assertThat(c.category()).isEqualTo("infantry_fighting_vehicle");
        assertThat(c.rule()).isEqualTo("system-count");
        assertThat(c.confidence()).isBetween(0.0, 1.0);
    }

    @Test
    void rangesWordsAndVagueAmounts() {
        assertThat(briefs("Germany pledged between 20 and 30 Gepard anti-aircraft guns."))
                .containsExactly("pledge Germany | Gepard | 20-30 range");
        assertThat(briefs("Italy will supply 5-6 FH70 guns.")).containsExactly("pledge Italy | FH70 | 5-6 range");
        assertThat(briefs("Thirty-five Bradleys will be delivered by Washington.")).containsExactly("pledge United States | M2 Bradley | 35 exact");
        List<Claim> vague = claims("Denmark will give dozens of Piorun launchers.");
        assertThat(vague).extracting(ClaimExtractorTest::brief).containsExactly("pledge Denmark | Piorun | - unspecified");
        assertThat(vague.get(0).quantityText()).isEqualTo("dozens");
    }

    @Test
    void roundsOfAmmunitionAndMunitionsForASystem() {
        assertThat(briefs("The package includes 30,000 rounds of 155mm ammunition and more munitions for HIMARS."))
                .containsExactly("pledge null | 155mm artillery ammunition | 30000 exact rounds", "pledge null | HIMARS munitions | - unspecified");
    }

    @Test
    void jointAndCollectiveDonors() {
        assertThat(briefs("The Netherlands and Denmark will jointly donate 14 Leopard 2A4 tanks."))
                .containsExactly("pledge Netherlands; Denmark | Leopard 2A4 | 14 exact");
        assertThat(briefs("Allies have sent more than 300 tanks to Ukraine so far."))
                .containsExactly("aggregate NATO allies | tanks | 300 more_than");
        assertThat(briefs("Allies have delivered 90% of the vehicles pledged."))
                .containsExactly("aggregate NATO allies | share of pledged vehicles | 90 exact percent");
        assertThat(briefs("Allies will equip three new mechanised brigades.")).isEmpty(); // not a class of equipment by itself
        assertThat(briefs("Partners will equip four new armoured brigades.")).containsExactly("aggregate null | armoured brigades | 4 exact");
    }

    @Test
    void money() {
        assertThat(briefs("Canada will provide C$500 million in military aid.")).containsExactly("money Canada | 500000000 CAD exact");
        assertThat(briefs("Australia announced a further $100 million package for Ukraine."))
                .containsExactly("money Australia | 100000000 $ exact");
        assertThat(briefs("The US said it would send nearly $2 billion in weapons.")).containsExactly("money United States | 2000000000 USD about");
        assertThat(briefs("In total, Norway has committed NOK 10 billion since 2022.")).containsExactly("aggregate Norway | 10000000000 NOK exact");
        assertThat(briefs("Sweden will give 3 billion Swedish kronor ($290 million) in aid.")).containsExactly("money Sweden | 3000000000 SEK exact");
        assertThat(briefs("Britain will spend £100m more than last year.")).isEmpty();
        assertThat(briefs("Germany will also give €50 million for humanitarian aid.")).isEmpty();
    }

    @Test
    void whatIsNoClaim() {
        assertThat(briefs("Italy has yet to commit to sending SAMP/T systems to Ukraine.")).isEmpty();
        assertThat(briefs("Its new howitzer can hit targets up to 30 kilometres away, and Finland will send it.")).isEmpty();
        assertThat(briefs("Poland has 250 T-72 tanks in its inventory, the ministry said in a report on aid.")).isEmpty();
        assertThat(briefs("This is the country's 12th aid package for Ukraine.")).isEmpty();
        assertThat(briefs("Spain sent four Hawk launchers to Greece last year.")).isEmpty();
        assertThat(briefs("The tank has a crew of four and Russian strikes killed 12 civilians, officials said as Germany pledged aid.")).isEmpty();
        assertThat(briefs("Kyiv has asked for 100 more Leopard 2 tanks.")).isEmpty();
        assertThat(briefs("Twenty Ukrainian soldiers completed tank training in Portugal.")).isEmpty();
        assertThat(briefs("Estonia will send shells to refurbish 50 Ukrainian tanks.")).isEmpty();
        assertThat(briefs("The US will send Stinger missiles to protect against cruise missiles."))
                .containsExactly("pledge United States | Stinger | - unspecified");
    }

    @Test
    void aClassWordReferringBackTakesTheSystemNamedBefore() {
        assertThat(briefs("Slovakia promised 13 MiG-29 jets. Ukraine has received nine more planes."))
                .containsExactly("pledge Slovakia | MiG-29 | 13 exact", "delivery Slovakia | MiG-29 | 9 exact");
        assertThat(briefs("Croatia sent 14 Mi-8 helicopters. Croatia also sent 30 tanks.")).contains("delivery Croatia | tanks | 30 exact");
    }

    @Test
    void aClassWithoutANumberYieldsToTheSystemsItIntroduces() {
        assertThat(briefs("Poland will send armoured vehicles: 60 PT-91 tanks and 30 BMP-1s."))
                .containsExactly("pledge Poland | PT-91 Twardy | 60 exact", "pledge Poland | BMP-1 | 30 exact");
    }

    @Test
    void listItemsTakeTheirKindFromTheirIntroduction() {
        assertThat(briefs("Latvia said the new package contains:\n- 6 M109 howitzers\n- 20 000 rounds of 155mm ammunition\n"))
                .containsExactly("pledge Latvia | M109 | 6 exact", "pledge Latvia | 155mm artillery ammunition | 20000 exact rounds");
    }

    @Test
    void repeatedMentionsOfOneFactAreOneClaim() {
        assertThat(briefs("Portugal sends Leopard tanks\n\nPortugal will send three Leopard 2A6 tanks. The Leopard 2A6 tanks will arrive soon."))
                .containsExactly("pledge Portugal | Leopard 2A6 | 3 exact");
        assertThat(briefs("Norway will give a NASAMS battery. Norway confirmed two NASAMS for Ukraine will follow."))
                .containsExactly("pledge Norway | NASAMS | 2 exact");
    }

    @Test
    void aRunningTotalAndACountWithoutAName() {
        assertThat(briefs("Sweden will send 4 more Archer systems, bringing the total to 12."))
                .containsExactly("pledge Sweden | Archer | 4 exact", "pledge Sweden | Archer | 12 exact");
    }

    @Test
    void partsOfAWholeModelsTheCatalogueDoesNotKnowAndGoodsInTransit() {
        assertThat(briefs("Germany said one of the two IRIS-T systems has been handed over."))
                .containsExactly("delivery Germany | IRIS-T SLM | 1 exact", "pledge Germany | IRIS-T SLM | 2 exact");
        assertThat(briefs("France will send 40 Leclerc tanks.")).containsExactly("pledge France | Leclerc tanks | 40 exact");
        assertThat(briefs("A fourth batch of 600 Brimstone missiles from Britain is on its way."))
                .containsExactly("delivery United Kingdom | Brimstone | 600 exact");
        assertThat(briefs("Twelve AS90 guns are being refurbished in Britain before they are sent."))
                .containsExactly("pledge null | AS-90 | 12 exact");
    }

    @Test
    void theOtherSidesEquipmentHesitationsAndCaptionsAreNoClaims() {
        assertThat(briefs("Russia has deployed 40 T-90 tanks near the front, officials said.")).isEmpty();
        assertThat(briefs("Berlin is considering sending Taurus cruise missiles.")).isEmpty();
        assertThat(briefs("Photo: A soldier fires a Caesar howitzer supplied by France.\n\nFrance has sent 30 Caesar howitzers."))
                .containsExactly("delivery France | Caesar | 30 exact");
    }

    @Test
    void aTotalCommittedToDateIsAnAggregate() {
        assertThat(briefs("Canberra has now committed around A$790 million in military assistance."))
                .containsExactly("aggregate Australia | 790000000 AUD about");
        assertThat(briefs("Since 2022, Sweden has committed a new SEK 7 billion package.")).containsExactly("money Sweden | 7000000000 SEK exact");
    }

    @Test
    void aCountWithItsNameLeftOutCountsTheSystemJustNamed() {
        assertThat(briefs("Portugal sent three Leopard 2A6 tanks to Ukraine, while Spain sent six."))
                .containsExactly("delivery Portugal | Leopard 2A6 | 3 exact", "delivery Spain | Leopard 2A6 | 6 exact");
        assertThat(briefs("Poland has delivered 18 Krab howitzers and will send a further 42 under a contract financed by the EU."))
                .containsExactly("delivery Poland | AHS Krab | 18 exact", "pledge Poland | AHS Krab | 42 exact");
    }

    @Test
    void aRunningTotalOfMoneyAndABlockedSum() {
        assertThat(briefs("EU ministers agreed to add EUR 500 million to the European Peace Facility, bringing the total for Ukraine to EUR 2.5 billion."))
                .containsExactly("money European Union | 500000000 EUR exact", "aggregate European Union | 2500000000 EUR exact");
        assertThat(briefs("Hungary blocked a further EUR 500 million for Ukraine.")).isEmpty();
        assertThat(briefs("The EU will allocate a total of EUR 1 billion for shells.")).containsExactly("money European Union | 1000000000 EUR exact");
    }

    @Test
    void aSumForReconstructionIsNoMilitaryAidInTheBodyNorInTheHeadline() {
        assertThat(briefs("Japan pledges $4.5 billion\n\nJapan will provide $4.5 billion in support, mostly for reconstruction and humanitarian needs."))
                .isEmpty();
    }

    @Test
    void moreOfAClassWithoutANumberAndOneWithAnOrdinal() {
        assertThat(briefs("The ministers pledged to send more air defence systems to Ukraine.")).isEmpty();
        assertThat(briefs("Germany has handed over a third IRIS-T SLM system.")).containsExactly("delivery Germany | IRIS-T SLM | 1 exact");
        assertThat(briefs("Japan has supplied 100 military trucks.")).containsExactly("delivery Japan | military trucks | 100 exact");
        assertThat(briefs("Half of the 80 Leopard 1 tanks promised by Denmark have now arrived."))
                .containsExactly("delivery Denmark | Leopard 1A5 | 40 exact", "pledge Denmark | Leopard 1A5 | 80 exact");
    }

    @Test
    void partsOfASumCountsAfterANameQuestionsAndThreatsInAList() {
        assertThat(briefs("The US announced $2.6 billion in aid. Of the total, $500 million comes from Pentagon stocks."))
                .containsExactly("money United States | 2600000000 USD exact", "money United States | 500000000 USD exact");
        assertThat(briefs("Germany listed the Leopard 2A6, 18 of which were handed over in March."))
                .containsExactly("delivery Germany | Leopard 2A6 | 18 exact");
        assertThat(briefs("Officials would not say how many of its 36 M109 howitzers Norway had sent.")).isEmpty();
        assertThat(briefs("Still to come from Germany are 10 more Leopard 1A5s.")).containsExactly("pledge Germany | Leopard 1A5 | 10 exact");
        assertThat(briefs("Spain will send a system to protect cities against aircraft, drones, cruise missiles and ballistic missiles.")).isEmpty();
    }

    @Test
    void arrivalsPlacesElsewhereComparisonsAndHeadlines() {
        assertThat(briefs("Wallace told parliament that Storm Shadow missiles from Britain are now in Ukraine."))
                .containsExactly("delivery United Kingdom | Storm Shadow | - unspecified");
        assertThat(briefs("The Netherlands delivered 18 F-16 jets to a training centre in Romania.")).isEmpty();
        assertThat(briefs("So far Britain has supplied some £4.6 billion in military aid, second only to the United States."))
                .containsExactly("aggregate United Kingdom | 4600000000 GBP about");
        assertThat(briefs("The total value of Estonian military aid exceeds EUR 400 million."))
                .containsExactly("aggregate Estonia | 400000000 EUR more_than");
        assertThat(briefs("Portugal and Spain pledge Leopards\n\nPortugal will send three Leopard 2A6 tanks."))
                .containsExactly("pledge Portugal | Leopard 2A6 | 3 exact");
    }

    @Test
    void aBareClassCountTakesTheOneSystemOfItsClassTheTextNames() {
        assertThat(briefs("Denmark will give 19 F-16 jets. The Netherlands has pledged 42 jets."))
                .containsExactly("pledge Denmark | F-16 | 19 exact", "pledge Netherlands | F-16 | 42 exact");
        assertThat(briefs("Poland sent T-72 tanks and PT-91 tanks. The Czech Republic has supplied 89 tanks."))
                .contains("delivery Czech Republic | tanks | 89 exact");
        assertThat(briefs("Paris has delivered about 30 Caesar systems so far, and six more are expected."))
                .containsExactly("delivery France | Caesar | 30 about", "pledge France | Caesar | 6 exact");
        assertThat(briefs("France will equip and train a full Ukrainian brigade.")).containsExactly("aggregate France | brigade | 1 exact");
    }

    @Test
    void aListLineMayGiveItsCountAfterAColon() {
        assertThat(briefs("Germany: equipment in preparation\n\n- Leopard 1 A5 main battle tanks: 80 (in preparation)\n- Patriot air defence systems: 2\n"))
                .containsExactly("pledge Germany | Leopard 1A5 | 80 exact", "pledge Germany | Patriot | 2 exact");
        // a colon inside a sentence introduces, it does not count
        assertThat(briefs("Germany sent these tanks: Leopard 2 and Leopard 1.")).noneMatch(b -> b.contains(" 2 exact"));
    }

    @Test
    void anEstimateIsAbout() {
        assertThat(briefs("Overall, EU military support to Ukraine is estimated at EUR 28 billion."))
                .containsExactly("aggregate European Union | 28000000000 EUR about");
    }

    @Test
    void aTextThatDeclaresItsDollarsResolvesTheBareSign() {
        assertThat(briefs("Canada has pledged $500 million in military aid to Ukraine.\n\nAll amounts are in Canadian dollars."))
                .containsExactly("money Canada | 500000000 CAD exact");
        assertThat(briefs("Canada has pledged $500 million in military aid to Ukraine.")).containsExactly("money Canada | 500000000 $ exact");
    }

    @Test
    void aRelativeClauseGivesToTheNameItFollows() {
        assertThat(briefs("The donation was coordinated with the Netherlands, which is sending two Patriot launchers."))
                .containsExactly("pledge Netherlands | Patriot | 2 exact");
    }

    @Test
    void aSentenceDescribingOneSystemClaimsNothing() {
        assertThat(briefs("A SAMP/T battery includes up to six launchers and can engage targets at 100 kilometres.")).isEmpty();
        assertThat(briefs("Each Patriot battery has eight launchers.")).isEmpty();
        assertThat(briefs("France will send a SAMP/T battery.")).containsExactly("pledge France | SAMP/T | 1 exact");
    }

    @Test
    void aFundLedByAnotherCountryStillReceivesTheDonorsMoney() {
        assertThat(briefs("Norway contributes NOK 1.6 billion to the Czech-led initiative."))
                .containsExactly("money Norway | 1600000000 NOK exact");
        assertThat(briefs("Norway will give NOK 1.6 billion to Poland.")).isEmpty();
    }

    @Test
    void theDeliveryOfACountIsADeliveryTheApprovalOfOneIsNot() {
        assertThat(briefs("It follows the delivery earlier this year of 10 M113 armoured personnel carriers from Lithuania."))
                .containsExactly("delivery Lithuania | M113 | 10 exact");
        assertThat(briefs("Bulgaria's parliament approved the delivery of about 100 armoured personnel carriers to Ukraine."))
                .noneMatch(b -> b.startsWith("delivery"));
    }

    @Test
    void ammunitionForACalibredSystemIsNotTheSystem() {
        assertThat(briefs("Lithuania has handed over ammunition for 40 mm Bofors anti-aircraft guns."))
                .containsExactly("delivery Lithuania | Bofors L-70 ammunition | - unspecified");
    }

    @Test
    void donorsWhoEachGiveACountGiveItEach() {
        assertThat(briefs("Denmark and Sweden will each send 20 CV90 vehicles."))
                .containsExactlyInAnyOrder("pledge Denmark | CV90 | 20 exact", "pledge Sweden | CV90 | 20 exact");
        assertThat(briefs("Denmark and Sweden will send 20 CV90 vehicles.")).containsExactly("pledge Denmark; Sweden | CV90 | 20 exact");
    }

    @Test
    void aPartnerBelongsToItsOwnClause() {
        assertThat(briefs("Sweden has donated 50 CV90 vehicles, and Denmark has provided 100 Leopard 1 tanks together with Germany."))
                .containsExactly("delivery Sweden | CV90 | 50 exact", "delivery Denmark; Germany | Leopard 1A5 | 100 exact");
    }

    @Test
    void whatOneSystemCostsIsNoSumGiven() {
        assertThat(briefs("A Patriot battery costs about $1 billion, including missiles.")).isEmpty();
        assertThat(briefs("Each Patriot interceptor costs roughly $4 million, analysts estimate.")).isEmpty();
    }

    @Test
    void whatIsForSaleOnTheMarketIsNotGiven() {
        assertThat(briefs("The Czech Republic identified 800,000 rounds of artillery ammunition on the world market.")).isEmpty();
    }

    @Test
    void aPastYearsSumAndAPartOfATotalAreTotals() {
        assertThat(briefs("Its support this year will match the £2.3 billion given in 2022, the United Kingdom said."))
                .containsExactly("aggregate United Kingdom | 2300000000 GBP exact");
        assertThat(briefs("Australia's total contribution is valued at approximately A$475 million, including A$388 million in military assistance."))
                .containsExactly("aggregate Australia | 475000000 AUD about", "aggregate Australia | 388000000 AUD exact");
    }

    @Test
    void aSpeakersNationIsTheTextsDonor() {
        assertThat(briefs("Speech by the Czech Prime Minister - 21 May 2024\n\nOur army gave Ukraine 20 tanks in the first months of the war."))
                .containsExactly("delivery Czech Republic | tanks | 20 exact");
    }

    @Test
    void bombsCountedAreGuidedBombsBombsUncountedAreNothing() {
        assertThat(briefs("France would send hundreds of bombs each month.")).containsExactly("pledge France | bombs | - unspecified");
        assertThat(briefs("France would send bombs.")).isEmpty();
        assertThat(briefs("France would send \"hundreds\" of bombs each month.")).containsExactly("pledge France | bombs | - unspecified");
    }

    @Test
    void whatADonorGetsBackInASwapAndWhatWasBoughtBeforeTheWarAreNoAid() {
        assertThat(briefs("Greece will send 40 BMP-1 vehicles to Ukraine and receive 40 Marder vehicles in return."))
                .containsExactly("pledge Greece | BMP-1 | 40 exact");
        assertThat(briefs("Germany will give 40 Marders to Greece, with Athens handing Ukraine 40 BMP-1 vehicles in return."))
                .contains("pledge Greece | BMP-1 | 40 exact");
        assertThat(briefs("Ukraine's armed forces had already received around 20 Bayraktar TB2 drones from Turkey before the war.")).isEmpty();
    }

    @Test
    void whatHasReachedUkraineIsDeliveredWhatWillReachItIsPromised() {
        assertThat(briefs("Germany says 10 tanks have reached Ukraine.")).containsExactly("delivery Germany | tanks | 10 exact");
        assertThat(briefs("Germany says 10 tanks will reach Ukraine in March.")).containsExactly("pledge Germany | tanks | 10 exact");
        assertThat(briefs("Germany says deliveries have reached 1,000 shells a month.")).noneMatch(b -> b.startsWith("delivery"));
    }

    @Test
    void anAdjectiveOfKindBetweenTheCountAndTheNameKeepsTheCount() {
        assertThat(briefs("Poland will send 30 heavy tanks.")).containsExactly("pledge Poland | heavy tanks | 30 exact");
        assertThat(briefs("The allies will send four additional strategic air defence systems."))
                .containsExactly("aggregate NATO allies | air defence systems | 4 exact");
    }
}
