package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;
import static org.ramstein.extract.domain.ClaimExtractorTest.claims;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Who gives, what kind, and what a bare number refers to, across clauses and sentences. Every fixture is a sentence
 * written for the test, each showing one phenomenon.
 */
class ClauseAndReferenceRulesTest {

    @Test
    void theCountryABuyerBuysFromIsTheSellerNotTheDonor() {
        assertThat(briefs("Canada will buy a NASAMS from the United States and donate it to Ukraine."))
                .containsExactly("pledge Canada | NASAMS | 1 exact");
        assertThat(briefs("Ukraine received the NASAMS from the United States."))
                .containsExactly("delivery United States | NASAMS | - unspecified");
    }

    @Test
    void whoeverPaysForSystemsGivesThem() {
        assertThat(briefs("Slovakia sold Ukraine 16 Zuzana 2 howitzers paid for by Denmark, Germany and Norway."))
                .singleElement().asString().startsWith("pledge Denmark; Germany; Norway | Zuzana 2 | 16 exact");
        assertThat(briefs("France will deliver 78 Caesar howitzers this year. Six of them will be financed by France."))
                .containsExactly("pledge France | Caesar | 78 exact", "pledge France | Caesar | 6 exact");
    }

    @Test
    void insteadGivesTheAlternativeOnlyInsteadOfWithholds() {
        assertThat(briefs("Instead, Germany will send Ukraine a fourth IRIS-T SLM system and a further Patriot system."))
                .containsExactly("pledge Germany | IRIS-T SLM | 1 exact", "pledge Germany | Patriot | 1 exact");
        assertThat(briefs("Germany will train crews instead of sending 10 Leopard 2 tanks.")).isEmpty();
    }

    @Test
    void aPresentProgressiveAnnouncesAndASecondPredicateKeepsItsOwnKind() {
        assertThat(briefs("Canada is also sending 200 Senator armoured personnel carriers, which it ordered in November, "
                + "and has delivered four M777 howitzers."))
                .containsExactly("pledge Canada | Roshel Senator | 200 exact", "delivery Canada | M777 | 4 exact");
    }

    @Test
    void aLateVerbStillGovernsTheSubjectOfAThatClause() {
        assertThat(briefs("He added that 20,000 rounds of 155 mm artillery ammunition from an industry order were on their way."))
                .singleElement().asString().startsWith("delivery");
    }

    @Test
    void aDonorsOwnFleetAndWhatItKeepsAreNoGifts() {
        assertThat(briefs("Belgium will give Ukraine 30 F-16s from Belgium's fleet of 53 F-16s."))
                .containsExactly("pledge Belgium | F-16 | 30 exact");
        assertThat(briefs("Germany will send another Patriot system. After this donation it will have nine, two of them stationed in Poland."))
                .containsExactly("pledge Germany | Patriot | 1 exact");
    }

    @Test
    void whereSomeoneStandsIsAScene() {
        assertThat(briefs("\"We took the decision,\" Frederiksen said, standing in front of one of the jets.")).isEmpty();
        assertThat(briefs("The minister announced the gift next to a Leopard 2 tank.")).isEmpty();
    }

    @Test
    void ukraineDoingSomethingOtherThanReceivingIsNoGift() {
        assertThat(briefs("Sweden decided to wait with the donation of Gripen fighter jets so that Ukraine can focus on introducing the F-16."))
                .isEmpty();
        assertThat(briefs("Norway will send F-16s so that Ukraine can receive the first jets this year."))
                .containsExactly("pledge Norway | F-16 | - unspecified");
    }

    @Test
    void aScheduleOfBareNumbersCountsTheSystemNamedBefore() {
        assertThat(briefs("Denmark will give Ukraine 19 F-16 fighter jets. The first six are expected to be handed over around New Year, "
                + "another eight in 2024 and the last five in 2025."))
                .containsExactly("pledge Denmark | F-16 | 19 exact", "pledge Denmark | F-16 | 6 exact", "pledge Denmark | F-16 | 8 exact",
                        "pledge Denmark | F-16 | 5 exact");
        // another paragraph speaks of something else
        assertThat(briefs("Denmark will give Ukraine 19 F-16 fighter jets.\n\nThe first six are expected around New Year.")).hasSize(1);
    }

    @Test
    void theWholeADonorPromisedIsAPledgeOfTheSystemJustCounted() {
        assertThat(briefs("Slovakia handed over four MiG-29 fighter jets, part of the 13 it promised in March."))
                .containsExactly("delivery Slovakia | MiG-29 | 4 exact", "pledge Slovakia | MiG-29 | 13 exact");
    }

    @Test
    void aCommaAndBeforeANewSubjectEndsTheDonorList() {
        assertThat(briefs("Ukraine received the first Leopard 2 tanks from Poland and Germany, and Slovakia handed over four MiG-29 jets."))
                .containsExactly("delivery Poland; Germany | Leopard 2 (unspecified variant) | - unspecified",
                        "delivery Slovakia | MiG-29 | 4 exact");
    }

    @Test
    void aRunningTotalOfSeveralDonorsIsAnAggregateOfAllOfThem() {
        assertThat(briefs("Romania will donate a Patriot system. Germany and the Netherlands have also pledged Patriot systems this year, "
                + "bringing the total of new Patriot systems promised to Ukraine to four."))
                .contains("aggregate Romania; Germany; Netherlands | Patriot | 4 exact");
    }

    @Test
    void theSameSumAsAPledgeAndAsAYearlyTotalIsTwoFacts() {
        assertThat(briefs("Allies agreed a minimum baseline of 40 billion euros within the next year. "
                + "Since 2022 allies have provided around 40 billion euros in military support every year."))
                .hasSize(2);
    }

    @Test
    void nonLethalEquipmentIsStillMilitaryAid() {
        assertThat(briefs("Japan will provide Ukraine with $30 million worth of non-lethal military equipment."))
                .containsExactly("money Japan | 30000000 USD exact");
        assertThat(briefs("Japan will provide Ukraine with $470 million in non-military aid.")).isEmpty();
    }

    @Test
    void munitionsNamedAfterASystemAreThatSystemsMunitions() {
        assertThat(briefs("The United States has committed 3 Patriot air defense batteries and munitions."))
                .containsExactly("pledge United States | Patriot | 3 exact", "pledge United States | Patriot munitions | - unspecified");
    }

    @Test
    void aFormationAfterAnInfinitiveIsAPurposeNotACount() {
        assertThat(briefs("Portugal will send three Leopard 2A6 tanks, as part of the effort to equip a Ukrainian tank battalion."))
                .containsExactly("pledge Portugal | Leopard 2A6 | 3 exact");
    }

    @Test
    void anArrivalWhoseDonorIsGuessedYieldsToTheSameArrivalWithItsDonors() {
        assertThat(briefs("The first Patriot systems have arrived in Ukraine, the minister said. \"Today our Patriot systems arrived,\" "
                + "he wrote, thanking the United States, Germany and the Netherlands."))
                .containsExactly("delivery United States; Germany; Netherlands | Patriot | - unspecified");
    }

    @Test
    void aPurchaseFromASellerWithNothingForUkraineIsTheBuyersOwn() {
        assertThat(briefs("Poland has sent 250 T-72 tanks. It is buying 250 Abrams tanks from the United States."))
                .containsExactly("delivery Poland | T-72M1 | 250 exact");
        assertThat(briefs("Germany ordered 18 RCH 155 howitzers from KNDS for Ukraine."))
                .containsExactly("pledge Germany | RCH 155 | 18 exact");
        assertThat(briefs("Norway will give Ukraine six F-16s. The jets retired when the air force moved to the F-35, of which Norway has ordered 52."))
                .containsExactly("pledge Norway | F-16 | 6 exact");
        assertThat(briefs("Romania will donate a Patriot system. It has four in service and three more on order."))
                .containsExactly("pledge Romania | Patriot | 1 exact");
    }

    @Test
    void whatAnotherCountryIsSuppliedWithInASwapIsNotForUkraine() {
        assertThat(briefs("Slovenia will send 28 M-55S tanks to Ukraine, and in return Germany will supply Slovenia with 35 heavy military trucks."))
                .containsExactly("pledge Slovenia | M-55S | 28 exact");
    }

    @Test
    void allADonorHasIsAnUncountedGift() {
        assertThat(briefs("Denmark has decided to donate its entire artillery to Ukraine."))
                .containsExactly("pledge Denmark | artillery | - unspecified");
        assertThat(briefs("Sweden will also donate all of its Pbv 302 armoured personnel carriers."))
                .containsExactly("pledge Sweden | Pbv 302 | - unspecified");
    }

    @Test
    void whatIsStillBeingBuiltIsPromisedNotDelivered() {
        assertThat(briefs("Canada has provided eight M777 howitzers and 200 Senator armoured vehicles, which are still being built."))
                .containsExactly("delivery Canada | M777 | 8 exact", "pledge Canada | Roshel Senator | 200 exact");
    }

