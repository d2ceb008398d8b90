package org.ramstein.extract.domain;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The donor a text's source line names, for a text that names none itself: a government's own list of what it gave
 * ("Military support for Ukraine: what's new this week") speaks of its country without naming it. The publisher's
 * name ("Example Berlin Bulletin", "Federal Government") is read as any other text; failing that, the host of the URL
 * when it is a government's own (a .gov address, gov.uk, canada.ca, bundesregierung.de).
 */
final class SourceLine {
    private SourceLine() {
    }

    private static final Pattern SOURCE = Pattern.compile("(?m)^SOURCE:\\s*(\\S+)(.*)$");
    private static final Pattern PUBLISHER = Pattern.compile("PUBLISHER:\\s*([^|\\n]+)");
    private static final Pattern HOST = Pattern.compile("^[a-z]+://([^/:?#]+)");
    /** Host suffixes of governments' own sites, each of one donor. */
    private static final Map<String, String> GOVERNMENT_HOSTS = Map.of(".gov", "USA", ".mil", "USA", ".gov.uk", "GBR", ".gov.au", "AUS",
            "canada.ca", "CAN", ".gc.ca", "CAN", "bundesregierung.de", "DEU", "bmvg.de", "DEU", "regjeringen.no", "NOR", "government.se", "SWE");

    static DonorLexicon.DonorRef donor(String text, DonorLexicon donors) {
        int head = Math.min(text.length(), 2_000);
        Matcher m = SOURCE.matcher(text.substring(0, head));
        if (!m.find()) return null;
        Matcher p = PUBLISHER.matcher(m.group(2));
        if (p.find()) {
            List<Token> tokens = Tokenizer.tokenize(p.group(1).strip());
            for (DonorLexicon.Mention mention : donors.find(tokens, 0, tokens.size())) {
                if (!mention.donor().collective()) return mention.donor();
            }
        }
        Matcher h = HOST.matcher(m.group(1).toLowerCase(Locale.ROOT));
        if (!h.find()) return null;
        String host = h.group(1);
        String best = null;
        for (String suffix : GOVERNMENT_HOSTS.keySet()) {
            boolean match = suffix.startsWith(".") ? host.endsWith(suffix) : host.equals(suffix) || host.endsWith("." + suffix);
            if (match && (best == null || suffix.length() > best.length())) best = suffix; // gov.uk before .gov
        }
        return best == null ? null : donors.ref(GOVERNMENT_HOSTS.get(best));
    }
}
