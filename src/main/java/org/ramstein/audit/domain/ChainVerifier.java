package org.ramstein.audit.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a trail read in order, one record at a time, holding only the previous record's number and hash — so a trail
 * of any length is checked in constant memory. Give it the head as read before the records (only records up to the
 * head's number are fed to it), feed every record in order, then {@link #finish} with the head and the highest number
 * stored as read after the records (records appended meanwhile are not findings; records past the head are).
 */
public final class ChainVerifier {
    public static final int MAX_FINDINGS = 1_000;

    private final AuditHead head;
    private final List<Finding> findings = new ArrayList<>();
    private long total;
    private long checked;
    private long lastSeq;
    private String lastHash = AuditChain.GENESIS;

    /** {@code head}: the head as read before the records; null when the head row is missing. */
    public ChainVerifier(AuditHead head) {
        this.head = head;
    }

    /** Checks a whole trail held in memory (tests, small trails): records past the head are findings. */
    public static Verification verify(Iterable<AuditRecord> records, AuditHead head) {
        ChainVerifier v = new ChainVerifier(head);
        long max = 0;
        for (AuditRecord r : records) {
            max = Math.max(max, r.seq());
            if (head == null || r.seq() <= head.seq()) v.accept(r);
        }
        return v.finish(head, max);
    }

    public void accept(AuditRecord r) {
        checked++;
        if (r.seq() <= lastSeq) {
            add(Finding.Kind.OUT_OF_ORDER, r.seq(), r.seq(), "record " + r.seq() + " comes after record " + lastSeq + ": out of order");
            return;
        }
        if (r.seq() > lastSeq + 1) {
            long from = lastSeq + 1;
            long to = r.seq() - 1;
            add(Finding.Kind.MISSING, from, to, Finding.span(from, to) + (from == to ? " is missing" : " are missing"));
        }
        if (!lastHash.equals(r.prevHash())) {
            add(Finding.Kind.UNLINKED, r.seq(), r.seq(), lastSeq == 0
                    ? "record " + r.seq() + " does not start the trail: its previous hash is not the genesis hash"
                    : "record " + r.seq() + " does not follow record " + lastSeq + ": its previous hash is not record " + lastSeq + "'s hash");
        }
        if (!AuditChain.intact(r)) {
            add(Finding.Kind.EDITED, r.seq(), r.seq(), "record " + r.seq() + " was edited: its hash does not match its content");
        }
        lastSeq = r.seq();
        lastHash = r.hash() == null ? "" : r.hash();
    }

    /**
     * The verdict. {@code headNow} and {@code maxSeq}: the head and the highest record number, read together after the
     * records (null head when the row is missing).
     */
    public Verification finish(AuditHead headNow, long maxSeq) {
        if (head == null) {
            add(Finding.Kind.NO_HEAD, 0, 0, "the head of the trail is missing: a deleted end of the trail cannot be detected");
        } else if (lastSeq < head.seq()) {
            long from = lastSeq + 1;
            String s = Finding.span(from, head.seq());
            add(Finding.Kind.TRUNCATED, from, head.seq(), s + (from == head.seq() ? " is" : " are") + " missing at the end of the trail (the head names record "
                    + head.seq() + ")");
        } else if (lastSeq > 0 && lastSeq == head.seq() && !lastHash.equals(head.hash())) {
            add(Finding.Kind.HEAD_MISMATCH, lastSeq, lastSeq, "record " + lastSeq + " is not the record the head names: its hash differs from the head's (replaced)");
        }
        if (headNow != null && maxSeq > headNow.seq()) {
            long from = headNow.seq() + 1;
            add(Finding.Kind.BEYOND_HEAD, from, maxSeq, Finding.span(from, maxSeq) + (from == maxSeq ? " lies" : " lie") + " beyond the head (record "
                    + headNow.seq() + "): not appended through the trail");
        }
        return new Verification(checked, head, findings, total);
    }

    private void add(Finding.Kind kind, long from, long to, String message) {
        total++;
        if (findings.size() < MAX_FINDINGS) findings.add(new Finding(kind, from, to, message));
    }
}
