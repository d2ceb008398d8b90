package org.ramstein.audit.domain;

/** Something verification found wrong with the trail, naming the records concerned ({@code from}–{@code to}). */
public record Finding(Kind kind, long from, long to, String message) {

    public enum Kind {
        /** A record's hash does not match its content. */
        EDITED,
        /** Numbers missing between two records: deleted records. */
        MISSING,
        /** A record's previous hash is not the hash of the record before it. */
        UNLINKED,
        /** Numbers missing after the last record, up to the record the head names: a deleted end. */
        TRUNCATED,
        /** The last record is not the one the head names (same number, another hash): replaced. */
        HEAD_MISMATCH,
        /** Records numbered past the head: written around the trail. */
        BEYOND_HEAD,
        /** A record numbered at or below the one before it. */
        OUT_OF_ORDER,
        /** The head row itself is gone. */
        NO_HEAD
    }

    @Override
    public String toString() {
        return message;
    }

    static String span(long from, long to) {
        return from == to ? "record " + from : "records " + from + "–" + to;
    }
}
