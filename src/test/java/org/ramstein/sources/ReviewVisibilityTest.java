package org.ramstein.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.ledger.VisibilityFixture;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.sources.domain.Claim;
import org.ramstein.sources.domain.DuplicatePolicy;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

/**
 * Claims are read in public texts, but a decision may join one to a restricted pledge: those who may not see the pledge
 * see the claim without it. Attached to R, a claim reads as accepted into the pledge its words became (which, for them,
 * counts as a pledge of its own); accepted as a delivery on R's line, it names no posting. The duplicates a claim may
 * repeat are the pledges the reader sees.
 */
class ReviewVisibilityTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aClaimJoinedToARestrictedPledgeDoesNotNameIt(DatabaseFactory db) {
        var built = VisibilityFixture.build(db.open(), true);
        try (var app = built.app()) {
            ReviewService review = app.review();
            String pending = review.queue(true, 100, Audience.EVERYTHING).stream()
                    .filter(c -> c.draft().evidence().equals(VisibilityFixture.PENDING_CLAIM_TEXT)).findFirst().orElseThrow().id();
            List<String> joined = VisibilityFixture.claimsIntoR(app);
            String again = joined.get(0);
            String delivered = joined.get(1);

            Claim.Review insider = review.view(again, Audience.EVERYTHING).claim().review();
            assertThat(insider.decision()).isEqualTo(Claim.Decision.ATTACHED);
            assertThat(insider.reason()).isEqualTo("same package as " + VisibilityFixture.R);
            assertThat(review.view(delivered, Audience.EVERYTHING).claim().review().entryId()).isNotNull();
            assertThat(review.view(again, Audience.donor(VisibilityFixture.DONOR_A)).claim().review()).isEqualTo(insider);

            for (Audience audience : List.of(Audience.PUBLIC, Audience.donor(VisibilityFixture.DONOR_B))) {
                Claim.Review shown = review.view(again, audience).claim().review();
                assertThat(shown.decision()).isEqualTo(Claim.Decision.ACCEPTED);
                assertThat(shown.reason()).isNull();
                assertThat(shown.pledgeId()).isEqualTo(insider.pledgeId());
                Claim.Review delivery = review.view(delivered, audience).claim().review();
                assertThat(delivery.decision()).isEqualTo(Claim.Decision.ACCEPTED);
                assertThat(delivery.entryId()).isNull();
                assertThat(delivery.pledgeId()).isNull();
                assertThat(String.valueOf(review.queue(null, 100, audience))).doesNotContain(VisibilityFixture.R);
                assertThat(String.valueOf(review.queue(null, 0, 100, audience))).doesNotContain(VisibilityFixture.R);
                assertThat(review.view(pending, audience).duplicates()).extracting(DuplicatePolicy.Suggestion::pledgeId)
                        .doesNotContain(VisibilityFixture.R);
            }
            assertThat(review.view(pending, Audience.EVERYTHING).duplicates()).extracting(DuplicatePolicy.Suggestion::pledgeId)
                    .contains(VisibilityFixture.R);
            assertThat(review.view(pending, Audience.donor(VisibilityFixture.DONOR_A)).duplicates())
                    .extracting(DuplicatePolicy.Suggestion::pledgeId).contains(VisibilityFixture.R);

            // and the reports count as the claims read: for the public, the text's nine tanks are a pledge of their own
            Map<String, Object> pub = germany(app, Audience.PUBLIC);
            Map<String, Object> liaison = germany(app, Audience.donor(VisibilityFixture.DONOR_A));
            assertThat(pub.get("pledged")).isEqualTo(40L + 14 + 9);
            assertThat(pub.get("delivered")).isEqualTo(20L);
            assertThat(liaison.get("pledged")).isEqualTo(40L + VisibilityFixture.QTY_R);
            assertThat(liaison.get("delivered")).isEqualTo(20L + VisibilityFixture.DELIVERED_R + 12);
        }
    }

    private static Map<String, Object> germany(org.ramstein.App app, Audience audience) {
        return app.reports().fulfilment(TimeFilter.NOW, audience, "donor", null, null).records().stream()
                .filter(r -> "Germany".equals(r.get("donor"))).findFirst().orElseThrow();
    }
}
