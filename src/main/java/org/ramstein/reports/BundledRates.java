package org.ramstein.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.ramstein.reports.domain.FxRates;

/** The monthly ECB reference rates shipped with the application (see rates/ORIGIN.md). */
public final class BundledRates {
    public static final String RESOURCE = "/rates/ecb-monthly.csv";
    private static volatile FxRates cached;

    private BundledRates() {
    }

    public static FxRates load() {
        FxRates r = cached;
        if (r != null) return r;
        try (InputStream in = BundledRates.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the rate table " + RESOURCE + " is missing from the build");
            r = FxRates.parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        cached = r;
        return r;
    }
}
