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
import java.util.List;
import org.ramstein.App;
import org.ramstein.common.DomainException;

/** The HTTP API over one {@link App}: JSON under /api/v1, its OpenAPI document at /api/openapi.json. */
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

    /** The configured server, not yet started. */
    static Javalin create(App app) {
        ObjectMapper mapper = Json.mapper();
        Problems problems = new Problems(mapper);
        List<Route> routes = new LedgerApi(app).routes();
        String openApi = openApiDocument();
        return Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.prefer405over404 = true;
            config.router.mount(router -> {
                routes.forEach(r -> router.addHttpHandler(r.method(), r.path(), r.handler()));
                router.get(OPENAPI_PATH, ctx -> ctx.contentType("application/json").result(openApi));
                router.exception(DomainException.class, problems::domain);
                router.exception(HttpResponseException.class, problems::javalin);
                router.exception(Exception.class, problems::unexpected);
                router.error(HttpStatus.NOT_FOUND, problems::status);
                router.error(HttpStatus.METHOD_NOT_ALLOWED, problems::status);
            });
        });
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
