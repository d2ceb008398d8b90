package org.ramstein.extract;

import java.util.List;
import org.ramstein.extract.domain.ClaimExtractor;

/**
 * How fast the extractor reads: texts per second on one thread, over texts already in memory (each pass reads every
 * text once; untimed passes first warm the JIT: one, or a tenth of the timed passes).
 */
public final class ExtractBench {
    private ExtractBench() {
    }

    public record Result(int texts, int passes, long claims, long nanos) {

        public double textsPerSecond() {
            return nanos == 0 ? 0 : (double) texts * passes / (nanos / 1e9);
        }

        public double seconds() {
            return nanos / 1e9;
        }
    }

    public static Result run(ClaimExtractor extractor, List<ExtractService.Document> docs, int passes) {
        long claims = 0;
        for (ExtractService.Document d : docs) claims += extractor.extract(d.name(), d.text()).size();
        // warm-up: a tenth of the passes (at least one), untimed, so that the figure is the compiled code's
        for (int p = 0; p < Math.max(1, passes / 10); p++) for (ExtractService.Document d : docs) extractor.extract(d.name(), d.text());
        long started = System.nanoTime();
        long seen = 0;
        for (int p = 0; p < passes; p++) {
            for (ExtractService.Document d : docs) seen += extractor.extract(d.name(), d.text()).size();
        }
        long nanos = System.nanoTime() - started;
        if (seen != claims * passes) throw new IllegalStateException("the extractor gave different claims on the same texts");
        return new Result(docs.size(), passes, claims, nanos);
    }
}
