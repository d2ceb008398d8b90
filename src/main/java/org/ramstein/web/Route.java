package org.ramstein.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/** One endpoint of the API; the server registers exactly these, and the OpenAPI test reads Javalin's own listing. */
record Route(HandlerType method, String path, Handler handler) {

    static Route get(String path, Handler handler) {
        return new Route(HandlerType.GET, path, handler);
    }

    static Route post(String path, Handler handler) {
        return new Route(HandlerType.POST, path, handler);
    }
}
