package org.ramstein.reports;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.ramstein.reports.domain.FxRates;

/**
 * The shipped GDP table ({@value #RESOURCE}, its origin in reference/GDP-ORIGIN.md): nominal 2023 GDP in USD of the
 * donors whose figure is certain, and a donor's value as a share of it.
 */
public final class GdpTable {
    public static final String RESOURCE = "/reference/gdp.csv";
    public static final String ORIGIN = "World Bank, World Development Indicators, GDP (current US$), 2023";

    private final Map<String, BigDecimal> usdBn;
    private final BigDecimal usdPerEur;

    GdpTable(Map<String, BigDecimal> usdBn, BigDecimal usdPerEur) {
        this.usdBn = Map.copyOf(usdBn);
        this.usdPerEur = usdPerEur;
    }

    public static GdpTable load(FxRates fx) {
        Map<String, BigDecimal> gdp = new HashMap<>();
        try (InputStream in = GdpTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the GDP table is missing from the build");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                String[] f = line.split(",");
                gdp.put(f[0].trim(), new BigDecimal(f[2].trim()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // the 2023 average of the monthly USD rates: GDP is a year's figure
        BigDecimal sum = BigDecimal.ZERO;
        int n = 0;
        for (int m = 1; m <= 12; m++) {
            var rate = fx.rate("USD", YearMonth.of(2023, m));
            if (rate.isPresent() && !rate.get().carriedForward()) {
                sum = sum.add(rate.get().unitsPerEur());
                n++;
            }
        }
        return new GdpTable(gdp, n == 0 ? null : sum.divide(BigDecimal.valueOf(n), 6, RoundingMode.HALF_EVEN));
    }

    /** GDP in USD billions, when the table has the donor. */
    public Optional<BigDecimal> usdBn(String donorCode) {
        return Optional.ofNullable(usdBn.get(donorCode));
    }

    /** {@code eur} as a percentage of the donor's 2023 GDP (converted to EUR at 2023's average rate), when known. */
    public Optional<BigDecimal> percentOfGdp(String donorCode, BigDecimal eur) {
        BigDecimal gdp = usdBn.get(donorCode);
        if (gdp == null || usdPerEur == null || eur == null) return Optional.empty();
        BigDecimal gdpEur = gdp.movePointRight(9).divide(usdPerEur, 2, RoundingMode.HALF_EVEN);
        return Optional.of(eur.movePointRight(2).divide(gdpEur, 4, RoundingMode.HALF_EVEN));
    }
}
