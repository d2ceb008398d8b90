package org.ramstein.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ramstein.App;
import org.ramstein.access.TestAccounts;
import org.ramstein.access.domain.Role;

/** A person using the pages: signed in through the sign-in form, with the session cookie, posting forms with their CSRF token. */
public final class PageSession {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    private final int port;
    private String csrf = "";

    private PageSession(int port) {
        this.port = port;
    }

    /** Not signed in: the public, with only the sign-in form's token. */
    public static PageSession anonymous(int port) throws IOException, InterruptedException {
        PageSession s = new PageSession(port);
        s.get("/sign-in");
        return s;
    }

    /** Adds an account with {@code role} if absent and signs in as it through the form. */
    public static PageSession signedIn(App app, int port, String name, Role role, String donor) throws IOException, InterruptedException {
        TestAccounts.token(app, name, role, donor);
        PageSession s = anonymous(port);
        HttpResponse<String> r = s.post("/sign-in", "name=" + enc(name) + "&password=" + enc(TestAccounts.PASSWORD));
        if (r.statusCode() != 303) throw new IllegalStateException("sign-in failed: " + r.statusCode() + " " + r.body());
        s.get("/account");
        return s;
    }

    public static PageSession coordinator(App app, int port) throws IOException, InterruptedException {
        return signedIn(app, port, "coordinator", Role.COORDINATOR, null);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
        remember(r);
        return r;
    }

    /** Posts a url-encoded form, adding the CSRF token the pages carry. */
    public HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        String body = (form == null || form.isEmpty() ? "" : form + "&") + "_csrf=" + enc(csrf);
        return postRaw(path, body);
    }

    /** Posts exactly {@code body}: no token added. */
    public HttpResponse<String> postRaw(String path, String body) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        remember(r);
        return r;
    }

    public HttpClient client() {
        return http;
    }

    public String csrf() {
        return csrf;
    }

    private void remember(HttpResponse<String> r) {
        Matcher m = CSRF.matcher(r.body());
        if (m.find()) csrf = m.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
