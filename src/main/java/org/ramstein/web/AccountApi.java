package org.ramstein.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ramstein.access.domain.Permission;
import org.ramstein.access.domain.Principal;

/** Who the API takes the caller for: a script checks its token here. */
final class AccountApi {

    List<Route> routes() {
        return List.of(Route.get("/api/v1/me", ctx -> {
            Principal p = Caller.of(ctx);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("signedIn", p.signedIn());
            body.put("name", p.name());
            body.put("role", p.role().code());
            body.put("donor", p.donorCode());
            body.put("permissions", java.util.Arrays.stream(Permission.values()).filter(p::may).map(Enum::name).toList());
            ctx.json(body);
        }));
    }
}
