package org.ramstein.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.ramstein.App;
import org.ramstein.ledger.domain.AidType;
import org.ramstein.ledger.domain.FuzzyDate;
import org.ramstein.ledger.domain.LineDraft;
import org.ramstein.ledger.domain.Money;
import org.ramstein.ledger.domain.PledgeDraft;
import org.ramstein.ledger.domain.Quantity;
import org.ramstein.sources.ReviewService;
import org.ramstein.sources.domain.ClaimDraft;
import org.ramstein.sources.domain.SourceKind;
import org.ramstein.sources.domain.SourceRef;

/**
 * A small news text of our own with three claims for the review pages: eight tanks (to accept), a money package the
 * ledger already holds in an earlier, slightly different figure (to attach), and an intention (to reject).
 */
final class ReviewFixtures {
    static final String OSLO = """
            OSLO, 14 March 2023. Norway will send 8 Leopard 2A4 tanks to Ukraine, the Ministry of Defence said on Tuesday. \
            The tanks come from army stocks and are expected to arrive in the spring.

            The government also confirmed the support package worth NOK 7.5 billion for this year, first announced at the \
            start of the month. Oslo may consider sending more air defence systems later in the year, the minister added.
            """;
    static final String URL = "https://example.org/news/oslo-leopards";
    static final String TANKS = "8 Leopard 2A4 tanks";
    static final String MONEY = "the support package worth NOK 7.5 billion";
    static final String INTENT = "may consider sending more air defence systems";
    static final String EARLIER_PACKAGE = "Norwegian support package 2023";

    private ReviewFixtures() {
    }

    static ClaimDraft claim(String kind, String item, String category, Long quantity, String qualifier, BigDecimal value, String currency,
                            String evidence, String text) {
        int at = text.indexOf(evidence);
        return new ClaimDraft(kind, "Norway", "Ukraine", item, category, quantity, null, qualifier, value, currency, null, evidence, at,
                at + evidence.length(), kind.equals("money") ? "money-package" : "number-system", 0.87);
    }

    /** The package as the ledger already holds it (announced on 1 March), and the Oslo text with its three claims. */
    static String load(App app) {
        String earlier = app.ledgerService().recordPledge(new PledgeDraft(null, "Norway", AidType.MILITARY, EARLIER_PACKAGE,
                FuzzyDate.day(LocalDate.of(2023, 3, 1)), null, null,
                List.of(new LineDraft(null, null, "funding", Quantity.UNSPECIFIED, Money.of("7300000000", "NOK"), null)),
                List.of(new SourceRef(null, SourceKind.WEB, "Norway's support for Ukraine", "Government of Norway", "https://example.org/gov/support",
                        LocalDate.of(2023, 3, 1), "a support package of NOK 7.3 billion in 2023", null)), "fixture")).pledgeId();
        app.review().ingest(new ReviewService.DocumentMeta("Norway sends Leopard tanks", URL, "Example Wire", LocalDate.of(2023, 3, 14), "text/plain"),
                OSLO, List.of(
                        claim("pledge", "Leopard 2A4", "main_battle_tank", 8L, "exact", null, null, TANKS, OSLO),
                        claim("money", "support package", "funding", null, "exact", new BigDecimal("7500000000"), "NOK", MONEY, OSLO),
                        claim("pledge", "air defence systems", null, null, "unspecified", null, null, INTENT, OSLO)),
                "fixture");
        return earlier;
    }
}