    @Test
    void namesJoinedByAndShareTheDonorNamedAfterThem() {
        assertThat(briefs("Ukraine has received Challenger 2 tanks from the United Kingdom, Stryker and Cougar vehicles from the United States."))
                .containsExactly("delivery United Kingdom | Challenger 2 | - unspecified", "delivery United States | Stryker | - unspecified",
                        "delivery United States | Cougar | - unspecified");
    }

    @Test
    void aNameInBracketsNamesTheSameSystemMorePrecisely() {
        assertThat(briefs("Sweden has promised 10 Leopard 2 tanks (Strv 122)."))
                .containsExactly("pledge Sweden | Stridsvagn 122 | 10 exact");
    }

    @Test
    void aSumRaisedToANewLevelAndAPartOfATotalAreTotals() {
        assertThat(briefs("The UK announced £500 million in additional funding, taking its military support this year to £3 billion."))
                .containsExactly("money United Kingdom | 500000000 GBP exact", "aggregate United Kingdom | 3000000000 GBP exact");
        assertThat(briefs("Since February 2022 the UK has committed £12.5 billion in support, of which £7.6 billion is military aid."))
                .containsExactly("aggregate United Kingdom | 12500000000 GBP exact", "aggregate United Kingdom | 7600000000 GBP exact");
        assertThat(briefs("Denmark has earmarked 8.5 billion Danish kroner this year for its Ukraine fund."))
                .containsExactly("money Denmark | 8500000000 DKK exact");
    }

    @Test
    void thanksToPartnersNameTheDonorsAsAWhole() {
        assertThat(briefs("The ministry thanked partners for more than 500 air defence missiles received this spring."))
                .containsExactly("aggregate NATO allies and partners | air defence missiles | 500 more_than");
    }

    @Test
    void systemsAtTheFrontAreDelivered() {
        assertThat(briefs("Sweden's CV90s are already at the front.")).containsExactly("delivery Sweden | CV90 | - unspecified");
    }

    @Test
    void aSumGivenAlreadyIsATotalToDateUnlessAnEarlierClauseSaysSo() {
        assertThat(briefs("Ottawa has already given C$2.4 billion in military aid."))
                .containsExactly("aggregate Canada | 2400000000 CAD exact");
        assertThat(briefs("Denmark has already supplied Harpoon missiles, and this month it pledged DKK 1 billion to the fund."))
                .contains("money Denmark | 1000000000 DKK exact");
    }

    @Test
    void aSentenceMayOpenWithACountOfMore() {
        assertThat(briefs("Ukraine has received the first Leopard 1A5 tanks from Denmark and Germany. Ten more are expected by the end of the month."))
                .containsExactly("delivery Denmark; Germany | Leopard 1A5 | - unspecified", "pledge Denmark; Germany | Leopard 1A5 | 10 exact");
    }

    @Test
    void whatADonorWillAddIsPromised() {
        assertThat(briefs("Germany has supplied three IRIS-T SLM systems. This year we will add six more IRIS-T SLM systems."))
                .containsExactly("delivery Germany | IRIS-T SLM | 3 exact", "pledge Germany | IRIS-T SLM | 6 exact");
    }

    @Test
    void whatOthersOwnAndWhatWouldHappenAreNoGifts() {
        assertThat(briefs("If European armies gave even a tenth of the roughly 2,000 Leopard 2s they own, Ukraine would have many tanks."))
                .isEmpty();
    }

    @Test
    void classesASumIsMeantToDeliverAreItsPurpose() {
        assertThat(briefs("Canada will contribute C$33 million to a UK-led partnership to deliver air defence systems to Ukraine."))
                .containsExactly("money Canada | 33000000 CAD exact");
    }

    @Test
    void headlinesInAListDoNotReferToEachOther() {
        assertThat(briefs("Aid this week:\n\n- Spain to send six more Leopard 2A4 tanks\n- Netherlands and Denmark to buy 14 tanks for Kyiv\n"))
                .contains("pledge Netherlands; Denmark | tanks | 14 exact");
    }

    @Test
    void mineRollersAreEngineeringEquipment() {
        assertThat(briefs("The United States will send 20 mine rollers.")).containsExactly("pledge United States | mine rollers | 20 exact");
    }

    @Test
    void aMillionWithAnArticleIsANumber() {
        assertThat(briefs("The United States has delivered more than a million 155 mm rounds to Ukraine."))
                .containsExactly("delivery United States | 155mm artillery ammunition | 1000000 more_than rounds");
    }

    @Test
    void aPurchaseInARelativeClauseIsTheBuyersOwnEvenIfTheSentenceNamesUkraine() {
        assertThat(briefs("Poland, which signed deals to buy 980 K2 tanks and 672 K9 howitzers from South Korea, has not sent any to Ukraine."))
                .isEmpty();
    }

    @Test
    void calibresThatDescribeWhatWasNamedAreNoClaims() {
        assertThat(briefs("The shells, of 155 mm and 122 mm calibre, come from suppliers outside the EU.")).isEmpty();
    }

    @Test
    void aParticipleAfterTheNameDescribesItAndAFurtherCountOfTheSameClassFollows() {
        assertThat(briefs("The first 50,000 artillery shells bought under the initiative have arrived in Ukraine, the Czech prime minister said, "
                + "and a further 50,000 will follow in July."))
                .containsExactly("delivery Czech Republic | artillery shells | 50000 exact rounds",
                        "pledge Czech Republic | artillery shells | 50000 exact rounds");
    }

    @Test
    void aCountedGroupOfCountriesThatGaveIsACollectiveDonor() {
        assertThat(briefs("More than 15 countries have contributed about 1.6 billion euros to the scheme."))
                .containsExactly("aggregate NATO allies and partners | 1600000000 EUR about");
        assertThat(briefs("Defence ministers from 50 countries met at Ramstein.")).isEmpty();
    }

    @Test
    void aSumRankedAfterATotalIsATotal() {
        assertThat(briefs("The United States remains the largest donor, with €42.2 billion in military commitments, ahead of Germany with €17.7 billion."))
                .containsExactly("aggregate United States | 42200000000 EUR exact", "aggregate Germany | 17700000000 EUR exact");
    }

    @Test
    void aRunningTotalOfACountMadeWithoutItsName() {
        assertThat(briefs("Ukraine has 37 Gepards in service; Germany has promised 15 more, which would bring the total to 52."))
                .contains("pledge Germany | Gepard | 15 exact", "pledge Germany | Gepard | 52 exact");
    }

    @Test
    void aCallAnsweredIsNoRequest() {
        assertThat(briefs("So far only Germany has answered the call, promising a third Patriot system on 13 April."))
                .containsExactly("pledge Germany | Patriot | 1 exact");
    }

    @Test
    void whatIsGiftedIsGiven() {
        assertThat(briefs("The United Kingdom has gifted five M270 multiple-launch rocket systems. This year we will gift 14 Challenger 2 tanks."))
                .containsExactly("delivery United Kingdom | M270 MLRS | 5 exact", "pledge United Kingdom | Challenger 2 | 14 exact");
    }

    @Test
    void aNegatedVerbOfTheNamesOwnClauseWithholdsIt() {
        assertThat(briefs("The package would not include additional ATACMS, after Washington sent many of them in April.")).isEmpty();
    }

    @Test
    void aircraftForATrainingCentreOrArrivingElsewhereStayThere() {
        assertThat(briefs("The first five of 18 Dutch F-16 fighter jets for a new European training centre arrived in Romania on Monday.")).isEmpty();
        assertThat(briefs("The Netherlands has promised Ukraine 24 F-16s from its own fleet."))
                .containsExactly("pledge Netherlands | F-16 | 24 exact");
    }

    @Test
    void pricesRequestsAndDefenceBudgetsAreNoAid() {
        assertThat(briefs("A single F-16 costs about 30 million dollars to operate over its life.")).isEmpty();
        assertThat(briefs("A request for $61.4 billion in new aid for Ukraine remains stuck in Congress.")).isEmpty();
        assertThat(briefs("The bill also authorizes $886 billion for US defense spending in 2024.")).isEmpty();
        assertThat(briefs("The Netherlands and Denmark will buy 14 Leopard 2A4 tanks. The cost, about 165 million euros, is shared."))
                .contains("money Netherlands; Denmark | 165000000 EUR about");
    }

    @Test
    void aidThatReachesASumIsATotalAndAnAnnualBillIsNoTotal() {
        assertThat(briefs("With this package Estonia's military aid to Ukraine reaches about 370 million euros."))
                .containsExactly("aggregate Estonia | 370000000 EUR about");
        assertThat(briefs("Under the annual defense bill, the United States authorizes up to $300 million for Ukraine in each of the next two years."))
                .containsExactly("money United States | 300000000 USD up_to");
    }

    @Test
    void ukraineAsTheFirstObjectIsTheRecipient() {
        assertThat(briefs("Greece has already sent Ukraine BMP-1 infantry fighting vehicles."))
                .containsExactly("delivery Greece | BMP-1 | - unspecified");
    }

