package org.ramstein.cli;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** A command's arguments as the audit trail records them: names and plain values (paths and dates as text), nulls left out. */
final class CliArgs {
    private CliArgs() {
    }

    static Map<String, Object> of(Object... namesAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            Object v = plain(namesAndValues[i + 1]);
            if (v != null) m.put((String) namesAndValues[i], v);
        }
        return m;
    }

    private static Object plain(Object v) {
        if (v == null || v instanceof String || v instanceof Number || v instanceof Boolean) return v;
        if (v instanceof Collection<?> c) return c.stream().map(CliArgs::plain).toList();
        if (v instanceof Path p) return p.toString();
        return v.toString();
    }
}
