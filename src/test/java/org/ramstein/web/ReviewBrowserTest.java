package org.ramstein.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The review queue in a real browser: three claims read in one text, over the demo data. A claim is accepted after a
 * bad quantity is refused beside its field, another rejected after a missing reason is, and the re-announced package
 * attached to the pledge the page suggests, with its reasons.
 */
class ReviewBrowserTest extends BrowserTestBase {
    static String earlier;

    @BeforeAll
    static void ingest() {
        earlier = ReviewFixtures.load(app);
    }

    /** Opens the claim whose evidence is {@code words}, from the queue. */
    private static void openClaim(String words) {
        open("/review");
        WebElement card = browser.findElements(By.cssSelector("article.claim")).stream()
                .filter(a -> a.findElement(By.cssSelector("blockquote mark")).getText().equals(words)).findFirst().orElseThrow();
        card.findElement(By.cssSelector(".claim-go a")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("decide")));
    }

    private static void submit(String form) {
        browser.findElement(By.cssSelector("form#" + form + " button[type=submit]")).click();
    }

    private static void type(String id, String text) {
        WebElement f = browser.findElement(By.id(id));
        f.clear();
        f.sendKeys(text);
    }

    @Test
    void aReviewerAcceptsRejectsAndAttachesClaimsEachErrorBesideItsField() {
        // the queue: each claim with what was read, its words in their sentence, the text's source, rule and confidence
        open("/review");
        assertThat(browser.findElement(By.cssSelector("nav a[aria-current=page]")).getText()).isEqualTo("Review");
        List<WebElement> cards = browser.findElements(By.cssSelector("article.claim"));
        assertThat(cards).hasSize(3);
        WebElement tanks = cards.stream().filter(c -> c.getText().contains(ReviewFixtures.TANKS)).findFirst().orElseThrow();
        assertThat(tanks.findElement(By.cssSelector("blockquote mark")).getText()).isEqualTo(ReviewFixtures.TANKS);
        assertThat(tanks.findElement(By.cssSelector("blockquote")).getText())
                .isEqualTo("Norway will send 8 Leopard 2A4 tanks to Ukraine, the Ministry of Defence said on Tuesday.");
        assertThat(tanks.findElement(By.cssSelector(".kind")).getText()).isEqualToIgnoringCase("Pledge");
        assertThat(tanks.findElement(By.cssSelector("dl.claim-facts")).getText().replace('\n', ' ')).contains("Donor Norway", "Item Leopard 2A4",
                "Quantity 8", "Value no value stated");
        assertThat(tanks.getText()).contains("Example Wire", "published 2023-03-14", ReviewFixtures.URL, "number-system", "confidence 0.87",
                "waiting for review");
        WebElement money = cards.stream().filter(c -> c.getText().contains(ReviewFixtures.MONEY)).findFirst().orElseThrow();
        assertThat(money.findElement(By.cssSelector("dl.claim-facts")).getText()).contains("NOK 7.5 bn", "no number stated");
        assertThat(browser.findElement(By.cssSelector("nav.filters")).getText()).contains("Waiting for review (3)", "Decided (0)", "All (3)");
        screenshot("review-queue");

        // accept the tanks: a word for the quantity is refused beside its field, what was typed kept
        openClaim(ReviewFixtures.TANKS);
        assertThat(browser.findElement(By.cssSelector(".doc mark#evidence")).getText()).isEqualTo(ReviewFixtures.TANKS);
        assertThat(browser.findElement(By.id("f-quantity")).getAttribute("value")).as("prefilled from the claim").isEqualTo("8");
        assertThat(browser.findElement(By.id("f-item")).getAttribute("value")).isEqualTo("Leopard 2A4");
        type("f-quantity", "eight");
        submit("accept");
        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("f-quantity-err")));
        assertThat(error.getText()).contains("'eight' is not a whole number");
        assertThat(browser.findElement(By.id("f-quantity")).getAttribute("value")).isEqualTo("eight");
        assertThat(browser.findElement(By.id("f-quantity")).getAttribute("aria-invalid")).isEqualTo("true");
        screenshot("review-claim-error");

        type("f-quantity", "8");
        submit("accept");
        WebElement done = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".outcome-accepted")));
        assertThat(done.getText()).contains("accepted: a pledge was recorded, citing the text with the claim's words", "Decided by coordinator",
                "Pledge “" + ReviewFixtures.TANKS + "”");
        assertThat(browser.getCurrentUrl()).as("on to the next claim waiting").matches(".*/review/cl-[^/?]+\\?done=.*");
        // the pledge cites the text, with the claim's words as its quote
        done.findElement(By.cssSelector("a")).click();
        WebElement panel = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#provenance.open")));
        WebElement quote = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#provenance blockquote mark")));
        assertThat(quote.getText()).isEqualTo(ReviewFixtures.TANKS);
        assertThat(panel.findElement(By.cssSelector(".quote .src")).getText()).contains("Norway sends Leopard tanks", "Example Wire", "published 2023-03-14");
        assertThat(panel.findElement(By.cssSelector(".quote .src a")).getAttribute("href")).isEqualTo(ReviewFixtures.URL);
        assertThat(panel.findElement(By.cssSelector("[data-table=lines]")).getText()).contains("Leopard 2A4", "8");
        browser.findElement(By.cssSelector("#provenance button.close")).click();
        open("/donors/NOR");
        assertThat(browser.findElement(By.id("t-pledges")).getText()).as("the pledge is listed with the donor's").contains(ReviewFixtures.TANKS);

        // reject the intention: without a reason it is refused, beside the reason
        openClaim(ReviewFixtures.INTENT);
        submit("reject");
        WebElement noReason = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("f-reject-reason-err")));
        assertThat(noReason.getText()).contains("a rejection must say why");
        type("f-reject-reason", "an intention, not a commitment");
        submit("reject");
        WebElement rejected = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".outcome-rejected")));
        assertThat(rejected.getText()).contains("rejected: “an intention, not a commitment”", "Decided by coordinator");

        // attach the money package to the pledge the page suggests, which says why
        openClaim(ReviewFixtures.MONEY);
        WebElement dup = browser.findElement(By.id("dup-" + earlier));
        assertThat(dup.findElement(By.cssSelector("a.fig")).getText()).isEqualTo(ReviewFixtures.EARLIER_PACKAGE);
        assertThat(dup.findElements(By.cssSelector("ul.reasons li")).stream().map(WebElement::getText).toList())
                .contains("same donor", "both a sum of money", "announced 13 day(s) apart", "value NOK 7.5 bn vs NOK 7.3 bn (3% apart)");
        assertThat(dup.getText()).contains("announced 2023-03-01", "NOK 7.3 bn");
        assertThat(browser.findElement(By.id("f-value")).getAttribute("value")).as("as the text says it").isEqualTo("7.5 billion");
        screenshot("review-claim");
        browser.findElement(By.cssSelector("input[name=pledgeId][value='" + earlier + "']")).click();
        submit("attach");
        WebElement attached = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".outcome-attached")));
        assertThat(attached.getText()).contains("attached to pledge " + earlier + " as the same package announced again", "counted once",
                "Pledge “" + ReviewFixtures.EARLIER_PACKAGE + "”", "Decided by coordinator");
        assertThat(browser.getCurrentUrl()).as("nothing left to review: back to the queue").contains("/review?done=");
        assertThat(browser.findElement(By.cssSelector("#t-claims .empty")).getText()).contains("No claims are waiting for review");
        browser.findElement(By.partialLinkText("Decided")).click();
        waiting().until(ExpectedConditions.urlContains("status=decided"));
        assertThat(browser.findElements(By.cssSelector("article.claim.is-decided"))).hasSize(3);
        screenshot("review-decided");
    }
}