    @Test
    void aRelativeClauseOfDeliveryMakesTheNameADelivery() {
        assertThat(briefs("Spain will send four Hawk surface-to-air missile launchers, adding to the Aspide air defence system it delivered in the summer."))
                .containsExactly("pledge Spain | HAWK | 4 exact", "delivery Spain | Aspide | - unspecified");
        assertThat(briefs("Slovakia has handed over all 13 MiG-29 aircraft it had promised."))
                .containsExactly("delivery Slovakia | MiG-29 | 13 exact");
    }

    @Test
    void aSystemThatArrivedInAnotherCountryStaysThere() {
        assertThat(briefs("The Patriot, operated by German and Dutch troops, arrived in Slovakia this week.")).isEmpty();
    }

    @Test
    void theSystemAGiftIsAVersionOfAndPartsOfADonorsHoldingsAreNoGifts() {
        assertThat(briefs("Sweden will send up to ten Stridsvagn 122 tanks, its version of the Leopard 2, to Ukraine."))
                .containsExactly("pledge Sweden | Stridsvagn 122 | 10 up_to");
        assertThat(briefs("Finland has about 200 Leopard 2 tanks, including Leopard 2A4 and 2A6 models.")).isEmpty();
    }

    @Test
    void aVehicleBuiltOnATankIsOfItsOwnKind() {
        assertThat(briefs("Finland will donate three Leopard 2 mine-clearing vehicles to Ukraine."))
                .containsExactly("pledge Finland | Leopard 2 mine-clearing vehicles | 3 exact");
        assertThat(ClaimExtractorTest.claims("Germany will send two Leopard 1 recovery vehicles.").get(0).category())
                .isEqualTo("armoured_recovery_vehicle");
    }

    @Test
    void aFundForRecoveryIsNoMilitaryAid() {
        assertThat(briefs("EU leaders approved the 50 billion euro Ukraine Facility, which supports Ukraine's recovery, reconstruction and modernisation."))
                .isEmpty();
    }

    @Test
    void thePayerNamedAfterTheSellerGivesAndTheSpeakerIsNoPayer() {
        assertThat(briefs("Ukraine has ordered 100 KTO Rosomak armoured personnel carriers from Poland's PGZ group, paid for by the United States "
                + "and the European Union, the Polish prime minister said."))
                .containsExactly("pledge United States; European Union | KTO Rosomak | 100 exact");
    }

    @Test
    void aPartnerJointlyWithTheNearerNameOnly() {
        assertThat(briefs("The United States will send Hawk air defence missiles, in a package that also includes 45 refurbished T-72B tanks "
                + "paid for jointly with the Netherlands and the Czech Republic."))
                .containsExactly("pledge United States | HAWK missiles | - unspecified",
                        "pledge United States; Netherlands; Czech Republic | T-72M1 | 45 exact");
        assertThat(briefs("Norway will provide Ukraine with two NASAMS fire units, jointly funded with the United States."))
                .containsExactly("pledge Norway; United States | NASAMS | 2 exact");
    }

    @Test
    void questionsAreNoClaimsAndWhatShouldBeInUkraineIsToCome() {
        assertThat(briefs("Any plans to send F-16s to Ukraine?")).isEmpty();
        assertThat(briefs("All 31 US Abrams should be in Ukraine by the fall.")).containsExactly("pledge United States | M1A1 Abrams | 31 exact");
    }

    @Test
    void aDonorsAidAsAWholeIsATotalAndItsShareOfGdpNeedsNoVerb() {
        assertThat(briefs("Latvia's military aid is worth about 300 million euros, close to 1 percent of GDP."))
                .containsExactly("aggregate Latvia | 300000000 EUR about", "aggregate Latvia | military aid as share of GDP | 1 about percent");
        assertThat(briefs("Belgium's military aid for 2024 totals EUR 977 million.")).containsExactly("money Belgium | 977000000 EUR exact");
    }

    @Test
    void firmsAreNoDonorsAndTheStateThatPaysForTheirContractGives() {
        assertThat(briefs("Slovak firms are expected to deliver another 16 Zuzana howitzers under a separate contract financed by Denmark."))
                .containsExactly("pledge Denmark | Zuzana 2 | 16 exact");
    }

    @Test
    void northKoreaIsTheOtherSidesSupplierNotKorea() {
        assertThat(briefs("Russia received about a million shells from North Korea.")).isEmpty();
        assertThat(briefs("South Korea will send 100,000 shells.")).containsExactly("pledge South Korea | shells | 100000 exact rounds");
    }

    @Test
    void aCountPerPeriodIsARateNotAGift() {
        assertThat(briefs("Ukrainian gunners fire 2,000 rounds a day.")).isEmpty();
        assertThat(briefs("Russia, by contrast, is believed to produce some 3 million shells a year.")).isEmpty();
        assertThat(briefs("Germany will send 3,000 shells to Ukraine.")).containsExactly("pledge Germany | shells | 3000 exact rounds");
    }

    @Test
    void theOtherSideBeforeAShortAsideIsStillTheActor() {
        assertThat(briefs("Russia, meanwhile, has deployed 50 T-90 tanks.")).isEmpty();
    }

    @Test
    void whatIsLeftOfAnAuthorityIsNoSumGiven() {
        assertThat(briefs("Unused authority under the drawdown now stands at about $4.2 billion.")).isEmpty();
        assertThat(briefs("The remaining €500 million will be paid next year.")).singleElement().asString().startsWith("money");
    }

    @Test
    void soFarAfterASuperlativeBoundsItAndCountsNothing() {
        assertThat(briefs("Sweden's new package is worth SEK 7.1 billion, its largest so far."))
                .containsExactly("money Sweden | 7100000000 SEK exact");
        assertThat(briefs("Sweden has given SEK 30 billion so far.")).singleElement().asString().startsWith("aggregate");
    }

    @Test
    void aFuturePerfectCountsWhatIsDoneByThen() {
        assertThat(briefs("By March the EU will have delivered about 524,000 shells."))
                .containsExactly("delivery European Union | shells | 524000 about rounds");
        assertThat(briefs("The EU will deliver 524,000 shells.")).containsExactly("pledge European Union | shells | 524000 exact rounds");
    }

    @Test
    void aGappedCountMayCarryItsQualifier() {
        assertThat(briefs("The Netherlands has committed 24 F-16s, and Norway up to six."))
                .containsExactly("pledge Netherlands | F-16 | 24 exact", "pledge Norway | F-16 | 6 up_to");
    }

    @Test
    void bringingTheNumberDeliveredToIsARunningTotal() {
        assertThat(briefs("Germany has handed over two more Gepard anti-aircraft guns, bringing the number delivered to 52."))
                .containsExactly("delivery Germany | Gepard | 2 exact", "delivery Germany | Gepard | 52 exact");
    }

    @Test
    void anOrdinalAloneIsOneMoreOfTheSystemNamedLast() {
        assertThat(briefs("Berlin has promised Ukraine eight IRIS-T SLM systems. A fourth is expected before the end of the year."))
                .containsExactly("pledge Germany | IRIS-T SLM | 8 exact", "pledge Germany | IRIS-T SLM | 1 exact");
        assertThat(briefs("The first meeting was in April. A second was held in June.")).isEmpty();
    }

    @Test
    void aCountSetOffAfterTheNameAsTheWholeCountsIt() {
        assertThat(briefs("Slovakia says its last MiG-29s, 13 in total, have all been handed over."))
                .containsExactly("delivery Slovakia | MiG-29 | 13 exact");
    }

    @Test
    void whatAnInitiativeASumGoesToBuysIsNoGiftOfTheDonor() {
        assertThat(briefs("The Netherlands will contribute more than €100 million to the Czech-led initiative to buy artillery shells for Ukraine."))
                .containsExactly("money Netherlands | 100000000 EUR more_than");
    }

    @Test
    void aSellerOrSomeoneSpokenWithIsNoDonorOfTheNextSentence() {
        assertThat(briefs("Canada will purchase a NASAMS from the United States and donate it to Ukraine, Trudeau said after speaking "
                + "with President Biden. The purchase is worth about C$406 million."))
                .containsExactly("pledge Canada | NASAMS | 1 exact", "money Canada | 406000000 CAD about");
    }

    @Test
    void theTwoCountriesAreThePairThatGaveTogether() {
        assertThat(briefs("The Netherlands and Denmark will jointly buy 14 Leopard 2A4 tanks for Ukraine. The cost is about 165 million "
                + "euros, which the two countries will share."))
                .containsExactly("pledge Netherlands; Denmark | Leopard 2A4 | 14 exact", "money Netherlands; Denmark | 165000000 EUR about");
    }

    @Test
    void aDonorInASubordinateClauseOrSellingIsNotTheBuyersDonor() {
        assertThat(briefs("Germany has run short of Gepard ammunition. The government said it would buy about 300,000 rounds of 35mm "
                + "ammunition, part of it from Norway, after Switzerland refused to allow re-export."))
                .containsExactly("pledge Germany | 35mm anti-aircraft ammunition | 300000 about rounds");
    }

