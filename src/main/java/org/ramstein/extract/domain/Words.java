package org.ramstein.extract.domain;

import java.util.Set;

/** Word lists the claim rules share. Pure data. */
final class Words {
    private Words() {
    }

    static final Set<String> SKIP_MODIFIERS = Set.of("more", "additional", "new", "further", "extra", "used", "modern", "modernised",
            "modernized", "upgraded", "refurbished", "remaining", "existing", "entire", "latest", "sophisticated", "advanced", "older", "old",
            "surplus", "soviet", "western", "eastern", "european", "nato", "standard", "much", "requested", "other", "long", "awaited",
            "promised", "pledged", "committed", "delivered", "donated", "supplied", "initial", "total", "whole", "own", "fully", "operational",
            "serviceable", "decommissioned", "retired", "mothballed", "spare", "brand", "german", "made", "built", "designed", "era", "vintage",
            "reconditioned", "repaired", "overhauled", "ready", "capable", "also", "still", "only", "just", "already", "recently", "another",
            "any", "well", "highly", "very", "critical", "vital", "key", "important", "significant", "powerful", "effective",
            "self", "mobile", "last", "next", "full", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
    static final Set<String> REFERRING = Set.of("more", "remaining", "additional", "further", "other", "another", "last", "rest",
            "next", "promised", "pledged", "same", "all");
    static final Set<String> ENEMY = Set.of("russia", "russian", "russians", "moscow", "kremlin", "belarus", "iran", "iranian");
    static final Set<String> ORIGIN_KINDS = Set.of("western", "soviet", "nato", "foreign", "allied", "russian");
    static final Set<String> BATCHES = Set.of("batch", "tranche", "shipment", "consignment", "group", "delivery", "lot", "instalment",
            "installment", "wave");
    static final Set<String> NP_PLEDGE = Set.of("promised", "pledged", "committed");
    static final Set<String> NP_DELIVERY = Set.of("delivered", "donated", "supplied");
    static final Set<String> DETERMINERS = Set.of("the", "its", "their", "his", "her", "our", "these", "those", "this", "that", "whose");
    static final Set<String> VAGUE = Set.of("hundreds", "dozens", "thousands", "several", "numerous", "scores", "many", "tens",
            "some", "multiple", "various", "few");
    static final Set<String> MEASURES = Set.of("rounds", "round", "units", "unit", "batteries", "battery", "pieces", "sets", "set",
            "fleet", "batch", "batches", "squadron", "squadrons", "tranche", "shipment", "consignment", "lots", "lot", "kits", "systems",
            "number", "total", "package", "packages", "shells");
    static final Set<String> COUNTED_MEASURES = Set.of("unit", "battery", "set", "system", "shipment");
    static final Set<String> POSSESSION = Set.of("has", "have", "had", "owns", "owned", "operates", "operated", "possesses", "holds",
            "keeps", "maintains", "fields", "retains");
    static final Set<String> ADVERBS = Set.of("now", "still", "already", "currently", "only", "also", "just", "reportedly");
    static final Set<String> FOREIGN = Set.of("ukrainian", "russian", "enemy", "ukraine", "russia", "belarusian");
    static final Set<String> UKRAINE = Set.of("ukraine", "ukrainian", "ukrainians", "kyiv", "kiev", "kiew");
    static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
    static final Set<String> PURPOSE_LEADS = Set.of("particularly", "notably", "mainly", "especially", "primarily", "chiefly", "mostly");
    static final Set<String> CUMULATIVE = Set.of("so far", "to date", "thus far", "in total", "altogether", "cumulative", "cumulatively",
            "overall", "annual", "all told", "in all", "totals", "totalled", "totaled", "totalling", "totaling");
    static final Set<String> ELLIPSIS_AFTER = Set.of("in", "under", "by", "to", "from", "this", "next", "last", "on", "at", "within",
            "more", "over", "during", "later", "soon", "as", "before", "after", "earlier", "already", "so");
    /** Words before "to" that make it no direction: "according to", "second only to", "compared to", "in addition to". */
    static final Set<String> NOT_DIRECTIONAL = Set.of("according", "only", "second", "compared", "next", "close", "similar", "equal",
            "thanks", "due", "prior", "contrary", "relative", "addition", "comparable", "up");
    static final Set<String> CHANNELS = Set.of("fund", "facility", "initiative", "coalition", "programme", "program", "group",
            "alliance", "mechanism", "instrument");
    static final Set<String> FRESH = Set.of("another", "further", "new", "additional", "fresh", "latest", "extra");
    static final Set<String> CUMULATIVE_AFTER = Set.of("since", "so far", "to date", "thus far", "in total", "altogether", "in all",
            "commitments");
    /** Events a total is counted from: "since the start", "since the invasion". */
    static final Set<String> SINCE_EVENTS = Set.of("start", "beginning", "outbreak", "invasion", "war", "launch", "onset");
    static final Set<String> NOT_MILITARY = Set.of("humanitarian", "reconstruction", "refugees", "economic", "budgetary", "civilian",
            "energy", "macro", "financial", "budget", "development", "food", "medical", "non");
    static final Set<String> COMPARATIVES = Set.of("more", "less", "fewer", "higher", "lower", "above", "below", "than", "larger",
            "smaller");
    static final Set<String> DELIVERED_PARTICIPLES = Set.of("delivered", "sent", "supplied", "handed", "transferred", "received",
            "shipped", "provided", "donated");
    static final Set<String> SHARE_PARTICIPLES = Set.of("promised", "pledged", "committed", "delivered", "announced", "allocated");
    static final Set<String> REFURBISH = Set.of("refurbish", "repair", "maintain", "restore", "overhaul", "service", "recondition");
    /** What happens to equipment lost in war. */
    static final Set<String> LOSSES = Set.of("destroyed", "damaged", "lost", "captured", "abandoned", "disabled", "knocked", "killed",
            "wounded", "downed");
    static final Set<String> AUXILIARIES = Set.of("was", "were", "been", "be", "is", "are", "has", "have", "had", "being", "got");
    static final Set<String> ORDINALS = Set.of("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth");
    /** Verbs of buying: what they take after a sum is what the sum is for. */
    static final Set<String> PURCHASES = Set.of("buy", "purchase", "procure", "acquire", "finance", "fund");
    /** Nouns a sum of money is the value of: "a $400 million package of ...". */
    static final Set<String> PACKAGES = Set.of("package", "tranche", "shipment", "deal", "contract", "consignment");
    static final Set<String> SUPERLATIVES = Set.of("largest", "biggest", "greatest", "highest", "most", "first", "single");
    /** Verbs that keep someone from doing something: "blocked Germany from re-exporting". */
    static final Set<String> BLOCKING = Set.of("blocked", "blocks", "block", "prevented", "prevents", "prevent", "barred", "bars", "bar",
            "stopped", "stops", "banned", "bans", "forbade", "forbidden", "vetoed", "kept");
    /** The crown of each donor that counts in crowns. */
    static final java.util.Map<String, String> CROWNS = java.util.Map.of("SWE", "SEK", "NOR", "NOK", "DNK", "DKK", "CZE", "CZK", "ISL", "ISK");
    /** Nouns a system's name may qualify: "F-16 pilots", "Patriot crews", "the F-16 roll-out", "Leopard production". */
    static final Set<String> NAME_CONTINUATIONS = Set.of("training", "crews", "crew", "pilots", "operators", "instructors", "roll", "rollout",
            "programme", "program", "coalition", "production", "factory", "plant", "maintenance", "parts", "repair", "repairs", "simulator",
            "simulators", "course", "courses", "industry", "hub", "lines", "line");
    static final Set<String> PLURAL_VERBS = Set.of("are", "were", "have", "remain", "arrive", "follow");
}
