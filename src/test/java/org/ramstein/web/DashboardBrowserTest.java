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
        waitForCharts();
        assertThat(browser.getCurrentUrl()).contains("asOf=2022-09-01");
        String then = headline(1);
        assertThat(then).as("committed value as of 2022-09-01").isNotEqualTo(now);
        assertThat(browser.findElement(By.cssSelector(".asof-banner")).getText()).contains("as of 2022-09-01");
        // links keep the date, so a shared view stays the same view
        assertThat(browser.findElement(By.linkText("Donors")).getAttribute("href")).contains("asOf=2022-09-01");
        screenshot("overview-as-of-2022-09-01");
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
        browser.findElement(By.id("f-recordedBy")).sendKeys("browser test");
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
