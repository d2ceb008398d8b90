package org.ramstein.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import io.javalin.http.HandlerType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ramstein.App;
import org.ramstein.access.domain.Principal;
import org.ramstein.access.domain.Role;
import org.ramstein.ledger.VisibilityFixture;
import org.ramstein.storage.TestDatabases;

/**
 * Every GET route the server has, as Javalin lists it (a route added later is covered without a word here, unless it has
 * a path parameter this test cannot fill: then it fails, naming it), with its path parameters filled with the ids of
 * Germany's restricted subjects and of public ones, two clocks, the links the insiders' pages hold and every table's CSV
 * and XLSX download, asked for by the public and by the United Kingdom's liaison over the ledger with Germany's
 * restricted pledge R and over the same ledger without it.
 * <p>
 * What they are shown must be the same from both ledgers (so no list, figure or total gives R away), must hold none of
 * R's markers (title, quantities, quote, ids), and R's own addresses must answer 404 as for a subject that does not
 * exist. A coordinator, asking the same, is shown R: so every assertion here could fail.
 */
class VisibilityRoutesTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Principal PUBLIC = Principal.PUBLIC;
    static final Principal UK_LIAISON = new Principal("uk", Role.DONOR_LIAISON, VisibilityFixture.DONOR_B);
    static final Principal COORDINATOR = new Principal("c", Role.COORDINATOR, null);
    static final List<String> VARIANTS = List.of("?since=2000-01-01", "?asOf=2023-03-31&since=2000-01-01");
    static final Pattern PATH_PARAM = Pattern.compile("\\{(\\w+)}|<(\\w+)>");
    static final Pattern HREF = Pattern.compile("href=\"(/[^\"]*)\"");
    static final Pattern GENERATED_ID = Pattern.compile("\\b(cl|doc)-[0-9a-z]{15}\\b");

    static Ledger with;
    static Ledger without;

    /** One ledger, served once for each principal; its generated ids named by their order, so two ledgers compare. */
    record Ledger(VisibilityFixture.Built built, Map<Principal, Javalin> servers, Map<String, String> tokens) implements AutoCloseable {
        static Ledger of(boolean withRestricted) {
            VisibilityFixture.Built built = VisibilityFixture.build(TestDatabases.sqlite(), withRestricted);
            Map<Principal, Javalin> servers = new LinkedHashMap<>();
            for (Principal p : List.of(PUBLIC, UK_LIAISON, COORDINATOR)) servers.put(p, WebServer.create(built.app(), ctx -> p).start(0));
            Ledger l = new Ledger(built, servers, new LinkedHashMap<>());
            l.renameGeneratedIds();
            return l;
        }

        App app() {
            return built.app();
        }

        /** Claims and ingested texts get random ids: each is named by its place in the order they were recorded. */
        void renameGeneratedIds() {
            tokens.clear();
            app().database().jdbi().useHandle(h -> {
                List<String> claims = h.createQuery("SELECT id FROM claim ORDER BY recorded_at, id").mapTo(String.class).list();
                for (int i = 0; i < claims.size(); i++) tokens.put(claims.get(i), "CLAIM" + (i + 1));
                List<String> docs = h.createQuery("SELECT id FROM source WHERE id LIKE 'doc-%' ORDER BY recorded_at, id").mapTo(String.class).list();
                for (int i = 0; i < docs.size(); i++) tokens.put(docs.get(i), "DOC" + (i + 1));
            });
        }

        String normalise(String text) {
            for (var t : tokens.entrySet()) text = text.replace(t.getKey(), t.getValue());
            return text;
        }

        String resolve(String logicalUrl) {
            for (var t : tokens.entrySet()) logicalUrl = logicalUrl.replaceAll("\\b" + t.getValue() + "\\b", t.getKey());
            return logicalUrl;
        }

        /** The answer to {@code logicalUrl} for {@code who}: status and body as text (a workbook as its cells), ids named. */
        Answer get(Principal who, String logicalUrl) {
            try {
                String url = resolve(logicalUrl);
                HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + servers.get(who).port() + url)).GET().build(),
                        HttpResponse.BodyHandlers.ofByteArray());
                String type = r.headers().firstValue("Content-Type").orElse("");
                String body = type.startsWith("application/vnd.openxmlformats") ? cells(r.body()) : new String(r.body(), StandardCharsets.UTF_8);
                return new Answer(r.statusCode(), type, normalise(body));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void close() {
            servers.values().forEach(Javalin::stop);
            app().close();
        }
    }

    record Answer(int status, String type, String body) {
    }

    @BeforeAll
    static void build() {
        with = Ledger.of(true);
        without = Ledger.of(false);
    }

    @AfterAll
    static void stop() {
        if (with != null) with.close();
        if (without != null) without.close();
    }

    /** The GET routes as Javalin lists them. */
    static Set<String> getRoutes(Javalin javalin) {
        Set<String> out = new TreeSet<>();
        javalin.unsafeConfig().pvt.internalRouter.allHttpHandlers().forEach(e -> {
            if (e.getEndpoint().getMethod() == HandlerType.GET) out.add(e.getEndpoint().getPath());
        });
        return out;
    }

    /** The values each path parameter of each route takes: the restricted subjects' ids and public ones. */
    static Map<String, List<Map<String, String>>> pathValues(Ledger l) {
        List<String> claims = new ArrayList<>(l.tokens().values().stream().filter(t -> t.startsWith("CLAIM")).toList());
        List<String> entries = new ArrayList<>(l.built().restrictedEntries().stream().map(String::valueOf).toList());
        entries.add(String.valueOf(l.built().publicDelivery()));
        Map<String, List<String>> subjects = new LinkedHashMap<>();
        subjects.put("pledge", List.of(VisibilityFixture.R, VisibilityFixture.R_RETRACTED, VisibilityFixture.B_RESTRICTED, "DE-1",
                VisibilityFixture.REANNOUNCED));
        subjects.put("entry", entries);
        subjects.put("need", List.of(VisibilityFixture.NEED_R, VisibilityFixture.PUBLIC_NEED));
        subjects.put("meeting", List.of(VisibilityFixture.MEETING));
        subjects.put("source", List.of(VisibilityFixture.SOURCE_R, VisibilityFixture.SHARED_SOURCE, VisibilityFixture.SOURCE_B, "src-pub-de"));
        subjects.put("observation", List.of("obs-none"));
        Map<String, List<Map<String, String>>> out = new LinkedHashMap<>();
        out.put("/api/v1/pledges/{id}", ids(subjects.get("pledge")));
        out.put("/api/v1/entries/{id}", ids(subjects.get("entry")));
        out.put("/api/v1/needs/{id}", ids(subjects.get("need")));
        out.put("/api/v1/meetings/{id}", ids(subjects.get("meeting")));
        out.put("/api/v1/sources/{id}", ids(subjects.get("source")));
        out.put("/api/v1/claims/{id}", ids(claims));
        out.put("/review/{id}", ids(claims));
        out.put("/donors/{code}", List.of(Map.of("code", VisibilityFixture.DONOR_A), Map.of("code", VisibilityFixture.DONOR_B)));
        out.put("/systems/{id}", ids(List.of("leopard-2a6", "storm-shadow", "iris-t-slm", "marder-1a3")));
        List<Map<String, String>> provenance = new ArrayList<>();
        subjects.forEach((type, values) -> values.forEach(v -> provenance.add(Map.of("type", type, "id", v))));
        out.put("/provenance/{type}/{id}", provenance);
        return out;
    }

    static List<Map<String, String>> ids(List<String> values) {
        return values.stream().map(v -> Map.of("id", v)).toList();
    }

    /** Query strings some routes need to say anything (a reconciliation names its donor and item). */
    static final Map<String, List<String>> EXTRA = Map.of(
            "/api/v1/reports/reconciliation", List.of("&donor=Germany&item=Leopard%202A6", "&donor=United%20Kingdom&item=Storm%20Shadow"),
            "/api/v1/reports/fulfilment", List.of("&by=item", "&by=donor,category"),
            "/api/v1/reports/values", List.of("&by=donor,category"),
            "/provenance/figure", List.of("&kind=commitment&pledge=" + VisibilityFixture.R, "&kind=delivery&donor=DEU", "&kind=commitment&money=1",
                    "&kind=delivery&item=leopard-2a6"));

    /** Every route filled in every way, under both clocks: the addresses every principal is asked. */
    static List<String> seeds(Ledger l) {
        Set<String> routes = getRoutes(l.servers().get(PUBLIC));
        assertThat(routes).as("the listing is read from Javalin").contains("/api/v1/pledges/{id}", "/donors/{code}", "/", "/api/v1/reports/donors");
        Map<String, List<Map<String, String>>> values = pathValues(l);
        List<String> out = new ArrayList<>();
        List<String> unfilled = new ArrayList<>();
        for (String route : routes) {
            List<String> paths = new ArrayList<>();
            if (!PATH_PARAM.matcher(route).find()) {
                paths.add(route);
            } else if (!values.containsKey(route)) {
                unfilled.add(route);
            } else {
                for (Map<String, String> v : values.get(route)) {
                    Matcher m = PATH_PARAM.matcher(route);
                    StringBuilder sb = new StringBuilder();
                    while (m.find()) {
                        String name = m.group(1) != null ? m.group(1) : m.group(2);
                        String value = v.get(name);
                        if (value == null) unfilled.add(route + " (" + name + ")");
                        m.appendReplacement(sb, Matcher.quoteReplacement(value == null ? "" : URLEncoder.encode(value, StandardCharsets.UTF_8)));
                    }
                    m.appendTail(sb);
                    paths.add(sb.toString());
                }
            }
            for (String p : paths) {
                for (String q : VARIANTS) {
                    out.add(p + q);
                    for (String extra : EXTRA.getOrDefault(route, List.of())) out.add(p + q + extra);
                }
            }
        }
        assertThat(unfilled).as("routes with a path parameter this test has no value for: add them to pathValues").isEmpty();
        return out;
    }

    /** The seeds and every internal link (downloads included) the coordinator's answers to them hold. */
    static List<String> addresses(Ledger l) {
        Set<String> routes = getRoutes(l.servers().get(PUBLIC));
        Set<String> out = new LinkedHashSet<>(seeds(l));
        for (String seed : List.copyOf(out)) {
            Answer a = l.get(COORDINATOR, seed);
            if (!a.type().startsWith("text/html")) continue;
            Matcher m = HREF.matcher(a.body());
            while (m.find()) {
                String href = m.group(1).replace("&amp;", "&").replace("&#39;", "'");
                int hash = href.indexOf('#');
                if (hash >= 0) href = href.substring(0, hash);
                String path = href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
                if (matchesRoute(URLDecoder.decode(path, StandardCharsets.UTF_8), routes)) out.add(href);
            }
        }
        return new ArrayList<>(out);
    }

    static boolean matchesRoute(String path, Set<String> routes) {
        for (String route : routes) {
            String regex = PATH_PARAM.matcher(route).replaceAll("[^/]+");
            if (path.matches(regex)) return true;
        }
        return false;
    }

    /** The ids of Germany's restricted subjects, as the path segment of an address of their own. */
    static Set<String> ownAddressesOfR(Ledger l) {
        Set<String> ids = new TreeSet<>(List.of(VisibilityFixture.R, VisibilityFixture.R_RETRACTED, VisibilityFixture.NEED_R, VisibilityFixture.SOURCE_R));
        l.built().restrictedEntries().forEach(e -> ids.add(String.valueOf(e)));
        return ids;
    }

    static boolean isOwnAddressOf(String address, Set<String> ids) {
        String path = address.contains("?") ? address.substring(0, address.indexOf('?')) : address;
        String last = path.substring(path.lastIndexOf('/') + 1);
        return !path.startsWith("/provenance/figure") && ids.contains(URLDecoder.decode(last, StandardCharsets.UTF_8));
    }

    /** The markers in {@code body} that the request itself does not name (an address echoed back gives nothing away). */
    static List<String> leaked(String address, String body, List<String> markers) {
        String asked = URLDecoder.decode(address, StandardCharsets.UTF_8);
        return VisibilityFixture.found(body, markers).stream().filter(m -> !asked.contains(m)).toList();
    }

    @Test
    void thePublicAndAnotherDonorsLiaisonAreShownNothingOfTheRestrictedPledge() {
        List<String> addresses = addresses(with);
        assertThat(addresses.stream().filter(a -> a.contains("export=")).count()).as("downloads found on the pages").isGreaterThan(20);
        assertThat(addresses).as("R's own addresses are asked").anyMatch(a -> a.startsWith("/provenance/pledge/" + VisibilityFixture.R));
        Set<String> ownOfR = ownAddressesOfR(with);
        List<String> problems = new ArrayList<>();
        boolean ukSawItsOwn = false;
        for (Principal who : List.of(PUBLIC, UK_LIAISON)) {
            List<String> markers = new ArrayList<>(VisibilityFixture.markersOfR());
            if (who == PUBLIC) markers.addAll(VisibilityFixture.markersOfB());
            for (String address : addresses) {
                Answer shown = with.get(who, address);
                Answer reference = without.get(who, address);
                if (shown.status() >= 500) problems.add(who.role() + " " + address + ": " + shown.status());
                if (!shown.equals(reference)) problems.add(who.role() + " " + address + ": differs from the ledger without R" + firstDifference(shown, reference));
                List<String> leaked = leaked(address, shown.body(), markers);
                if (!leaked.isEmpty()) problems.add(who.role() + " " + address + ": shows " + leaked);
                if (isOwnAddressOf(address, ownOfR) && shown.status() != 404) problems.add(who.role() + " " + address + ": " + shown.status() + ", not 404");
                if (who == UK_LIAISON && shown.body().contains(VisibilityFixture.QUOTE_B)) ukSawItsOwn = true;
            }
        }
        System.out.printf("visibility: %,d addresses (%,d downloads) asked by 2 principals of 2 ledgers%n", addresses.size(),
                addresses.stream().filter(a -> a.contains("export=")).count());
        assertThat(problems).isEmpty();
        assertThat(ukSawItsOwn).as("the United Kingdom's liaison sees its own restricted pledge").isTrue();

        // a coordinator asking the same is shown R: its addresses, its title, figures and quote, and totals that count it
        StringBuilder all = new StringBuilder();
        List<String> differs = new ArrayList<>();
        for (String address : addresses) {
            Answer shown = with.get(COORDINATOR, address);
            all.append(shown.body());
            if (isOwnAddressOf(address, ownOfR)) assertThat(shown.status()).as(address).isEqualTo(200);
            if (address.startsWith("/api/v1/reports/") && !shown.equals(without.get(COORDINATOR, address))) differs.add(address);
        }
        assertThat(all.toString()).contains(VisibilityFixture.TITLE_R, VisibilityFixture.QUOTE_R, "7,777", "3,331", VisibilityFixture.SOURCE_R,
                "Zeta restricted need");
        assertThat(differs).as("reports whose totals count R for a coordinator").anyMatch(a -> a.startsWith("/api/v1/reports/fulfilment"))
                .anyMatch(a -> a.startsWith("/api/v1/reports/donors"));
    }

    @Test
    void claimsJoinedToTheRestrictedPledgeDoNotGiveItAway() {
        Ledger l = Ledger.of(true);
        try (l) {
            VisibilityFixture.claimsIntoR(l.app());
            l.renameGeneratedIds();
            List<String> addresses = addresses(l);
            List<String> problems = new ArrayList<>();
            for (Principal who : List.of(PUBLIC, UK_LIAISON)) {
                for (String address : addresses) {
                    Answer shown = l.get(who, address);
                    if (shown.status() >= 500) problems.add(who.role() + " " + address + ": " + shown.status());
                    List<String> leaked = leaked(address, shown.body(), VisibilityFixture.markersOfR());
                    if (!leaked.isEmpty()) problems.add(who.role() + " " + address + ": shows " + leaked);
                }
            }
            assertThat(problems).isEmpty();
            Answer insider = l.get(COORDINATOR, "/review/CLAIM3");
            assertThat(insider.body()).contains("/provenance/pledge/" + VisibilityFixture.R);
            // the queue is for signed-in users: another donor's liaison reads the claim as accepted, into nothing it may see
            assertThat(l.get(UK_LIAISON, "/review/CLAIM3").body()).contains("accepted").doesNotContain(VisibilityFixture.R);
        }
    }

    static String firstDifference(Answer a, Answer b) {
        if (a.status() != b.status()) return " (status " + a.status() + " vs " + b.status() + ")";
        String x = a.body();
        String y = b.body();
        int i = 0;
        while (i < Math.min(x.length(), y.length()) && x.charAt(i) == y.charAt(i)) i++;
        int from = Math.max(0, i - 60);
        return " at " + i + ": …" + x.substring(from, Math.min(x.length(), i + 80)) + "… vs …" + y.substring(from, Math.min(y.length(), i + 80)) + "…";
    }

    /** A workbook's cells, sheet by sheet, row by row. */
    static String cells(byte[] xlsx) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Sheet sheet : wb) {
                sb.append("== ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell c : row) sb.append(c.toString()).append('\t');
                    sb.append('\n');
                }
            }
        }
        return sb.toString();
    }
}
