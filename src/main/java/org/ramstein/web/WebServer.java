package org.ramstein.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ramstein.App;
import org.ramstein.common.AccessDeniedException;
import org.ramstein.common.DomainException;
import org.ramstein.common.ValidationException;
import org.ramstein.web.pages.Dashboard;
import io.javalin.http.staticfiles.Location;

/**
 * The HTTP server over one {@link App}: the JSON API under /api/v1 (its OpenAPI document at /api/openapi.json) and the
 * web dashboard's pages everywhere else, with htmx and ECharts served from their WebJars and the dashboard's own
 * stylesheet and script under /static.
 */
public final class WebServer implements AutoCloseable {
    static final String OPENAPI_PATH = "/api/openapi.json";
    static final String OPENAPI_RESOURCE = "/org/ramstein/web/openapi.json";

    private final Javalin javalin;

    private WebServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /** Starts serving on {@code port} (0: any free port; read it back with {@link #port()}). */
    public static WebServer start(App app, int port) {
        return new WebServer(create(app).start(port));
    }

    /** Starts serving on {@code host} only (127.0.0.1: loopback) at {@code port}. */
    public static WebServer start(App app, String host, int port) {
        return new WebServer(create(app).start(host, port));
    }

    /** The configured server, not yet started. */
    static Javalin create(App app) {
        return create(app, new Authentication(app.accounts()));
    }

    /** The configured server with {@code resolver} deciding who each request comes from. */
    static Javalin create(App app, Caller.Resolver resolver) {
        ObjectMapper mapper = Json.mapper();
        Problems problems = new Problems(mapper);
        List<Route> routes = new ArrayList<>(new LedgerApi(app).routes());
        routes.addAll(new ReviewApi(app.review()).routes());
        routes.addAll(new AccountApi().routes());
        routes.addAll(new AuditApi(app.audit()).routes());
        AuditRecorder audit = new AuditRecorder(app.audit());
        String openApi = openApiDocument();
        Dashboard dashboard = new Dashboard(app);
        Javalin javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.prefer405over404 = true;
            config.http.maxRequestSize = RequestChecks.MAX_BODY;
            config.jetty.multipartConfig.maxTotalRequestSize(RequestChecks.MAX_UPLOAD, io.javalin.config.SizeUnit.BYTES);
            config.jetty.multipartConfig.maxFileSize(RequestChecks.MAX_UPLOAD, io.javalin.config.SizeUnit.BYTES);
            config.jetty.modifyServer(server -> server.setErrorHandler(new JettyProblems()));
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/org/ramstein/web/static";
                files.location = Location.CLASSPATH;
            });
            config.router.mount(router -> {
                router.before(RequestChecks::check);
                router.before(ctx -> Caller.set(ctx, resolver.resolve(ctx)));
                router.before(audit::begin);
                router.beforeMatched(Authentication::authorise);
                routes.forEach(r -> router.addHttpHandler(r.method(), r.path(), r.handler()));
                router.get(OPENAPI_PATH, ctx -> ctx.contentType("application/json").result(openApi));
                dashboard.register(router);
                router.exception(DomainException.class, (e, ctx) -> {
                    if (e instanceof AccessDeniedException denied && denied.retryAfterSeconds() > 0) {
                        ctx.header("Retry-After", Long.toString(denied.retryAfterSeconds()));
                    }
                    if (Dashboard.isPage(ctx) && e.status() == 401 && ctx.method().name().equals("GET")) {
                        ctx.redirect("/sign-in?next=" + java.net.URLEncoder.encode(ctx.fullUrl().substring(ctx.fullUrl().indexOf(ctx.path())),
                                java.nio.charset.StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
                    } else if (!Dashboard.isPage(ctx)) {
                        problems.domain(e, ctx);
                    } else {
                        dashboard.error(ctx, e.status(), e.title(), e.getMessage(),
                                e instanceof ValidationException v ? v.errors() : List.of());
                    }
                });
                router.exception(HttpResponseException.class, (e, ctx) -> {
                    if (!Dashboard.isPage(ctx)) {
                        problems.javalin(e, ctx);
                    } else {
                        dashboard.error(ctx, e.getStatus(), HttpStatus.forStatus(e.getStatus()).getMessage(), e.getMessage(), List.of());
                    }
                });
                router.exception(Exception.class, (e, ctx) -> {
                    problems.unexpected(e, ctx);
                    if (Dashboard.isPage(ctx)) {
                        dashboard.error(ctx, 500, "Internal error", "The page could not be shown; the failure has been logged.", List.of());
                    }
                });
                router.error(HttpStatus.NOT_FOUND, ctx -> {
                    if (!Dashboard.isPage(ctx)) {
                        problems.status(ctx);
                    } else if (ctx.result() == null) {
                        dashboard.error(ctx, 404, "Not found", "There is no page at " + ctx.path() + ".", List.of());
                    }
                });
                router.error(HttpStatus.METHOD_NOT_ALLOWED, problems::status);
                router.after(audit::record);
            });
        });
        AccessRules.requireRuleForEvery(javalin);
        return javalin;
    }

    static String openApiDocument() {
        try (InputStream in = WebServer.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) throw new IllegalStateException("the OpenAPI document is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return javalin.port();
    }

    Javalin javalin() {
        return javalin;
    }

    @Override
    public void close() {
        javalin.stop();
    }
}