    @Test
    void whatAClauseAfterASystemSaysIsOfTheSystemNotItsMunitions() {
        assertThat(briefs("Germany has found new ammunition for the Gepard anti-aircraft guns it gave Ukraine.")).isEmpty();
    }

    @Test
    void aJointInitiativeWithOthersIsTheirsTogether() {
        assertThat(briefs("The Netherlands would also contribute to the joint Leopard 1 initiative with Germany and Denmark."))
                .containsExactly("pledge Netherlands; Germany; Denmark | Leopard 1A5 | - unspecified");
    }

    @Test
    void aListTakesItsKindFromTheParagraphThatIntroducesIt() {
        assertThat(briefs("Ukraine's partners have promised more than 150 tanks. Here is where things stand.\n- Portugal: 3 Leopard 2A6.\n"
                + "- Spain: 6 Leopard 2A4, expected in April."))
                .contains("pledge Portugal | Leopard 2A6 | 3 exact", "pledge Spain | Leopard 2A4 | 6 exact");
    }

    @Test
    void theVerbOfAPartSaysNothingOfTheWholeButAllOfWhichIsTheWhole() {
        assertThat(briefs("Canada has promised 8 Leopard 2A4, four of which have arrived."))
                .containsExactly("pledge Canada | Leopard 2A4 | 8 exact", "delivery Canada | Leopard 2A4 | 4 exact");
        assertThat(briefs("Australia's earlier gifts include 120 Bushmaster vehicles, all of which have been delivered."))
                .containsExactly("delivery Australia | Bushmaster | 120 exact");
    }

    @Test
    void anOrderInAListOfWhatWasProvidedIsAGift() {
        assertThat(briefs("Canada has provided Ukraine with military aid, including 39 armoured combat support vehicles ordered from "
                + "General Dynamics Land Systems-Canada."))
                .containsExactly("delivery Canada | armoured combat support vehicles | 39 exact");
    }

    @Test
    void aVersionGivenIsAGiftAndAVersionInAppositionIsNot() {
        assertThat(briefs("The US first gave Ukraine a shorter-range version of the ATACMS in October."))
                .containsExactly("delivery United States | ATACMS | - unspecified");
        assertThat(briefs("Sweden will send ten Stridsvagn 122 tanks, its version of the Leopard 2, to Ukraine."))
                .containsExactly("pledge Sweden | Stridsvagn 122 | 10 exact");
    }

    @Test
    void aScheduleCountsRangesAndItsSecondCountAndASourceIsNoDonor() {
        assertThat(briefs("Germany and Denmark will supply at least 100 Leopard 1A5 tanks.\n\nThe tanks will be delivered in stages, with "
                + "the first 20 to 25 due by the summer and around 80 by the end of the year, according to the German government."))
                .containsExactly("pledge Germany; Denmark | Leopard 1A5 | 100 more_than", "pledge Germany; Denmark | Leopard 1A5 | 20-25 range",
                        "pledge Germany; Denmark | Leopard 1A5 | 80 about");
    }

    @Test
    void aSecondSumOfTheSameSizeIsAnotherSum() {
        assertThat(briefs("Under the first track, €1 billion from the European Peace Facility will reimburse member states. "
                + "A second track of €1 billion will fund the joint procurement of ammunition."))
                .containsExactly("money European Union | 1000000000 EUR exact", "money European Union | 1000000000 EUR exact");
    }

    @Test
    void whatLeavesPortOrAShipCarriesIsOnItsWay() {
        assertThat(briefs("Six Leopard 2A4 tanks from Spain left the port of Santander on Monday."))
                .containsExactly("delivery Spain | Leopard 2A4 | 6 exact");
        assertThat(briefs("The Spanish ship also carries 20 M113 armoured personnel carriers."))
                .containsExactly("delivery Spain | M113 | 20 exact");
        assertThat(briefs("The Bushmaster carries nine soldiers.")).isEmpty();
    }

    @Test
    void aRankingComparesWithTheDonorAfterItUnlessTheFigureIsThatDonors() {
        assertThat(briefs("The UK ranks second after the United States in military aid, at £4.6 billion."))
                .containsExactly("aggregate United Kingdom | 4600000000 GBP exact");
        assertThat(briefs("The United States remains the largest donor, with €42.2 billion in military commitments, ahead of Germany "
                + "with €17.7 billion.")).contains("aggregate Germany | 17700000000 EUR exact");
    }

    @Test
    void whatBothCountriesPromisedIsTheirTotal() {
        assertThat(briefs("Denmark would give Ukraine 19 F-16 fighter jets. The Netherlands would also provide F-16s. \"We are grateful "
                + "for 61 F-16s,\" Zelensky said, counting aircraft promised by both countries."))
                .containsExactly("pledge Denmark | F-16 | 19 exact", "pledge Netherlands | F-16 | - unspecified",
                        "aggregate Denmark; Netherlands | F-16 | 61 exact");
    }

    @Test
    void aCountAfterATransferVerbTakesTheSystemAClassWordBeforeItRefersTo() {
        assertThat(briefs("Poland will hand over four MiG-29 fighter jets. Duda did not say how many aircraft Poland would give in total; "
                + "Slovakia said a day later it would send 13."))
                .containsExactly("pledge Poland | MiG-29 | 4 exact", "pledge Slovakia | MiG-29 | 13 exact");
    }

    @Test
    void aPartLostIsNoClaimAndTheWholeIsWhatWasGiven() {
        assertThat(briefs("Shapps confirmed that one of the 14 Challenger 2 tanks the UK gave Ukraine had been destroyed."))
                .containsExactly("delivery United Kingdom | Challenger 2 | 14 exact");
    }

    @Test
    void memberStatesAreManyDonors() {
        assertThat(briefs("Member states have reported that their own military support totals about €12 billion."))
                .singleElement().asString().startsWith("aggregate NATO allies");
    }

    @Test
    void aTextThatNamesNoDonorTakesTheOneItsSourceLineNames() {
        String list = "- 10 Marder infantry fighting vehicles (total now 60)\n- Leopard 1A5 main battle tanks: more than 100\n";
        assertThat(briefs("SOURCE: https://www.example.org/list | DATE: 2023-06-22 | PUBLISHER: Example Berlin Bulletin\n\n"
                + "Delivered since the last update:\n" + list))
                .contains("delivery Germany | Marder 1A3 | 10 exact", "delivery Germany | Marder 1A3 | 60 exact",
                        "delivery Germany | Leopard 1A5 | 100 more_than");
        assertThat(briefs("SOURCE: https://www.defense.gov/News/Releases/1 | DATE: 2023-06-22 | PUBLISHER: Department of Defense\n\n"
                + "Delivered since the last update:\n" + list)).first().asString().startsWith("delivery United States");
    }

    @Test
    void whatIsLoadedOntoTrainsIsOnItsWay() {
        assertThat(briefs("The Czech Republic said five T-72s were loaded onto trains near the border."))
                .containsExactly("delivery Czech Republic | T-72M1 | 5 exact");
    }

    @Test
    void theCountAParticipleDescribesIsOfTheSystemNamedBefore() {
        assertThat(briefs("The Pentagon announced 59 more Bradley fighting vehicles. The new Bradleys come on top of the 50 pledged "
                + "earlier this month, bringing the total to 109."))
                .containsExactly("pledge United States | M2 Bradley | 59 exact", "pledge United States | M2 Bradley | 50 exact",
                        "pledge United States | M2 Bradley | 109 exact");
    }

    @Test
    void aRemarkOnTheFirstTimeIsNoGiftAndGovernsNothingAfterIt() {
        assertThat(briefs("Sweden's package includes two ASC 890 surveillance aircraft, the first time Stockholm has given aircraft, "
                + "and all of its remaining Pbv 302 armoured personnel carriers."))
                .containsExactly("pledge Sweden | ASC 890 | 2 exact", "pledge Sweden | Pbv 302 | - unspecified");
    }

    @Test
    void aCountSharedOutAmongDonorsIsTheirTotal() {
        assertThat(briefs("Ukraine has received two Patriot batteries, one from the United States and one jointly from Germany and the Netherlands."))
                .containsExactly("aggregate United States; Germany; Netherlands | Patriot | 2 exact", "delivery United States | Patriot | 1 exact",
                        "delivery Germany; Netherlands | Patriot | 1 exact");
    }

    @Test
    void entriesOfOneListAreDifferentThingsEvenOfOneItem() {
        assertThat(briefs("The United States will send:\n- 155mm artillery ammunition;\n- Over 1,000 precision-guided 155mm rounds;\n"))
                .containsExactly("pledge United States | 155mm artillery ammunition | - unspecified",
                        "pledge United States | 155mm artillery ammunition | 1000 more_than rounds");
    }

