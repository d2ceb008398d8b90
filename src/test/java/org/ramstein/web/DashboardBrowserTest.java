package org.ramstein.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The dashboard in a real browser, with the demo data: every page, its charts, sources, the as-of date and the forms. */
class DashboardBrowserTest extends BrowserTestBase {

    /** Every page of the dashboard, by the name its screenshot is saved under. */
    static final List<String[]> PAGES = List.of(
            new String[] {"overview", "/"},
            new String[] {"donors", "/donors"},
            new String[] {"donor-germany", "/donors/DEU"},
            new String[] {"systems", "/systems"},
            new String[] {"system-marder", "/systems/marder-1a3"},
            new String[] {"system-patriot", "/systems/patriot"},
            new String[] {"needs", "/needs"},
            new String[] {"meetings", "/meetings"},
            new String[] {"changes", "/changes?since=2000-01-01"},
            new String[] {"review", "/review"},
            new String[] {"enter", "/enter"},
            new String[] {"enter-pledge", "/enter/pledge"},
            new String[] {"import", "/import"});

    @Test
    void everyPageLoadsAndEveryChartHasDataPoints() {
        for (String[] page : PAGES) {
            open(page[1]);
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(page[1] + " has a heading").isNotBlank();
            assertThat(browser.findElements(By.cssSelector(".error"))).as(page[1] + " shows no error").isEmpty();
            List<Long> points = chartPoints();
            assertThat(points).as(page[1] + ": every chart drew data points").allMatch(n -> n > 0);
            int charts = browser.findElements(By.cssSelector("[data-chart]")).size();
            assertThat(browser.findElements(By.cssSelector("[data-chart] svg"))).as(page[1] + " charts are drawn as SVG").hasSize(charts);
            assertThat(browser.findElements(By.cssSelector(".chart-table table")).size()).as(page[1] + ": each chart has its table")
                    .isGreaterThanOrEqualTo(charts);
            screenshot(page[0]);
        }
        open("/");
        assertThat(chartPoints()).as("the overview draws its charts").hasSizeGreaterThanOrEqualTo(5);
        screenshot("overview-phone", 390);
    }

