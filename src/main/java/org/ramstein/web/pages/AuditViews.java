package org.ramstein.web.pages;

import java.util.List;

/** What the audit page draws: the chain's verification, the filter form as typed, one page of records. */
public final class AuditViews {
    private AuditViews() {
    }

    public record Screen(View view, Check check, String user, String entity, String entityId, String from, String to, String action,
                         boolean filtered, String clearHref, long total, List<Row> rows, Pager pager, String empty) {
    }

    /** The verification at the top: intact or not, in a sentence; the head; the findings shown and how many more. */
    public record Check(boolean intact, String summary, String head, List<String> findings, long more) {
    }

    /** One record as a row: the payload is disclosed in one click. */
    public record Row(long seq, String at, String actor, String role, String origin, String action, String entity, String outcome, boolean failed,
                      String payload, String hash) {
    }
}