    @Test
    void aCountInASceneOrAnIncreaseIsNoGift() {
        assertThat(briefs("Zelensky said the F-16 jets from Denmark were in Ukraine, standing in front of two of them."))
                .containsExactly("delivery Denmark | F-16 | - unspecified");
        assertThat(briefs("Sunak announced £2.5 billion in military aid for 2024, an increase of £200 million on each of the previous two years."))
                .containsExactly("money United Kingdom | 2500000000 GBP exact");
    }

    @Test
    void aCoalitionOfCountriesGivesAsManyAndItsLeadersDoNotAlone() {
        assertThat(briefs("A coalition of countries led by Latvia and the United Kingdom aims to supply Ukraine with one million drones, "
                + "Latvian officials said.")).containsExactly("aggregate NATO allies and partners | drones | 1000000 exact");
    }

    @Test
    void aSumAlreadyPledgedForOneThingIsAPledgeNotATotal() {
        assertThat(briefs("The UK has already pledged £200 million for drones.")).containsExactly("money United Kingdom | 200000000 GBP exact");
        assertThat(briefs("Canada has already given C$2.4 billion in military aid.")).containsExactly("aggregate Canada | 2400000000 CAD exact");
    }

    @Test
    void aGapMayFollowACountReadWithoutItsName() {
        assertThat(briefs("The Netherlands has pledged 24 F-16s in total. Norway will send six, and Belgium 30 by 2028."))
                .containsExactly("pledge Netherlands | F-16 | 24 exact", "pledge Norway | F-16 | 6 exact", "pledge Belgium | F-16 | 30 exact");
    }

    @Test
    void thoseWhoPromisedUkraineInThePassiveGiveAndSeveralGiveATotal() {
        assertThat(briefs("Ukraine has been promised 60 F-16s by Denmark.")).containsExactly("pledge Denmark | F-16 | 60 exact");
        assertThat(briefs("Ukraine has been promised more than 60 F-16s by Denmark, the Netherlands, Norway and Belgium."))
                .containsExactly("aggregate Denmark; Netherlands; Norway; Belgium | F-16 | 60 more_than");
    }

    @Test
    void whatADeniedReportSaidIsNoClaim() {
        assertThat(briefs("Norway will send six F-16 jets, correcting earlier reports that all 22 of its retired F-16s would go to Kyiv."))
                .containsExactly("pledge Norway | F-16 | 6 exact");
    }

    @Test
    void aCountAfterAVerbOfGivingKeepsItsQualifier() {
        assertThat(briefs("Totals exclude Soviet-designed tanks such as the T-72, of which Poland alone has sent more than 200."))
                .contains("delivery Poland | T-72M1 | 200 more_than");
    }

    @Test
    void aSumSetAsideForAYearIsThatYearsBudget() {
        assertThat(briefs("In total the Netherlands has set aside €2.5 billion for military support to Ukraine in 2023."))
                .containsExactly("money Netherlands | 2500000000 EUR exact");
    }

    @Test
    void countedCountriesThatHaveSoFarGivenAreManyDonors() {
        assertThat(briefs("About 15 countries have so far pledged some €1.6 billion to the initiative."))
                .singleElement().asString().startsWith("aggregate NATO allies and partners");
    }

    @Test
    void aNegationDoesNotReachPastAndIntoASecondPredicate() {
        assertThat(briefs("Bulgaria has agreed to give Ukraine S-300 missiles that it considers unusable, and has supplied large amounts "
                + "of Soviet-calibre ammunition.")).hasSize(2).last().asString().startsWith("delivery Bulgaria");
    }

    @Test
    void aMarkdownTableGivesACountPerCellByItsHeader() {
        assertThat(briefs("| Donor | System | Pledged | Delivered |\n|---|---|---|---|\n| Poland | Leopard 2A4 | 14 | 4 |\n"
                + "| Germany | Leopard 2A6 | 18 | 0 |\n"))
                .containsExactly("pledge Poland | Leopard 2A4 | 14 exact", "delivery Poland | Leopard 2A4 | 4 exact",
                        "pledge Germany | Leopard 2A6 | 18 exact");
        // dates and sums in columns of their own are no counts
        assertThat(briefs("| Donor | System | Pledged | Date delivered | Pledged (EUR m) |\n|---|---|---|---|---|\n"
                + "| Poland | Leopard 2A4 | 14 | 2023-03-01 | 250 |\n| Canada | Leopard 2A4 | 8 | March 2023 | 120 |\n"))
                .containsExactly("pledge Poland | Leopard 2A4 | 14 exact", "pledge Canada | Leopard 2A4 | 8 exact");
    }

    @Test
    void aTableWithoutADonorColumnIsTheDonorsTheTextIsAboutAndItsStatusSaysTheKind() {
        assertThat(briefs("Lithuania published what it has given.\n\n| Equipment | Quantity | Status |\n|---|---|---|\n"
                + "| M113 armoured personnel carriers | 62 | delivered |\n| NASAMS launchers | 2 | promised |\n"
                + "| Stinger missiles | several dozen | delivered |\n| Mi-8 helicopters | 2 | to be delivered |\n"))
                .containsExactly("delivery Lithuania | M113 | 62 exact", "pledge Lithuania | NASAMS | 2 exact",
                        "delivery Lithuania | Stinger | - unspecified", "pledge Lithuania | Mi-17 | 2 exact");
    }

    @Test
    void anHtmlTableIsReadLikeAMarkdownOne() {
        List<Claim> claims = ClaimExtractorTest.EXTRACTOR.extract("t.html",
                Markup.html("<p>Norway's support.</p><table><tr><th>System</th><th>Delivered</th></tr><tr><td>NASAMS</td><td>2</td></tr></table>"));
        assertThat(claims).extracting(ClaimExtractorTest::brief).containsExactly("delivery Norway | NASAMS | 2 exact");
    }

    @Test
    void whatAFactCheckCallsFalseAndWhatAPostAllegesAreNoClaims() {
        assertThat(briefs("A post shared thousands of times claims that \"Poland delivered 40 MiG-29 jets to Ukraine overnight\". This is false."))
                .isEmpty();
        assertThat(briefs("Poland delivered 40 MiG-29 jets to Ukraine, a viral video claimed. That is untrue.")).isEmpty();
        assertThat(briefs("Germany sent 40 Marders. This is not false.")).containsExactly("delivery Germany | Marder 1A3 | 40 exact");
        assertThat(briefs("Germany said it \"will deliver 40 Marders\" this year.")).containsExactly("pledge Germany | Marder 1A3 | 40 exact");
    }

    @Test
    void anOfferTheSentenceSaysIsUndecidedIsNoPledge() {
        assertThat(briefs("Duda said Poland was ready to send its MiG-29s within a coalition, but no decision has been taken.")).isEmpty();
        assertThat(briefs("Slovakia said it could give Ukraine up to 10 MiG-29s, but its government has not yet approved the move.")).isEmpty();
        assertThat(briefs("Germany will send 40 Marders, but no decision on the Taurus has been taken."))
                .containsExactly("pledge Germany | Marder 1A3 | 40 exact");
        assertThat(briefs("Germany sent 40 Marders and has not yet decided on the Taurus.")).containsExactly("delivery Germany | Marder 1A3 | 40 exact");
    }

    @Test
    void whatADonorFliesBoughtLongAgoOrWhatAnotherBuysIsNoGift() {
        assertThat(briefs("Poland's air force flies 28 MiG-29s in total; it received 22 of them from Germany in 2004.")).isEmpty();
        assertThat(briefs("Ukraine received 22 MiG-29s from Poland in 2023.")).containsExactly("delivery Poland | MiG-29 | 22 exact");
        assertThat(briefs("And the 70 Swedish CV90s bought by Slovakia will not roll off the line before 2025.")).isEmpty();
    }

    @Test
    void fromADonorCameIsADelivery() {
        assertThat(briefs("From the United States came a first batch of Stryker vehicles and 109 Bradleys, a spokesperson said."))
                .containsExactly("delivery United States | Stryker | - unspecified", "delivery United States | M2 Bradley | 109 exact");
    }

    @Test
    void oneFromAnotherDonorCountsTheSystemAgainAndAttributionStopsAtAnotherCount() {
        assertThat(briefs("A Patriot battery from the United States and one from Germany are expected to reach Ukraine in April."))
                .containsExactly("pledge United States | Patriot | 1 exact", "pledge Germany | Patriot | 1 exact");
        assertThat(briefs("Germany sent 18 Leopard 2A6 tanks, and some from Poland arrived later."))
                .containsExactly("delivery Germany | Leopard 2A6 | 18 exact");
    }

    @Test
    void aCountWithItsSubjectBeforeTheParticipleStillSaysItsKind() {
        assertThat(briefs("Canada buys ten Senator armoured vehicles, on top of the 200 we already sent."))
                .containsExactly("pledge Canada | Roshel Senator | 10 exact", "delivery Canada | Roshel Senator | 200 exact");
        assertThat(briefs("Slovakia handed over the first four of 13 MiG-29 fighters it has promised."))
                .containsExactly("delivery Slovakia | MiG-29 | 4 exact", "pledge Slovakia | MiG-29 | 13 exact");
    }

