package org.ramstein.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hash chain. A record's hash is SHA-256 over an unambiguous encoding of every field and the previous record's hash:
 * a version tag, then each field in a fixed order as one marker byte (0 for null, 1 for a value) followed, for a value,
 * by its UTF-8 length as four bytes (big-endian) and its UTF-8 bytes; numbers are written in decimal. No two different
 * records encode the same (a field's end can never be mistaken for the next one's start), so any change to any field, or
 * to the chain's order, changes a hash.
 */
public final class AuditChain {
    /** The "previous hash" of record 1. */
    public static final String GENESIS = "0".repeat(64);
    private static final String VERSION = "ramstein-audit-v1";

    private AuditChain() {
    }

    /** The hash a record should carry, computed from its content and previous hash (its stored hash is ignored). */
    public static String hash(AuditRecord r) {
        MessageDigest sha = sha256();
        field(sha, VERSION);
        field(sha, Long.toString(r.seq()));
        field(sha, Long.toString(r.recordedAt()));
        field(sha, r.actor());
        field(sha, r.role());
        field(sha, r.origin());
        field(sha, r.action());
        field(sha, r.entityType());
        field(sha, r.entityId());
        field(sha, r.payload());
        field(sha, r.outcome());
        field(sha, r.prevHash());
        return HexFormat.of().formatHex(sha.digest());
    }

    /** Whether the record's stored hash is the one its content gives. */
    public static boolean intact(AuditRecord r) {
        return r.hash() != null && r.hash().equals(hash(r));
    }

    private static void field(MessageDigest sha, String value) {
        if (value == null) {
            sha.update((byte) 0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        sha.update((byte) 1);
        sha.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16), (byte) (bytes.length >>> 8), (byte) bytes.length});
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
