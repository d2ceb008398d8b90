package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ramstein.extract.domain.ClaimExtractorTest.briefs;

import org.junit.jupiter.api.Test;

/**
 * Data as volunteers share it (a database's dump, a TOML export with lists and comments) and a tracker's lines of counts
 * with their statuses under the heading that names the system.
 */
class DumpsExportsAndTrackerLinesRulesTest {

    @Test
    void aTrackersLinesOfCountsAndStatusesCountTheSystemItsSectionHeadingNames() {
        String text = """
                F-16

                - Denmark: 19 pledged; 12 delivered (second batch arrived in November).
                - Netherlands: 24 pledged. The earlier figure was wrong. 18 delivered.
                - Norway: 6 pledged, 4 delivered.

                Mirage 2000

                - France: 6 pledged.
                """;
        assertThat(briefs(text)).containsExactlyInAnyOrder("pledge Denmark | F-16 | 19 exact", "delivery Denmark | F-16 | 12 exact",
                "pledge Netherlands | F-16 | 24 exact", "delivery Netherlands | F-16 | 18 exact", "pledge Norway | F-16 | 6 exact",
                "delivery Norway | F-16 | 4 exact", "pledge France | Mirage 2000 | 6 exact");
    }

    @Test
    void aCountWithItsStatusUnderAParagraphThatIsNoHeadingCountsNothing() {
        String text = """
                The Netherlands has sent F-16 jets to Ukraine, its defence minister said on Monday.

                - Denmark: 19 pledged.
                """;
        assertThat(briefs(text)).doesNotContain("pledge Denmark | F-16 | 19 exact");
    }

    @Test
    void aCountBeforeASecondVerbOfGivingEndsItsClause() {
        assertThat(briefs("Denmark will give F-16 jets. It has pledged 19 and delivered 12."))
                .contains("pledge Denmark | F-16 | 19 exact", "delivery Denmark | F-16 | 12 exact");
    }

    @Test
    void aDatabaseDumpsRowsAreATableUnderItsColumnsWithTheCounterLeftOutAndNullEmpty() {
        String dump = """
                -- MySQL dump 10.13  Distrib 8.0.36
                DROP TABLE IF EXISTS `transfers`;
                CREATE TABLE `transfers` (
                  `id` int NOT NULL AUTO_INCREMENT,
                  `donor` varchar(64) NOT NULL,
                  `system` varchar(128) DEFAULT NULL,
                  `qty` int DEFAULT NULL,
                  `status` enum('pledged','delivered') NOT NULL,
                  PRIMARY KEY (`id`)
                ) ENGINE=InnoDB AUTO_INCREMENT=412 DEFAULT CHARSET=utf8mb4;
                LOCK TABLES `transfers` WRITE;
                INSERT INTO `transfers` VALUES (401,'Germany','IRIS-T SLM',4,'pledged'),(402,'Cote d\\'Ivoire',NULL,NULL,'pledged'),
                (403,'United States','HIMARS',NULL,'delivered');
                UNLOCK TABLES;
                """;
        assertThat(Markup.isSqlDump(dump)).isTrue();
        assertThat(Markup.plain(dump)).isEqualTo("""
                MySQL dump 10.13  Distrib 8.0.36
                | donor | system | qty | status |
                | --- | --- | --- | --- |
                | Germany | IRIS-T SLM | 4 | pledged |
                | Cote d'Ivoire |  |  | pledged |
                | United States | HIMARS |  | delivered |
                """);
        assertThat(briefs(Markup.plain(dump))).containsExactlyInAnyOrder("pledge Germany | IRIS-T SLM | 4 exact",
                "delivery United States | HIMARS | - unspecified");
        assertThat(Markup.isSqlDump("We wrote INSERT INTO the log and moved on.")).isFalse();
    }

    @Test
    void anInsertNamingItsColumnsNeedsNoCreateTable() {
        String dump = "INSERT INTO aid (donor, system, quantity, status) VALUES ('Sweden', 'Archer', 8, 'delivered');\n";
        assertThat(briefs(Markup.plain(dump))).containsExactly("delivery Sweden | Archer | 8 exact");
    }

    @Test
    void aTableTheLinesAboveSayUkraineAskedForIsNoPledge() {
        String text = """
                Ukraine's published requests, kept to compare against

                | donor | system | qty |
                | --- | --- | --- |
                | Germany | Patriot | 7 |

                Deliveries so far

                | donor | system | qty |
                | --- | --- | --- |
                | Germany | Patriot | 3 |
                """;
        assertThat(briefs(text)).containsExactly("delivery Germany | Patriot | 3 exact");
    }

    @Test
    void aTomlExportsEntriesAreRecordsWithCommentsDatesListsAndUnderscoredNumbers() {
        String toml = """
                [meta]
                as_of = 2024-10-01

                [[entry]]
                donor = "Germany"
                system = "PzH 2000"
                status = "delivered"
                quantity = 14
                announced = 2022-06-21

                [[entry]]
                donor = "Italy"
                system = "PzH 2000"
                status = "pledged"
                quantity = 6      # reported, never confirmed

                [[entry]]
                donor = "Ukraine"
                system = "Patriot"
                status = "requested"
                quantity = 7

                [[entry]]
                donor = "Portugal"
                system = ["Leopard 2A6", "M113"]
                status = "delivered"
                quantity = [3, 28]

                [[entry]]
                donor = "Estonia"
                system = "155 mm ammunition"
                status = "delivered"
                quantity = 12_000
                """;
        assertThat(briefs(toml)).containsExactlyInAnyOrder("delivery Germany | PzH 2000 | 14 exact", "pledge Italy | PzH 2000 | 6 exact",
                "delivery Portugal | Leopard 2A6 | 3 exact", "delivery Portugal | M113 | 28 exact",
                "delivery Estonia | 155mm artillery ammunition | 12000 exact rounds");
        assertThat(ClaimExtractorTest.claims(toml)).filteredOn(c -> c.donor().equals("Germany")).singleElement()
                .satisfies(c -> assertThat(c.evidence()).doesNotContain("announced"));
    }

    @Test
    void anOrgModeTableWithItsRuleOfPlusesIsReadUnderItsDonorsHeading() {
        String text = """
                * Denmark                                                              :DNK:
                  | system   | pledged | delivered |
                  |----------+---------+-----------|
                  | F-16     |      19 |         6 |
                """;
        assertThat(briefs(text)).containsExactlyInAnyOrder("pledge Denmark | F-16 | 19 exact", "delivery Denmark | F-16 | 6 exact");
    }

    @Test
    void linesUnderAHeadingOfAsksAreNoPledges() {
        String text = """
                * Canada
                ** PLEDGED 1,300 AIM-7 Sparrow missiles

                * Ukraine's asks (not pledges)
                ** 25 Patriot systems (to cover the whole country)
                """;
        assertThat(briefs(text)).containsExactly("pledge Canada | AIM-7 Sparrow | 1300 exact");
    }

    @Test
    void aWordOfKindDeniedSaysNoKindButAWordMerelyEndingInNoDoesNotDenyIt() {
        assertThat(LineKinds.said("ukraine's asks (not pledges)")).isNull();
        assertThat(LineKinds.said("no commitments yet")).isNull();
        assertThat(LineKinds.said("casino pledges made in the period")).isEqualTo(Claim.PLEDGE);
        assertThat(LineKinds.asked("ukraine's asks (not pledges)")).isTrue();
        assertThat(LineKinds.asked("pledges made in the period")).isFalse();
    }
}