    @Test
    void aFigureOpensItsSourcesWithTheQuoteHighlighted() {
        open("/donors/DEU");
        WebElement pledge = browser.findElement(By.linkText("Marder infantry fighting vehicles and one Patriot system"));
        pledge.click();
        WebElement panel = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#provenance.open")));
        WebElement quote = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#provenance blockquote mark")));
        assertThat(quote.getText()).as("the source's exact words").isNotBlank();
        assertThat(panel.getText()).contains("Sources", "Corrections history");
        screenshot("provenance-panel");

        // a total opens the entries it is made of, each leading to its own sources
        open("/");
        browser.findElement(By.cssSelector(".headline a.fig")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#provenance.open [data-table=parts]")));
        WebElement first = browser.findElement(By.cssSelector("#provenance [data-table=parts] tbody a.fig"));
        first.click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#provenance blockquote mark")));
        screenshot("provenance-from-total");
    }

    @Test
    void changingTheAsOfDateChangesTheTotalsAndKeepsItInTheAddress() {
        open("/");
        String now = headline(1);
        js("document.getElementById('asOf').value = '2022-09-01'");
        browser.findElement(By.cssSelector("form.asof button")).click();
        waiting().until(ExpectedConditions.urlContains("asOf=2022-09-01"));
        waitForCharts();
        assertThat(browser.getCurrentUrl()).contains("asOf=2022-09-01");
        String then = headline(1);
        assertThat(then).as("committed value as of 2022-09-01").isNotEqualTo(now);
        assertThat(browser.findElement(By.cssSelector(".asof-banner")).getText()).contains("as of 2022-09-01");
        // links keep the date, so a shared view stays the same view
        assertThat(browser.findElement(By.linkText("Donors")).getAttribute("href")).contains("asOf=2022-09-01");
        screenshot("overview-as-of-2022-09-01");
    }

    @Test
    void knownAtReplaysWhatTheLedgerKnewBeforeALaterEntry() throws InterruptedException {
        open("/");
        String before = headline(1);
        // an instant strictly between everything recorded so far and the entry recorded next, to the second
        Thread.sleep(1100);
        java.time.Instant then = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        // a browser shows a whole minute without its ":00", which the comparisons below do not expect
        while (then.getEpochSecond() % 60 == 0) {
            Thread.sleep(1100);
            then = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        }
        Thread.sleep(1100);
        app.ledgerService().recordPledge(new org.ramstein.ledger.domain.PledgeDraft(null, "Portugal", org.ramstein.ledger.domain.AidType.MILITARY,
                "Air defence package recorded later", org.ramstein.ledger.domain.FuzzyDate.parse("2023-03-01"), null, null,
                List.of(new org.ramstein.ledger.domain.LineDraft("IRIS-T SLM", null, null, org.ramstein.ledger.domain.Quantity.exact(2),
                        org.ramstein.ledger.domain.Money.of("900000000", "EUR"), null)),
                List.of(org.ramstein.sources.domain.SourceRef.manual("entered by the browser test")), "browser test"));
        open("/");
        String after = headline(1);
        assertThat(after).as("the later entry adds to the committed value").isNotEqualTo(before);

        js("document.getElementById('knownAt').value = arguments[0]", then.toString().substring(0, 19));
        browser.findElement(By.cssSelector("form.asof button")).click();
        waiting().until(ExpectedConditions.urlContains("knownAt="));
        waitForCharts();
        assertThat(browser.getCurrentUrl()).contains("knownAt=" + then.toString().substring(0, 13));
        assertThat(headline(1)).as("committed value as the ledger knew it before the entry").isEqualTo(before);
        assertThat(browser.findElement(By.cssSelector(".asof-banner")).getText()).contains("as the ledger knew it at " + then.toString().substring(0, 10));
        // every internal link carries the instant: the donors page and a figure's sources show the same moment
        assertThat(browser.findElement(By.linkText("Donors")).getAttribute("href")).contains("knownAt=");
        assertThat(browser.findElement(By.cssSelector(".headline a.fig")).getAttribute("href")).contains("knownAt=");
        screenshot("overview-known-at");
        browser.findElement(By.linkText("Donors")).click();
        waiting().until(ExpectedConditions.urlContains("/donors"));
        waitForCharts();
        assertThat(browser.findElement(By.id("knownAt")).getAttribute("value")).isEqualTo(then.toString().substring(0, 19));
        assertThat(browser.findElement(By.id("t-donors")).getText()).doesNotContain("Portugal");
        browser.findElement(By.linkText("show latest")).click();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("knownAt=")));
        waitForCharts();
        assertThat(browser.findElement(By.id("t-donors")).getText()).contains("Portugal");
    }

    @Test
    void aPledgeTakesAsManyLinesAsItNeedsEachErrorBesideItsField() {
        open("/enter/pledge");
        assertThat(browser.findElements(By.cssSelector("#lines fieldset"))).as("one line slot to start with").hasSize(1);
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-donor"))).selectByValue("EST");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-aidType"))).selectByValue("military");
        browser.findElement(By.id("f-title")).sendKeys("Four-line package");
        browser.findElement(By.id("f-announced")).sendKeys("2023-05-10");
        String[][] lines = {{"Marder 1A3", "12"}, {"Leopard 2A6", "4"}, {"Patriot", "lots"}, {"155mm", "20000"}};
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                browser.findElement(By.cssSelector("#lines button[name=addLine]")).click();
                int n = i;
                waiting().until(b -> b.findElements(By.id("f-lines-" + n + "-item")).size() == 1);
            }
            browser.findElement(By.id("f-lines-" + i + "-item")).sendKeys(lines[i][0]);
            browser.findElement(By.id("f-lines-" + i + "-quantity-value")).sendKeys(lines[i][1]);
        }
        assertThat(browser.findElement(By.id("f-lines-0-item")).getAttribute("value")).as("earlier lines keep what was typed").isEqualTo("Marder 1A3");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-sources-0-kind"))).selectByValue("manual");
        browser.findElement(By.id("f-sources-0-quote")).sendKeys("four lines, entered by the browser test");
        browser.findElement(By.cssSelector("form.entry > p > button[type=submit]")).click();

        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("f-lines-2-quantity-value-err")));
        assertThat(error.getText()).contains("not a whole number");
        assertThat(browser.findElements(By.cssSelector("#lines fieldset"))).as("all four lines come back").hasSize(4);
        assertThat(browser.findElement(By.id("f-lines-3-item")).getAttribute("value")).isEqualTo("155mm");
        screenshot("pledge-form-four-lines-error");

        WebElement bad = browser.findElement(By.id("f-lines-2-quantity-value"));
        bad.clear();
        bad.sendKeys("1");
        browser.findElement(By.cssSelector("form.entry > p > button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/donors/EST"));
        String added = browser.getCurrentUrl().replaceAll(".*[?&]added=([^&#]+).*", "$1");
        open("/provenance/pledge/" + added);
        assertThat(browser.findElements(By.cssSelector("[data-table=lines] tbody tr"))).as("the pledge has four lines").hasSize(4);
        assertThat(browser.findElement(By.cssSelector("[data-table=lines]")).getText()).contains("Marder 1A3", "Leopard 2A6", "Patriot", "20,000");
        screenshot("pledge-with-four-lines");
    }

    @Test
    void aTrackersIncrementsShowTheirRunningTotalsAndTheirTotalAgainstTheLedger() {
        // the volunteer tracker's dated additions, uploaded through the import page
        open("/import");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-format"))).selectByValue("pun");
        browser.findElement(By.id("f-file")).sendKeys(java.nio.file.Path.of("src/test/resources/web/heavy_weapon_commits_derived.csv")
                .toAbsolutePath().toString());
        browser.findElement(By.cssSelector("form.entry button[type=submit]")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".notice")));

        open("/systems/marder-1a3");
        String table = browser.findElement(By.id("t-reconciliation-DEU")).getText();
        assertThat(table).contains("+40 units added", "+20 units added", "−5 units added", "running total 60", "running total 55",
                "TOTAL of 3 increments", "55 units");
        screenshot("system-marder-increments");
    }

    @Test
    void aDonorsValuesAreReportedAndEstimatedSideBySideEachWithItsBasisAndEmptyStatesSaySo() {
        open("/donors/GBR");
        WebElement values = browser.findElement(By.id("t-values"));
        assertThat(values.findElements(By.cssSelector("thead th")).stream().map(WebElement::getText).toList())
                .contains("reported value (EUR)", "estimated value (EUR)", "basis of the estimate");
        assertThat(values.getText()).contains("reported, ").doesNotContain("reported and estimated");
        for (WebElement row : values.findElements(By.cssSelector("tbody tr"))) {
            List<WebElement> cells = row.findElements(By.cssSelector("td"));
            assertThat(cells.get(1).getText()).as("a reported value is labelled as one").matches("(—\\s*none reported|€.* reported, .*)");
            assertThat(cells.get(2).getText()).as("an estimate is labelled and marked ≈").matches("(—\\s*none estimated|≈ €.* estimated, .*)");
        }
        // the basis opens in one click, without leaving the page
        WebElement basis = values.findElement(By.cssSelector("details.basis summary"));
        basis.click();
        assertThat(values.findElement(By.cssSelector("details.basis[open] p")).getText()).contains("never added");
        screenshot("donor-uk-values");

        // an honest empty state: a pledge with nothing delivered says so, in its own words
        open("/donors/DEU");
        assertThat(browser.findElement(By.id("t-pledges")).getText()).contains("no deliveries recorded for this pledge yet");
        open("/donors/ISL");
        assertThat(browser.findElement(By.cssSelector("#t-pledges .empty")).getText()).isEqualTo("No pledges recorded for Iceland.");
        assertThat(browser.findElement(By.cssSelector("#t-deliveries .empty")).getText()).isEqualTo("No deliveries recorded for Iceland yet.");
        assertThat(browser.findElement(By.cssSelector("#t-values .empty")).getText()).isEqualTo("No pledge lines recorded for Iceland.");
        assertThat(browser.findElement(By.cssSelector("#c-timeline .empty")).getText()).contains("No dated item quantities");
        screenshot("donor-empty");
    }

    /** What has the keyboard focus, in words: its id, or its tag and text. */
    private static String focused() {
        return (String) js("var e = document.activeElement; if (!e || e === document.body) return 'body';"
                + "if (e.id) return '#' + e.id; return e.tagName.toLowerCase() + (e.className ? '.' + e.className.split(' ')[0] : '') + ':' + e.textContent.trim();");
    }

    @Test
    void theKeyboardReachesTheClocksTheSectionsAndTheFiguresAndEscapeClosesTheSources() {
        open("/");
        js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)");
        List<String> order = new java.util.ArrayList<>();
        var keys = new org.openqa.selenium.interactions.Actions(browser);
        for (int i = 0; i < 80 && order.stream().noneMatch(f -> f.startsWith("a.fig")); i++) {
            keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
            String f = focused();
            if (order.isEmpty() || !order.get(order.size() - 1).equals(f)) order.add(f);
        }
        assertThat(order.get(0)).as("the first stop skips to the content").isEqualTo("a.skip:Skip to content");
        int nav = order.indexOf("a:Donors");
        int asOf = order.indexOf("#asOf");
        int knownAt = order.indexOf("#knownAt");
        int figure = java.util.stream.IntStream.range(0, order.size()).filter(i -> order.get(i).startsWith("a.fig")).findFirst().orElse(-1);
        assertThat(List.of(nav, asOf, knownAt, figure)).as("tab order " + order).doesNotContain(-1);
        assertThat(nav).isLessThan(asOf);
        assertThat(asOf).isLessThan(knownAt);
        assertThat(knownAt).isLessThan(figure);

        // Enter on a figure opens its sources, focus goes into the panel; Escape closes it and gives the focus back
        WebElement fig = browser.switchTo().activeElement();
        fig.sendKeys(org.openqa.selenium.Keys.ENTER);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#provenance.open [data-table=parts]")));
        assertThat((Boolean) js("return document.getElementById('provenance').contains(document.activeElement)")).isTrue();
        keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
        assertThat(focused()).as("the close button is the panel's first stop").startsWith("button.close");
        keys.sendKeys(org.openqa.selenium.Keys.ESCAPE).perform();
        waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("provenance")));
        assertThat(browser.switchTo().activeElement()).as("focus back on the figure").isEqualTo(fig);
    }

    @Test
    void thePrintedPageKeepsItsDateAndEveryChartsTableAndDropsTheControls() {
        open("/");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", "print"));
        try {
            assertThat(browser.findElement(By.cssSelector("header.top nav")).isDisplayed()).as("navigation not printed").isFalse();
            assertThat(browser.findElement(By.cssSelector("form.asof")).isDisplayed()).as("date controls not printed").isFalse();
            assertThat(browser.findElement(By.cssSelector(".asof-banner")).isDisplayed()).as("the date of the view is printed").isTrue();
            // (Selenium's isDisplayed() holds anything inside a closed <details> hidden, whatever the style: ask the layout)
            assertThat((Long) js("return document.querySelectorAll('.chart-table table').length")).isPositive();
            assertThat((Boolean) js("return Array.from(document.querySelectorAll('.chart-table table'))"
                    + ".every(function (t) { return t.getBoundingClientRect().height > 20; })")).as("each chart's table is printed, folded or not").isTrue();
            assertThat(browser.findElements(By.cssSelector(".downloads")).stream().noneMatch(WebElement::isDisplayed)).isTrue();
            assertThat(browser.findElement(By.cssSelector(".brand")).getCssValue("color")).as("the title prints dark on white paper")
                    .isIn("rgba(0, 0, 0, 1)", "rgb(0, 0, 0)");
            screenshot("overview-print");
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("media", ""));
        }
    }

    private static String headline(int i) {
        return browser.findElements(By.cssSelector(".headline .big-value")).get(i).getText();
    }

    @Test
    void aBadValueIsShownBesideItsFieldAndAGoodOneIsListed() {
        open("/enter/need");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-capability"))).selectByValue("air_and_missile_defence");
        browser.findElement(By.id("f-description")).sendKeys("IRIS-T SLM fire units for Odesa");
        browser.findElement(By.id("f-item")).sendKeys("IRIS-T");
        browser.findElement(By.id("f-quantity-value")).sendKeys("four");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-priority"))).selectByValue("1");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("f-sources-0-kind"))).selectByValue("manual");
        browser.findElement(By.id("f-sources-0-quote")).sendKeys("stated by the analyst in a briefing");
        browser.findElement(By.cssSelector("form.entry button[type=submit]")).click();

        WebElement error = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("f-quantity-value-err")));
        assertThat(error.getText()).contains("not a whole number");
        WebElement field = browser.findElement(By.id("f-quantity-value"));
        assertThat(field.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(field.getAttribute("value")).as("what was typed is kept").isEqualTo("four");
        assertThat(browser.findElement(By.id("f-description")).getAttribute("value")).isEqualTo("IRIS-T SLM fire units for Odesa");
        screenshot("form-error");

        field.clear();
        field.sendKeys("4");
        browser.findElement(By.cssSelector("form.entry button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/needs"));
        waitForCharts();
        assertThat(browser.findElement(By.id("t-needs-air_and_missile_defence")).getText()).contains("IRIS-T SLM fire units for Odesa");
        screenshot("needs-after-entry");
    }
}
