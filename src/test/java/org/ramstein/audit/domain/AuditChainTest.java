package org.ramstein.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hash chain and its verification as pure functions: every kind of tampering is found and the record named. */
class AuditChainTest {

    static AuditCommand command(int i) {
        return new AuditCommand(i % 2 == 0 ? "alice" : "bob", "coordinator", "10.0.0." + i, "POST /api/v1/pledges", "pledge", "p-" + i,
                "{\"id\":\"p-" + i + "\"}", "201 Created");
    }

    /** A valid chain of {@code n} records, numbered from 1. */
    static List<AuditRecord> chain(int n) {
        List<AuditRecord> out = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            AuditRecord r = AuditRecord.chained(command(i), i, 1_700_000_000_000_000L + i, prev);
            out.add(r);
            prev = r.hash();
        }
        return out;
    }

    static AuditHead headOf(List<AuditRecord> records) {
        AuditRecord last = records.get(records.size() - 1);
        return new AuditHead(last.seq(), last.hash(), last.recordedAt());
    }

    static List<String> messages(Verification v) {
        return v.findings().stream().map(Finding::message).toList();
    }

    @Test
    void aRecordsHashIsSha256HexOfItsContentAndChangesWithEveryField() {
        AuditRecord r = AuditRecord.chained(command(1), 1, 42, AuditChain.GENESIS);
        assertThat(r.hash()).matches("[0-9a-f]{64}").isEqualTo(AuditChain.hash(r));
        assertThat(AuditChain.intact(r)).isTrue();
        List<AuditRecord> variants = List.of(
                new AuditRecord(2, 42, r.actor(), r.role(), r.origin(), r.action(), r.entityType(), r.entityId(), r.payload(), r.outcome(), r.prevHash(), null),
                new AuditRecord(1, 43, r.actor(), r.role(), r.origin(), r.action(), r.entityType(), r.entityId(), r.payload(), r.outcome(), r.prevHash(), null),
                new AuditRecord(1, 42, "mallory", r.role(), r.origin(), r.action(), r.entityType(), r.entityId(), r.payload(), r.outcome(), r.prevHash(), null),
                new AuditRecord(1, 42, r.actor(), "admin", r.origin(), r.action(), r.entityType(), r.entityId(), r.payload(), r.outcome(), r.prevHash(), null),
                new AuditRecord(1, 42, r.actor(), r.role(), "10.0.0.9", r.action(), r.entityType(), r.entityId(), r.payload(), r.outcome(), r.prevHash(), null),
                new AuditRecord(1, 42, r.actor(), r.role(), r.origin(), "POST /api/v1/needs", r.entityType(), r.entityId(), r.payload(), r.outcome(), r.prevHash(), null),
                new AuditRecord(1, 42, r.actor(), r.role(), r.origin(), r.action(), "need", r.entityId(), r.payload(), r.outcome(), r.prevHash(), null),
                new AuditRecord(1, 42, r.actor(), r.role(), r.origin(), r.action(), r.entityType(), "p-2", r.payload(), r.outcome(), r.prevHash(), null),
                new AuditRecord(1, 42, r.actor(), r.role(), r.origin(), r.action(), r.entityType(), r.entityId(), "{}", r.outcome(), r.prevHash(), null),
                new AuditRecord(1, 42, r.actor(), r.role(), r.origin(), r.action(), r.entityType(), r.entityId(), r.payload(), "400 Invalid input", r.prevHash(), null),
                new AuditRecord(1, 42, r.actor(), r.role(), r.origin(), r.action(), r.entityType(), r.entityId(), r.payload(), r.outcome(), "1".repeat(64), null));
        Set<String> hashes = new HashSet<>();
        hashes.add(r.hash());
        for (AuditRecord v : variants) hashes.add(AuditChain.hash(v));
        assertThat(hashes).as("each field changes the hash").hasSize(variants.size() + 1);
    }

    @Test
    void theEncodingIsUnambiguous() {
        AuditRecord a = new AuditRecord(1, 1, "ab", "c", "o", "x", null, null, null, "ok", AuditChain.GENESIS, null);
        AuditRecord b = new AuditRecord(1, 1, "a", "bc", "o", "x", null, null, null, "ok", AuditChain.GENESIS, null);
        AuditRecord nullId = new AuditRecord(1, 1, "a", "b", "o", "x", "pledge", null, null, "ok", AuditChain.GENESIS, null);
        AuditRecord emptyId = new AuditRecord(1, 1, "a", "b", "o", "x", "pledge", "", null, "ok", AuditChain.GENESIS, null);
        assertThat(AuditChain.hash(a)).isNotEqualTo(AuditChain.hash(b));
        assertThat(AuditChain.hash(nullId)).isNotEqualTo(AuditChain.hash(emptyId));
    }

    @Test
    void anUntouchedChainIsIntact() {
        List<AuditRecord> c = chain(30);
        Verification v = ChainVerifier.verify(c, headOf(c));
        assertThat(v.intact()).isTrue();
        assertThat(v.checked()).isEqualTo(30);
        assertThat(v.findings()).isEmpty();
        assertThat(ChainVerifier.verify(List.of(), AuditHead.EMPTY).intact()).isTrue();
    }

    @Test
    void anEditedRecordIsNamed() {
        List<AuditRecord> c = new ArrayList<>(chain(30));
        AuditRecord r = c.get(16);
        c.set(16, new AuditRecord(r.seq(), r.recordedAt(), r.actor(), r.role(), r.origin(), r.action(), r.entityType(), r.entityId(), r.payload(),
                "200 OK", r.prevHash(), r.hash()));
        Verification v = ChainVerifier.verify(c, headOf(c));
        assertThat(v.intact()).isFalse();
        assertThat(messages(v)).containsExactly("record 17 was edited: its hash does not match its content");
        assertThat(v.findings().get(0).kind()).isEqualTo(Finding.Kind.EDITED);
    }

    @Test
    void anEditedRecordWhoseHashWasRecomputedBreaksTheNextLink() {
        List<AuditRecord> c = new ArrayList<>(chain(30));
        AuditRecord r = c.get(16);
        AuditRecord forged = new AuditRecord(r.seq(), r.recordedAt(), "mallory", r.role(), r.origin(), r.action(), r.entityType(), r.entityId(),
                r.payload(), r.outcome(), r.prevHash(), null);
        c.set(16, forged.withHash(AuditChain.hash(forged)));
        assertThat(messages(ChainVerifier.verify(c, headOf(c))))
                .containsExactly("record 18 does not follow record 17: its previous hash is not record 17's hash");
    }

    @Test
    void deletedRecordsInTheMiddleAreNamedAsARange() {
        List<AuditRecord> c = new ArrayList<>(chain(30));
        c.subList(17, 20).clear(); // records 18, 19, 20
        Verification v = ChainVerifier.verify(c, headOf(c));
        assertThat(messages(v)).containsExactly("records 18–20 are missing",
                "record 21 does not follow record 17: its previous hash is not record 17's hash");
        assertThat(v.findings().get(0)).extracting(Finding::from, Finding::to).containsExactly(18L, 20L);
        assertThat(v.checked()).isEqualTo(27);
    }

    @Test
    void aDeletedEndIsFoundFromTheHead() {
        List<AuditRecord> c = new ArrayList<>(chain(30));
        AuditHead head = headOf(c);
        c.remove(29);
        assertThat(messages(ChainVerifier.verify(c, head)))
                .containsExactly("record 30 is missing at the end of the trail (the head names record 30)");
        c.remove(28);
        assertThat(messages(ChainVerifier.verify(c, head)))
                .containsExactly("records 29–30 are missing at the end of the trail (the head names record 30)");
        assertThat(messages(ChainVerifier.verify(List.of(), head)))
                .containsExactly("records 1–30 are missing at the end of the trail (the head names record 30)");
    }

    @Test
    void aReplacedLastRecordDoesNotMatchTheHead() {
        List<AuditRecord> c = new ArrayList<>(chain(30));
        AuditHead head = headOf(c);
        AuditRecord r = c.get(29);
        AuditRecord forged = new AuditRecord(r.seq(), r.recordedAt(), r.actor(), r.role(), r.origin(), r.action(), r.entityType(), r.entityId(),
                "{}", r.outcome(), r.prevHash(), null);
        c.set(29, forged.withHash(AuditChain.hash(forged)));
        Verification v = ChainVerifier.verify(c, head);
        assertThat(messages(v)).containsExactly("record 30 is not the record the head names: its hash differs from the head's (replaced)");
    }

    @Test
    void recordsPastTheHeadAndAMissingHeadAreFindings() {
        List<AuditRecord> c = chain(30);
        AuditHead at28 = new AuditHead(28, c.get(27).hash(), c.get(27).recordedAt());
        assertThat(messages(ChainVerifier.verify(c, at28)))
                .containsExactly("records 29–30 lie beyond the head (record 28): not appended through the trail");
        Verification noHead = ChainVerifier.verify(c, null);
        assertThat(noHead.findings()).extracting(Finding::kind).containsExactly(Finding.Kind.NO_HEAD);
        assertThat(noHead.checked()).isEqualTo(30);
    }

    @Test
    void theFirstRecordMustStartFromTheGenesisHash() {
        AuditRecord first = AuditRecord.chained(command(1), 1, 5, "f".repeat(64));
        assertThat(messages(ChainVerifier.verify(List.of(first), new AuditHead(1, first.hash(), 5))))
                .containsExactly("record 1 does not start the trail: its previous hash is not the genesis hash");
    }

    @Test
    void recordsOutOfOrderAreFindings() {
        List<AuditRecord> c = chain(3);
        List<AuditRecord> shuffled = List.of(c.get(0), c.get(2), c.get(1));
        Verification v = ChainVerifier.verify(shuffled, headOf(c));
        assertThat(v.findings()).extracting(Finding::kind).contains(Finding.Kind.OUT_OF_ORDER);
    }

    @Test
    void findingsAreCappedButAllCounted() {
        List<AuditRecord> c = new ArrayList<>();
        for (AuditRecord r : chain(1_500)) c.add(r.withHash(r.hash().replace('a', 'b').replace('0', 'a'))); // every stored hash wrong
        Verification v = ChainVerifier.verify(c, headOf(c));
        assertThat(v.findings()).hasSize(ChainVerifier.MAX_FINDINGS);
        assertThat(v.totalFindings()).isGreaterThan(1_500);
        assertThat(v.unlisted()).isEqualTo(v.totalFindings() - ChainVerifier.MAX_FINDINGS);
    }

    @Test
    void commandsAreCleanedSoTheyReadBackAsHashed() {
        AuditCommand c = new AuditCommand("a\u0000b", "cli", "cli", "x" + "\ud800" + "y", null, " ", "{}", "o".repeat(5_000));
        assertThat(c.actor()).isEqualTo("a\uFFFDb");
        assertThat(c.action()).isEqualTo("x\uFFFDy");
        assertThat(c.entityId()).isNull();
        assertThat(c.outcome()).hasSize(AuditCommand.MAX_OUTCOME).endsWith("…");
        assertThatThrownBy(() -> new AuditCommand(" ", "cli", "cli", "x", null, null, null, "ok")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("actor");
    }

    @Test
    void secretFieldsAreRecognised() {
        assertThat(List.of("password", "newPassword", "password_confirm", "PASSWORD", "token", "apiToken", "_csrf", "clientSecret", "Authorization"))
                .allMatch(Secrets::isSecret);
        assertThat(List.of("donor", "quantity", "recordedBy", "title", "tokens_count_note")).noneMatch(Secrets::isSecret);
    }
}