    @Test
    void ofThemCountsTheClassCountedLastInTheParagraph() {
        assertThat(briefs("The EU promised Ukraine one million artillery shells. By August, EU countries had delivered about 224,000 of them."))
                .containsExactly("pledge European Union | artillery shells | 1000000 exact rounds",
                        "aggregate European Union | artillery shells | 224000 about rounds");
    }

    @Test
    void munitionsForThemAreTheMunitionsOfTheSystemJustNamed() {
        assertThat(claims("Germany would deliver two more IRIS-T SLM systems by the end of the year and missiles for them."))
                .extracting(c -> c.kind() + " " + c.item() + " " + c.category())
                .containsExactly("pledge IRIS-T SLM sam_medium_range", "pledge IRIS-T SLM missiles air_defense_munition");
    }

    @Test
    void aCountrysNameBeforeMadeIsTheSubjectWhenAnObjectFollows() {
        assertThat(briefs("The United States made no new announcement; its last drawdown was worth $250 million."))
                .containsExactly("money United States | 250000000 USD exact");
    }

    @Test
    void aDonorsAidThatExceedsASumIsItsTotal() {
        assertThat(briefs("The ministry said the value of Lithuania's military aid exceeds €200 million."))
                .containsExactly("aggregate Lithuania | 200000000 EUR more_than");
    }

    @Test
    void anUnknownModelCodeKeepsItsCountAndWhatIsSoldToAnotherCountryIsNoGift() {
        assertThat(briefs("Norway will send 12 K9 howitzers to Ukraine.")).containsExactly("pledge Norway | k9 howitzers | 12 exact");
        assertThat(briefs("Korean makers signed deals to sell Poland 1,000 K2 tanks and 672 K9 howitzers.")).isEmpty();
        assertThat(briefs("The Netherlands will sell the Czech Republic 14 Leopard tanks.")).isEmpty();
        assertThat(briefs("Germany will give Ukraine 40 Marders.")).containsExactly("pledge Germany | Marder 1A3 | 40 exact");
    }

    @Test
    void aCountryBuyingForItselfAndThePriceItPaysAreNoAid() {
        assertThat(briefs("The United States will help Croatia buy eight UH-60M Black Hawk helicopters, covering about half of their "
                + "$355 million cost.")).isEmpty();
        assertThat(briefs("Germany will buy 10 IRIS-T systems for Ukraine.")).containsExactly("pledge Germany | IRIS-T SLM | 10 exact");
        assertThat(briefs("The US sent a Hawk battery.")).containsExactly("delivery United States | HAWK | 1 exact");
    }

    @Test
    void oneCountryDescribedAsANatoMemberIsNoCollective() {
        assertThat(briefs("North Macedonia, another NATO member, has sent Ukraine four Su-25 attack aircraft."))
                .containsExactly("delivery North Macedonia | Su-25 | 4 exact");
        assertThat(briefs("NATO countries have sent 500 tanks.")).containsExactly("aggregate NATO allies | tanks | 500 exact");
    }

    @Test
    void aRoleWordOfTheSystemsOwnKindKeepsItsCatalogueName() {
        assertThat(briefs("Germany will send 2 Biber bridge-laying tanks.")).containsExactly("pledge Germany | Biber | 2 exact");
        assertThat(briefs("Germany will send three Leopard 2 mine-clearing vehicles."))
                .containsExactly("pledge Germany | Leopard 2 mine-clearing vehicles | 3 exact");
        assertThat(briefs("Another batch of Vampire rocket launchers left for Ukraine, Czechia said."))
                .containsExactly("delivery Czech Republic | RM-70 | - unspecified");
    }

    @Test
    void peopleOfAUnitAreNoUnit() {
        assertThat(briefs("Ukrainian units are equipped with Bradleys from the United States, a brigade spokesman said."))
                .containsExactly("delivery United States | M2 Bradley | - unspecified");
    }

    @Test
    void theLargestDonorsSumAndTheNextInTheRankingAreTotals() {
        assertThat(briefs("The United States remains the largest donor of military aid to Ukraine, with €42.2 billion committed, "
                + "followed by Germany with €17.7 billion.")).containsExactly("aggregate United States | 42200000000 EUR exact",
                        "aggregate Germany | 17700000000 EUR exact");
        assertThat(briefs("Germany, the second-largest donor, announced a new package worth €500 million."))
                .containsExactly("money Germany | 500000000 EUR exact");
    }

    @Test
    void countriesThatHaveJoinedWithPledgesGiveATotal() {
        assertThat(briefs("Over 15 countries have already joined, with pledges of about €1.6 billion."))
                .containsExactly("aggregate NATO allies and partners | 1600000000 EUR about");
    }

    @Test
    void aThreadsPostNumbersAreNoCounts() {
        assertThat(briefs("2/6 Bradley: the US has committed 186 M2 Bradleys across five drawdown packages."))
                .containsExactly("pledge United States | M2 Bradley | 186 exact");
    }

    @Test
    void allOfACountPromisedAndDeliveredIsDeliveredAsMany() {
        assertThat(briefs("CV90: Sweden promised 50 and says all have been delivered."))
                .containsExactly("pledge Sweden | CV90 | 50 exact", "delivery Sweden | CV90 | 50 exact");
        assertThat(briefs("Denmark pledged 14 Leopard 1A5 tanks, all of which have arrived."))
                .containsExactly("pledge Denmark | Leopard 1A5 | 14 exact", "delivery Denmark | Leopard 1A5 | 14 exact");
        assertThat(briefs("Denmark pledged 14 Leopard 1A5 tanks, but not all have arrived."))
                .containsExactly("pledge Denmark | Leopard 1A5 | 14 exact");
        assertThat(briefs("The US pledged 31 Abrams tanks. All 31 have been delivered."))
                .containsExactly("pledge United States | M1A1 Abrams | 31 exact", "delivery United States | M1A1 Abrams | 31 exact");
    }

    @Test
    void aBareCountSeenInUkraineIsDelivered() {
        assertThat(briefs("The US has committed 186 M2 Bradleys. We have visually confirmed at least 120 in Ukraine, and at least 40 lost."))
                .containsExactly("pledge United States | M2 Bradley | 186 exact", "delivery United States | M2 Bradley | 120 more_than");
    }

    @Test
    void westernEquipmentIsTheAlliesAndABareCountWithItsVerbIsPartOfTheCountBefore() {
        assertThat(briefs("Sweden promised 50 CV90s. Of roughly 360 Western IFVs pledged, perhaps 300 have arrived."))
                .containsExactly("pledge Sweden | CV90 | 50 exact", "aggregate NATO allies and partners | ifvs | 360 about",
                        "aggregate NATO allies and partners | ifvs | 300 about");
        assertThat(briefs("Germany promised 18 Leopard 2A6 tanks; 14 have arrived."))
                .containsExactly("pledge Germany | Leopard 2A6 | 18 exact", "delivery Germany | Leopard 2A6 | 14 exact");
    }

    @Test
    void partnerStatesThatTransmitGiveTogetherAndThousandsMayBeDecimal() {
        assertThat(briefs("Partner states transmitted to Ukraine over 2.5 thousand units of armored vehicles, among them more than 500 tanks."))
                .containsExactly("aggregate NATO allies and partners | armored vehicles | 2500 more_than",
                        "aggregate NATO allies and partners | tanks | 500 more_than");
    }

    @Test
    void theSecondOfASystemIsOne() {
        assertThat(briefs("From Germany were received 10 Leopard 1A5 tanks and the second IRIS-T SLM complex."))
                .containsExactly("delivery Germany | Leopard 1A5 | 10 exact", "delivery Germany | IRIS-T SLM | 1 exact");
    }

    @Test
    void aCorrectionWithdrawsTheFigureItCorrects() {
        assertThat(briefs("Correction: An earlier version of this story said Portugal had sent four Leopard 2A6 tanks. It sent three."))
                .containsExactly("delivery Portugal | Leopard 2A6 | 3 exact");
        assertThat(briefs("This article incorrectly stated that Spain sent 10 Leopard 2A4 tanks; it sent six."))
                .containsExactly("delivery Spain | Leopard 2A4 | 6 exact");
    }

    @Test
    void aDefiniteCountWithADeliveredParticipleWasDelivered() {
        assertThat(briefs("Portugal will send another 28 M113 carriers, adding to the 14 M113s delivered last year."))
                .containsExactly("pledge Portugal | M113 | 28 exact", "delivery Portugal | M113 | 14 exact");
    }

