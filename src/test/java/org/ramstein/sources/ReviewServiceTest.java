package org.ramstein.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.ramstein.App;
import org.ramstein.common.ConflictException;
import org.ramstein.common.FieldError;
import org.ramstein.common.ValidationException;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.ledger.domain.TimeFilter;
import org.ramstein.sources.domain.Claim;
import org.ramstein.sources.domain.ClaimDraft;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases.DatabaseFactory;

class ReviewServiceTest {

    static final String FIRST = "Berlin said on Thursday it will send 40 Marder infantry fighting vehicles. "
            + "Washington announced a package worth $1.85 billion including a Patriot battery. "
            + "Allies have so far delivered 230 tanks.";
    static final String SECOND = "The United States unveiled nearly $2 billion in new military aid on Wednesday.";

    static ClaimDraft claim(String kind, String donor, String item, String category, Long q, String qualifier, BigDecimal value,
                            String currency, String evidence, String text) {
        int at = text.indexOf(evidence);
        return new ClaimDraft(kind, donor, "Ukraine", item, category, q, null, qualifier, value, currency, null, evidence, at,
                at + evidence.length(), "test", 0.9);
    }

    static List<ClaimDraft> firstClaims() {
        return List.of(
                claim("pledge", "Germany", "Marder", "infantry_fighting_vehicle", 40L, "exact", null, null, "40 Marder infantry fighting vehicles", FIRST),
                claim("money", "United States", "package", "funding", null, "exact", new BigDecimal("1850000000"), "USD",
                        "a package worth $1.85 billion", FIRST),
                claim("aggregate", "allies", "tanks", "main_battle_tank", 230L, "exact", null, null, "delivered 230 tanks", FIRST));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void claimsWaitForAReviewerAndAcceptedOnesCiteTheirWords(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            ReviewService review = new ReviewService(app.ledger(), app.catalog(), app.ledgerService());
            var meta = new ReviewService.DocumentMeta("first.txt", "https://example.org/first", "Example Wire", LocalDate.of(2023, 1, 5), "text/plain");
            var in = review.ingest(meta, FIRST, firstClaims(), "reviewer");
            assertThat(in.claims()).isEqualTo(3);
            assertThat(in.alreadyIngested()).isFalse();
            assertThat(review.ingest(meta, FIRST, firstClaims(), "reviewer").alreadyIngested()).as("the same text twice").isTrue();
            assertThat(count(app, "claim")).isEqualTo(3);
            assertThat(count(app, "pledge")).as("nothing enters the ledger unreviewed").isZero();

            List<Claim> queue = review.queue(true, 50, Audience.EVERYTHING);
            Claim marders = queue.stream().filter(c -> c.draft().kind().equals("pledge")).findFirst().orElseThrow();
            assertThat(marders.donorCode()).isEqualTo("DEU");
            assertThat(marders.itemId()).isEqualTo("marder-1a3");
            Claim accepted = review.accept(marders.id(), null, null, "reviewer");
            assertThat(accepted.review().decision()).isEqualTo(Claim.Decision.ACCEPTED);
            String quote = app.database().jdbi().withHandle(h -> h.createQuery("SELECT quote FROM citation WHERE subject_type = 'pledge' AND subject_id = :p")
                    .bind("p", accepted.review().pledgeId()).mapTo(String.class).one());
            assertThat(quote).isEqualTo("40 Marder infantry fighting vehicles");
            Map<String, Object> de = app.reports().fulfilment(TimeFilter.NOW, Audience.EVERYTHING, "donor", null, null).records().stream()
                    .filter(r -> "Germany".equals(r.get("donor"))).findFirst().orElseThrow();
            assertThat(de.get("pledged")).isEqualTo(40L);
            assertThatThrownBy(() -> review.accept(marders.id(), null, null, "someone else")).isInstanceOf(ConflictException.class)
                    .hasMessageContaining("already accepted by reviewer");

            Claim aggregate = queue.stream().filter(c -> c.draft().kind().equals("aggregate")).findFirst().orElseThrow();
            review.accept(aggregate.id(), null, null, "reviewer");
            assertThat(app.reports().fulfilment(TimeFilter.NOW, Audience.EVERYTHING, "category", null, null).records().stream()
                    .map(r -> String.valueOf(r.get("reported")))).anyMatch(s -> s.contains("230"));

            Claim money = queue.stream().filter(c -> c.draft().kind().equals("money")).findFirst().orElseThrow();
            assertThatThrownBy(() -> review.reject(money.id(), " ", "reviewer")).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("reason"));
            ClaimDraft bad = new ClaimDraft("money", "United States", "Ukraine", "package", "funding", null, null, "exact",
                    new BigDecimal("1850000000"), "$", null, "a package worth $1.85 billion", null, null, null, null);
            assertThatThrownBy(() -> review.accept(money.id(), bad, null, "reviewer")).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("currency"));
            ClaimDraft invented = new ClaimDraft("money", "United States", "Ukraine", "package", "funding", null, null, "exact",
                    new BigDecimal("1850000000"), "USD", null, "a package worth $9 billion", null, null, null, null);
            assertThatThrownBy(() -> review.accept(money.id(), invented, null, "reviewer")).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("evidence"));
            assertThat(review.accept(money.id(), null, null, "reviewer").review().pledgeId()).isNotNull();
            assertThat(review.queue(true, 50, Audience.EVERYTHING)).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aReAnnouncedPackageIsSuggestedWithReasonsAndCountedOnceWhenAttached(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            ReviewService review = new ReviewService(app.ledger(), app.catalog(), app.ledgerService());
            review.ingest(new ReviewService.DocumentMeta("first.txt", null, "Example Wire", LocalDate.of(2022, 12, 21), null), FIRST,
                    firstClaims(), "reviewer");
            Claim first = review.queue(true, 50, Audience.EVERYTHING).stream().filter(c -> c.draft().kind().equals("money")).findFirst().orElseThrow();
            String pledge = review.accept(first.id(), null, null, "reviewer").review().pledgeId();

            review.ingest(new ReviewService.DocumentMeta("second.txt", null, "Another Wire", LocalDate.of(2022, 12, 22), null), SECOND,
                    List.of(claim("money", "US", "military aid", "funding", null, "about", new BigDecimal("2000000000"), "USD",
                            "nearly $2 billion", SECOND)), "reviewer");
            Claim again = review.queue(true, 50, Audience.EVERYTHING).stream().filter(c -> c.draft().evidence().equals("nearly $2 billion")).findFirst().orElseThrow();
            var view = review.view(again.id(), Audience.EVERYTHING);
            assertThat(view.duplicates()).hasSize(1);
            assertThat(view.duplicates().get(0).pledgeId()).isEqualTo(pledge);
            assertThat(view.duplicates().get(0).reasons()).contains("same donor", "both a sum of money", "announced 1 day(s) apart")
                    .contains("value USD 2 bn vs USD 1.85 bn (8% apart)");

            review.attach(again.id(), pledge, "reviewer");
            long linked = app.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM pledge_link WHERE same_as_id = :p")
                    .bind("p", pledge).mapTo(Long.class).one());
            assertThat(linked).isEqualTo(1);
            Map<String, Object> us = app.reports().values(TimeFilter.NOW, Audience.EVERYTHING, "donor", null).records().stream()
                    .filter(r -> "United States".equals(r.get("donor"))).findFirst().orElseThrow();
            assertThat(us.get("reported_lines")).as("the package counted once").isEqualTo(1L);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void theQueueComesInPagesAndTurnsToTheNextClaimWaiting(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            ReviewService review = app.review();
            review.ingest(new ReviewService.DocumentMeta("first.txt", null, null, LocalDate.of(2023, 1, 5), null), FIRST, firstClaims(), "reviewer");
            List<Claim> all = review.queue(null, 50, Audience.EVERYTHING);
            assertThat(review.queue(null, 0, 2, Audience.EVERYTHING)).isEqualTo(all.subList(0, 2));
            assertThat(review.queue(null, 2, 2, Audience.EVERYTHING)).isEqualTo(all.subList(2, 3));
            assertThat(review.count(null)).isEqualTo(3);
            assertThat(review.nextPending(all.get(0).id())).contains(all.get(1).id());
            assertThat(review.nextPending(all.get(2).id())).as("after the last, the first still waiting").contains(all.get(0).id());
            review.reject(all.get(1).id(), "not a pledge", "reviewer");
            assertThat(review.count(true)).isEqualTo(2);
            assertThat(review.count(false)).isEqualTo(1);
            assertThat(review.queue(false, 0, 10, Audience.EVERYTHING)).extracting(Claim::id).containsExactly(all.get(1).id());
            assertThat(review.nextPending(all.get(0).id())).as("a decided claim is passed over").contains(all.get(2).id());
            review.reject(all.get(0).id(), "not a pledge", "reviewer");
            assertThat(review.nextPending(all.get(2).id())).as("no other claim waiting").isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.ramstein.storage.TestDatabases#both")
    void aRefusedAttachOrDeliveryLeavesNothingBehind(DatabaseFactory db) {
        try (App app = new App(db.open(), RecordingClock.system())) {
            ReviewService review = app.review();
            review.ingest(new ReviewService.DocumentMeta("first.txt", null, null, LocalDate.of(2022, 12, 21), null), FIRST, firstClaims(), "reviewer");
            Claim money = review.queue(true, 50, Audience.EVERYTHING).stream().filter(c -> c.draft().kind().equals("money")).findFirst().orElseThrow();
            String pledge = review.accept(money.id(), null, null, "reviewer").review().pledgeId();
            review.ingest(new ReviewService.DocumentMeta("second.txt", null, null, LocalDate.of(2022, 12, 22), null), SECOND,
                    List.of(claim("money", "US", "military aid", "funding", null, "about", new BigDecimal("2000000000"), "USD", "nearly $2 billion", SECOND)),
                    "reviewer");
            Claim again = review.queue(true, 50, Audience.EVERYTHING).stream().filter(c -> c.draft().evidence().equals("nearly $2 billion")).findFirst().orElseThrow();
            long pledges = count(app, "pledge");

            assertThatThrownBy(() -> review.attach(again.id(), "pl-none", "reviewer")).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::message).containsExactly("no pledge 'pl-none' is recorded"));
            assertThat(count(app, "pledge")).as("nothing recorded for a wrong id").isEqualTo(pledges);
            assertThat(review.attach(again.id(), " " + pledge + " ", "reviewer").review().decision()).isEqualTo(Claim.Decision.ATTACHED);

            // the re-announcement is itself the same as another: attach to that one
            String duplicate = "pl-" + again.id();
            review.ingest(new ReviewService.DocumentMeta("third.txt", null, null, LocalDate.of(2022, 12, 23), null), "Again: $1.9 billion for Kyiv.",
                    List.of(claim("money", "US", "aid", "funding", null, "exact", new BigDecimal("1900000000"), "USD", "$1.9 billion",
                            "Again: $1.9 billion for Kyiv.")), "reviewer");
            Claim third = review.queue(true, 50, Audience.EVERYTHING).stream().filter(c -> c.draft().evidence().equals("$1.9 billion")).findFirst().orElseThrow();
            assertThatThrownBy(() -> review.attach(third.id(), duplicate, "reviewer")).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors().get(0).message()).contains("is itself the same package as '" + pledge + "'"));

            // a delivery without its number is refused before its pledge is written
            Claim marders = review.queue(true, 50, Audience.EVERYTHING).stream().filter(c -> c.draft().kind().equals("pledge")).findFirst().orElseThrow();
            ClaimDraft delivery = new ClaimDraft("delivery", "Germany", "Ukraine", "Marder", null, null, null, "unspecified", null, null, null,
                    "40 Marder infantry fighting vehicles", null, null, null, null);
            long before = count(app, "pledge");
            assertThatThrownBy(() -> review.accept(marders.id(), delivery, null, "reviewer")).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.errors()).extracting(FieldError::field).containsExactly("quantity"));
            assertThat(count(app, "pledge")).isEqualTo(before);
            assertThat(review.queue(true, 50, Audience.EVERYTHING)).extracting(Claim::id).contains(marders.id());
        }
    }

    static long count(App app, String table) {
        return app.database().jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM " + table).mapTo(Long.class).one());
    }
}
