package org.ramstein.demo;

import java.util.List;

/**
 * The demo dataset as written in {@code demo/demo.json} (schema: {@code demo/README.md}). Plain text fields, read
 * strictly (an unknown property is an error naming its JSON path); meaning is given to them by {@link DemoData}.
 * {@code comment} fields document the dataset's judgements and are not loaded.
 */
record DemoFile(
        String format,
        Integer version,
        String recordedBy,
        String comment,
        List<SourceJson> sources,
        List<MeetingJson> meetings,
        List<PledgeJson> pledges,
        List<RestatementJson> restatements,
        List<EntryJson> entries,
        List<SameAsJson> sameAs,
        List<NeedJson> needs,
        List<ObservationJson> observations) {

    record SourceJson(String id, String kind, String title, String publisher, String url, String publishedOn, String comment) {
    }

    /** A citation: a source of this file by id, with the exact words that support the fact. */
    record CiteJson(String source, String quote, String locator) {
    }

    record QuantityJson(Long value, Long max, String qualifier) {
    }

    record MoneyJson(String amount, String currency) {
    }

    record MeetingJson(String id, String heldOn, String place, String title, String format, String comment, List<CiteJson> cite) {
    }

    record PledgeJson(String id, String donor, String aidType, String title, String announced, String meeting, String visibility,
                      String comment, List<LineJson> lines, List<CiteJson> cite) {
    }

    record LineJson(String item, String itemText, String category, QuantityJson quantity, MoneyJson value, String fundingRoute,
                    String comment) {
    }

    /** Restates the committed figure of line {@code line} (1-based) of {@code pledge}. */
    record RestatementJson(String pledge, Integer line, QuantityJson quantity, MoneyJson value, String reason, String comment,
                           List<CiteJson> cite) {
    }

    /** An allocation or delivery against line {@code line} (1-based) of {@code pledge}. */
    record EntryJson(String kind, String pledge, Integer line, Long quantity, MoneyJson amount, String happened, String route,
                     String note, String comment, List<CiteJson> cite) {
    }

    record SameAsJson(String pledge, String sameAs, String reason, String comment) {
    }

    record NeedJson(String id, String capability, String item, String category, String description, QuantityJson quantity,
                    Integer priority, String neededBy, String stated, String visibility, String comment, List<CiteJson> cite,
                    List<StatusJson> status) {
    }

    record StatusJson(String status, String on, String note) {
    }

    record ObservationJson(String id, String source, String quote, String donor, String donorText, String item, String itemText,
                           String category, String measure, QuantityJson quantity, String unit, MoneyJson amount, String observed,
                           String statusText, String comment) {
    }
}