    @Test
    void theFundAPurchaseWentThroughIsNotItsGiverNorDoesThePurchaseSayTheKind() {
        assertThat(briefs("Luxembourg has delivered the following:\n- 102 NLAW anti-tank weapons\n"
                + "- Mistral missiles, bought through the European Peace Facility\n"))
                .containsExactly("delivery Luxembourg | NLAW | 102 exact", "delivery Luxembourg | Mistral | - unspecified");
        assertThat(briefs("Belgium bought 20 Mistral missiles through the European Peace Facility for Ukraine."))
                .containsExactly("pledge Belgium | Mistral | 20 exact");
    }

    @Test
    void aTableLinedUpWithSpacesIsReadByItsColumns() {
        assertThat(briefs("Norway's support for Ukraine.\n\nYear      Military support     Civilian support\n"
                + "2023      NOK 7.5 billion      NOK 2.5 billion\n2024      NOK 15 billion       NOK 5 billion\n"))
                .containsExactly("money Norway | 7500000000 NOK exact", "money Norway | 15000000000 NOK exact");
        assertThat(briefs("What Denmark has given.\n\nSystem         Pledged    Delivered\nCaesar         19         15\n"
                + "Leopard 1A5    30         10\n"))
                .containsExactly("pledge Denmark | Caesar | 19 exact", "delivery Denmark | Caesar | 15 exact",
                        "pledge Denmark | Leopard 1A5 | 30 exact", "delivery Denmark | Leopard 1A5 | 10 exact");
    }

    @Test
    void countsWrittenAsMultipliersOrInThousands() {
        assertThat(briefs("Germany delivered 2 x IRIS-T SLM launchers and 10k rounds of 155 mm ammunition."))
                .containsExactly("delivery Germany | IRIS-T SLM | 2 exact", "delivery Germany | 155mm artillery ammunition | 10000 exact rounds");
    }

    @Test
    void aTablesRowsTakeTheirKindFromItsHeaderAndANewFigureRaisesTheCount() {
        assertThat(briefs("| Date | Donor | Announcement |\n|---|---|---|\n| 25 Jan 2023 | United States | 31 M1 Abrams |\n"
                + "| 3 Feb 2023 | Canada | four Leopard 2A4, later raised to eight |\n"))
                .containsExactly("pledge United States | M1A1 Abrams | 31 exact", "pledge Canada | Leopard 2A4 | 4 exact",
                        "pledge Canada | Leopard 2A4 | 8 exact");
        assertThat(briefs("Canada pledged four Leopard 2A4 tanks in January and in February raised the number to eight."))
                .containsExactly("pledge Canada | Leopard 2A4 | 4 exact", "pledge Canada | Leopard 2A4 | 8 exact");
    }

    @Test
    void commaSeparatedValuesAreATable() {
        assertThat(briefs("Tanks delivered by donor.\n\ndonor,system,delivered,source\nPoland,PT-91,60,government\n"
                + "United States,M1A1 Abrams,31,government\n"))
                .containsExactly("delivery Poland | PT-91 Twardy | 60 exact", "delivery United States | M1A1 Abrams | 31 exact");
        assertThat(briefs("The table lists main battle tanks delivered to Ukraine by donor.")).isEmpty();
    }

    @Test
    void aCountAfterTheNameSetOffByADashWithItsUnitsAndAReceiptIsADelivery() {
        assertThat(briefs("The ministry informs about the receipt of military aid from Latvia:\n- Mi-17 helicopters \u2013 4 units;\n"
                + "- Stinger launchers \u2013 10 units;\n- 120 mm mortar rounds \u2013 3,000 pieces.\n"))
                .containsExactly("delivery Latvia | Mi-17 | 4 exact", "delivery Latvia | Stinger | 10 exact",
                        "delivery Latvia | 120mm mortar ammunition | 3000 exact rounds");
    }

    @Test
    void boundsWrittenWithNoAreNoNegationsAndAPartOfWhatWasPromisedTakesItsOwnVerb() {
        assertThat(briefs("Fewer than 10 of the promised NASAMS launchers have arrived from the United States, "
                + "and Spain has sent no more than six Hawk launchers."))
                .containsExactly("delivery United States | NASAMS | 10 up_to", "delivery Spain | HAWK | 6 up_to");
        assertThat(briefs("Germany has not sent more than 50 Gepards.")).isEmpty();
    }

    @Test
    void aSumStuckInALegislatureIsNoSumAndAPackagesWorthIsNoTotal() {
        assertThat(briefs("The $60bn supplemental is still stuck in Congress.")).isEmpty();
        assertThat(briefs("Denmark's 17th aid package, announced in May, is worth DKK 5.5 billion."))
                .containsExactly("money Denmark | 5500000000 DKK exact");
    }

    @Test
    void aGiftMadeTogetherWithAnotherIsJointNotATotal() {
        assertThat(briefs("The Netherlands has sent, together with Denmark, 14 Leopard 2A4 tanks."))
                .containsExactly("delivery Netherlands; Denmark | Leopard 2A4 | 14 exact");
    }

    @Test
    void anEstimatePutOnWhatWasJustNamedIsItsCount() {
        assertThat(briefs("Macron says France will send SCALP long-range missiles; he gives no number. Officials later put it at about 50."))
                .containsExactly("pledge France | Storm Shadow | 50 about");
        assertThat(briefs("Russia fired missiles at Kyiv. Officials put the number at 40.")).isEmpty();
    }

    @Test
    void aLineHoldingOnlyADonorsNameLabelsTheSectionUnderIt() {
        assertThat(briefs("New Zealand\n\nNZ$ 4.1 million to the International Fund for Ukraine.\n\nIreland\n\n"
                + "Ireland pays into the European Peace Facility; its share stands at about €122 million."))
                .containsExactly("money New Zealand | 4100000 NZD exact", "money Ireland | 122000000 EUR about");
    }

    @Test
    void theNationAsAPeopleGivesButItsCitizensDoNot() {
        assertThat(briefs("So, the Germans have sent three Patriot fire units, and the Americans delivered one battery."))
                .containsExactly("delivery Germany | Patriot | 3 exact", "delivery United States | Patriot | 1 exact");
        assertThat(briefs("Lithuanians raised money to buy a TB2 for Ukraine; Baykar said it would give the drone for free."))
                .noneMatch(b -> b.contains("Lithuania"));
    }

    @Test
    void aRelativeClauseSetOffByCommasSpeaksOfItsOwnThing() {
        assertThat(briefs("Spain will send 19 Leopard 2A4 tanks, which join the 10 tanks of the same model delivered last year, "
                + "and 30 M113 armoured personnel carriers."))
                .containsExactly("pledge Spain | Leopard 2A4 | 19 exact", "delivery Spain | Leopard 2A4 | 10 exact", "pledge Spain | M113 | 30 exact");
        assertThat(briefs("Germany pledged 18 tanks, four of which arrived in May, and 20 howitzers."))
                .containsExactly("pledge Germany | tanks | 18 exact", "delivery Germany | tanks | 4 exact", "pledge Germany | howitzers | 20 exact");
    }

    @Test
    void anOrdinalOneIsOneMoreOfTheSystemNamedBefore() {
        assertThat(briefs("The Germans have sent three Patriot fire units so far, and they've promised a fourth one."))
                .containsExactly("delivery Germany | Patriot | 3 exact", "pledge Germany | Patriot | 1 exact");
        assertThat(briefs("France and Italy jointly delivered a SAMP/T battery, with a second one promised for the autumn."))
                .containsExactly("delivery France; Italy | SAMP/T | 1 exact", "pledge France; Italy | SAMP/T | 1 exact");
    }

    @Test
    void aBareSingularBatteryOrLauncherRefersToTheSystemNamedBefore() {
        assertThat(briefs("Germany has sent three Patriot fire units. The Netherlands delivered one launcher to the German units."))
                .containsExactly("delivery Germany | Patriot | 3 exact", "delivery Netherlands | Patriot | 1 exact");
    }

    @Test
    void themAfterAVehicleWithItsWeaponIsTheVehicles() {
        assertThat(briefs("The UK has handed over Stormer vehicles with Starstreak, I think six of them."))
                .containsExactly("delivery United Kingdom | Starstreak | - unspecified", "delivery United Kingdom | Stormer | 6 exact");
    }

    @Test
    void allOfACountNamedInAnEarlierParagraphAreThatSystem() {
        assertThat(briefs("How many of the 14 Challenger 2 tanks Britain pledged a year ago are still in action?\n\nAll 14 were delivered last spring."))
                .containsExactly("delivery United Kingdom | Challenger 2 | 14 exact");
        assertThat(briefs("How many tanks are still in action?\n\nAll 14 were delivered last spring.")).isEmpty();
    }

    @Test
    void aContractForUkraineIsAPledgeAndOneForTheDonorsOwnArmyIsNoAid() {
        assertThat(briefs("The Pentagon awarded Raytheon a $1,200,000,000 contract for six NASAMS for Ukraine."))
                .containsExactly("money United States | 1200000000 USD exact", "pledge United States | NASAMS | 6 exact");
        assertThat(briefs("Lockheed Martin was awarded a $521,000,000 modification for GMLRS to replenish U.S. Army stocks.")).isEmpty();
        assertThat(briefs("GDOTS was awarded a $1,500,000,000 contract to increase production of 155 mm projectiles for the U.S. Army.")).isEmpty();
    }

