package org.ramstein.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.ramstein.App;
import org.ramstein.access.domain.Principal;
import org.ramstein.access.domain.Role;
import org.ramstein.demo.DemoData;
import org.ramstein.storage.RecordingClock;
import org.ramstein.storage.TestDatabases;

/**
 * Browser tests: the server on a free port over a temporary SQLite ledger holding the demo data, driven by the
 * system's headless Chromium through Debian's chromedriver (never a downloaded browser). {@link #screenshot} saves the
 * whole page under target/screenshots/.
 */
abstract class BrowserTestBase {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    static App app;
    /** Served to a coordinator: the review queue is for signed-in users. */
    static Javalin server;
    static ChromeDriver browser;
    static Path profile;

    @BeforeAll
    static void startServerAndBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("the browser tests need Debian's chromium and chromium-driver: apt-get install chromium chromium-driver "
                    + "(./ramstein test installs them)");
        }
        app = new App(TestDatabases.sqlite(), RecordingClock.system());
        DemoData.load(app);
        server = WebServer.create(app, ctx -> new Principal("coordinator", Role.COORDINATOR, null)).start(0);
        profile = Files.createTempDirectory("ramstein-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--lang=en-GB", "--user-data-dir=" + profile, "--window-size=1280,900");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        signIn("coordinator", org.ramstein.access.domain.Role.COORDINATOR);
    }

    /** Signs in through the sign-in form as a person would (an account with {@code role} is added if absent). */
    static void signIn(String name, org.ramstein.access.domain.Role role) {
        org.ramstein.access.TestAccounts.token(app, name, role, null);
        browser.get(url("/sign-in?next=/account"));
        browser.findElement(org.openqa.selenium.By.id("f-name")).sendKeys(name);
        browser.findElement(org.openqa.selenium.By.id("f-password")).sendKeys(org.ramstein.access.TestAccounts.PASSWORD);
        browser.findElement(org.openqa.selenium.By.cssSelector("form.entry button[type=submit]")).click();
        // the sign-in address itself ends in "next=/account": wait for the account page to have loaded, not for the text
        waiting().until(d -> d.getCurrentUrl().equals(url("/account"))
                && Boolean.TRUE.equals(js("return document.readyState === 'complete'")));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) browser.quit();
        if (server != null) server.stop();
        if (app != null) app.close();
        if (profile != null) {
            try (var walk = Files.walk(profile)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    static String url(String path) {
        return "http://localhost:" + server.port() + path;
    }

    static void open(String path) {
        browser.get(url(path));
        waitForCharts();
    }

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    static WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    /** Waits until every chart on the page has been drawn by the page's script. */
    static void waitForCharts() {
        waiting().until(b -> Boolean.TRUE.equals(js("return document.readyState === 'complete' && "
                + "document.querySelectorAll('[data-chart]').length === document.querySelectorAll('[data-chart][data-drawn]').length")));
    }

    /** For each chart on the page, how many data points its series hold (as ECharts itself reports). */
    @SuppressWarnings("unchecked")
    static List<Long> chartPoints() {
        return (List<Long>) js("return Array.from(document.querySelectorAll('[data-chart]')).map(function (el) {"
                + "  var c = echarts.getInstanceByDom(el); if (!c) return 0;"
                + "  return c.getOption().series.reduce(function (n, s) { return n + s.data.filter(function (v) { return v != null; }).length; }, 0); })");
    }

    /** The whole page as a PNG under target/screenshots/{name}.png, at laptop width (or the width given). */
    static Path screenshot(String name, int width) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Number height = (Number) js("return Math.min(Math.max(document.documentElement.scrollHeight, 700), 7000)");
            browser.manage().window().setSize(new Dimension(width, height.intValue() + 120));
            waitForCharts();
            js("document.querySelectorAll('[data-chart]').forEach(function (el) { var c = echarts.getInstanceByDom(el); if (c) c.resize(); })");
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, browser.getScreenshotAs(OutputType.BYTES));
            browser.manage().window().setSize(new Dimension(1280, 900));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path screenshot(String name) {
        return screenshot(name, 1280);
    }
}