    @Test
    void aTableWhoseColumnsNameTheEquipmentCountsEachCellByItsColumnAndTheKindTheLinesAboveSay() {
        String table = "| Donor | Tanks | IFVs | Howitzers | Leopard 2A4 |\n|---|---:|---:|---:|---:|\n"
                + "| Poland | 320 | 120 | – | 14 |\n| Norway | 8 | – | 22 | – |\n";
        assertThat(briefs("# Heavy weapons delivered, by donor and class\n\n*Commitments not yet delivered are excluded.*\n\n" + table))
                .containsExactly("delivery Poland | Tanks | 320 exact", "delivery Poland | IFVs | 120 exact", "delivery Poland | Leopard 2A4 | 14 exact",
                        "delivery Norway | Tanks | 8 exact", "delivery Norway | Howitzers | 22 exact");
        // the header of a column may say its kind itself; a table whose kind nothing says gives no claims
        assertThat(briefs("| Donor | Tanks pledged | Tanks delivered |\n|---|---|---|\n| Poland | 320 | 300 |\n"))
                .containsExactly("pledge Poland | Tanks | 320 exact", "delivery Poland | Tanks | 300 exact");
        assertThat(briefs("Equipment by donor\n\n" + table)).isEmpty();
    }

    @Test
    void aSystemsPropertyIsNoGiftOfItAndAPlusAfterAListedCountIsALowerBound() {
        assertThat(briefs("FACT BOX: Germany's package\n• IRIS-T SLM air defence systems: 4\n• Range of IRIS-T SLM: 40 km\n• Reconnaissance drones: 200+"))
                .containsExactly("pledge Germany | IRIS-T SLM | 4 exact", "pledge Germany | reconnaissance drones | 200 more_than");
        assertThat(briefs("Germany will not say what the crew of a Leopard 2A6 is paid.")).isEmpty();
    }

    @Test
    void inCapitalsACapitalSaysNothingOfAName() {
        assertThat(briefs("*SWEDEN ALSO TO SEND ARTILLERY AMMUNITION, UP TO 5 AIR DEFENCE RADARS"))
                .containsExactly("pledge Sweden | artillery ammunition | - unspecified", "pledge Sweden | air defence radars | 5 up_to");
        assertThat(briefs("*FRANCE TO SEND 40 LECLERC TANKS")).containsExactly("pledge France | LECLERC TANKS | 40 exact");
    }

    @Test
    void aClassNamingWhatAnotherNounIsAboutIsNoGift() {
        assertThat(briefs("The United States is sending PAC-3 missiles, says an analyst who tracks air defence deliveries."))
                .containsExactly("pledge United States | Patriot missiles | - unspecified");
    }

    @Test
    void aLineWhoseDotsLeadToItsNumberIsAListEntryOfTheHeadingAboveIt() {
        assertThat(briefs("ANNEX: Belgian equipment delivered to Ukraine in 2023\n\n  Light multirole vehicles (LMV) ........ 80\n"
                + "  M72 LAW anti-tank weapons ............. 2,000\n  Mine-clearing charges ................. 120\n\n"
                + "Further commitments: F-16 fighter aircraft ..... 30 (by 2028)\n\nTotal value of the equipment delivered in 2023: €244 million."))
                .containsExactly("delivery Belgium | Iveco LMV | 80 exact", "delivery Belgium | M72 LAW anti-tank weapons | 2000 exact",
                        "delivery Belgium | mine-clearing charges | 120 exact", "pledge Belgium | F-16 | 30 exact",
                        "aggregate Belgium | 244000000 EUR exact");
    }

    @Test
    void aCompanysOwnFiguresAreNoAid() {
        assertThat(briefs("Rheinmetall's sales rose to €1.6 billion and its order backlog reached a record €40 billion.")).isEmpty();
    }

    @Test
    void fractionsAndDozensOfAScaleAreCounts() {
        assertThat(briefs("Poland has delivered a quarter of a million artillery shells, and Germany two dozen Gepard anti-aircraft guns."))
                .containsExactly("delivery Poland | artillery shells | 250000 exact rounds", "delivery Germany | Gepard | 24 exact");
        assertThat(briefs("The EU sent half a million shells.")).containsExactly("delivery European Union | shells | 500000 exact rounds");
    }

    @Test
    void whatAGiverGetsInExchangeNamesNoGiver() {
        assertThat(briefs("Slovenia delivered 28 M-55S tanks in exchange for German trucks.")).containsExactly("delivery Slovenia | M-55S | 28 exact");
    }

    @Test
    void aContactClauseAfterASubjectIsNotItsVerb() {
        assertThat(briefs("Portugal: the three Leopard 2A6 tanks it promised in February have arrived in Ukraine."))
                .containsExactly("delivery Portugal | Leopard 2A6 | 3 exact");
        assertThat(briefs("The Archer systems and ten Stridsvagn 122 tanks that Sweden pledged in January 2023 have all been delivered."))
                .containsExactly("delivery Sweden | Archer | - unspecified", "delivery Sweden | Stridsvagn 122 | 10 exact");
    }

    @Test
    void aRequestBeforeAColonBelongsToAnotherClause() {
        assertThat(briefs("Bridge-laying tanks are in demand: Germany has delivered eight Biber bridge-layers and plans to send another 8 next year."))
                .containsExactly("delivery Germany | Biber | 8 exact", "pledge Germany | Biber | 8 exact");
    }

    @Test
    void anOrdinalOneTakesTheVerbRightAfterItAndAnAnswerCountsWhatItsQuestionNamed() {
        assertThat(briefs("Germany announced it would send a third Patriot system, days after its second one arrived."))
                .containsExactly("pledge Germany | Patriot | 1 exact", "delivery Germany | Patriot | 1 exact");
        assertThat(briefs("How many F-16s have been promised?\nThe Netherlands has pledged 24, Denmark 19 and Norway 6."))
                .containsExactly("pledge Netherlands | F-16 | 24 exact", "pledge Denmark | F-16 | 19 exact", "pledge Norway | F-16 | 6 exact");
    }

    @Test
    void aSumBetweenSeveralDonorsIsAnAggregateAndEachPartItsOwnGift() {
        assertThat(briefs("Poland and Slovakia gave 27 MiG-29s between them in 2023: Poland 14 and Slovakia 13."))
                .containsExactly("aggregate Poland; Slovakia | MiG-29 | 27 exact", "delivery Poland | MiG-29 | 14 exact", "delivery Slovakia | MiG-29 | 13 exact");
    }

    @Test
    void thePassiveAgentOfAnOrderForUkraineGivesWhatItOrdered() {
        assertThat(briefs("Nineteen CAESAR howitzers were ordered by Denmark from KNDS for Ukraine in 2023; the first six were delivered in January."))
                .containsExactly("pledge Denmark | Caesar | 19 exact", "delivery Denmark | Caesar | 6 exact");
        assertThat(briefs("The 70 CV90s ordered by Slovakia from BAE Systems will arrive next year.")).isEmpty();
    }

    @Test
    void whatADonorBuysForItsOwnForcesIsNoAid() {
        assertThat(briefs("The budget funds the purchase of 46 Leopard 2A8 tanks for the Dutch army; it is not aid to Ukraine.")).isEmpty();
        assertThat(briefs("Norway will buy 54 K9 howitzers for its own army.")).isEmpty();
        assertThat(briefs("The Netherlands will buy 6 F-35 jets for the Dutch air force.")).isEmpty();
        assertThat(briefs("The Netherlands will send 14 Leopard 2A4 tanks for the Ukrainian army."))
                .containsExactly("pledge Netherlands | Leopard 2A4 | 14 exact");
    }

    @Test
    void aSumSaidTogetherAfterTheCountIsAJointTotal() {
        assertThat(briefs("Denmark, Germany and the Netherlands have delivered 40 Leopard 1A5 tanks together so far."))
                .containsExactly("aggregate Denmark; Germany; Netherlands | Leopard 1A5 | 40 exact");
        assertThat(briefs("Denmark and the Netherlands have delivered 14 Leopard 2A4 tanks, bought together from RUAG."))
                .containsExactly("delivery Denmark; Netherlands | Leopard 2A4 | 14 exact");
    }

    @Test
    void theOneThankedGivesAndAClauseWithoutAVerbSharesTheVerbBeforeIt() {
        assertThat(briefs("Thanks to Norway, we received two NASAMS systems this year; thanks to Germany, three IRIS-T SLM systems."))
                .containsExactly("delivery Norway | NASAMS | 2 exact", "delivery Germany | IRIS-T SLM | 3 exact");
        assertThat(briefs("Germany delivered two IRIS-T SLM systems; Norway will send two NASAMS."))
                .containsExactly("delivery Germany | IRIS-T SLM | 2 exact", "pledge Norway | NASAMS | 2 exact");
    }
}
