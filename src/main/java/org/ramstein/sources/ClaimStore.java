package org.ramstein.sources;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Query;
import org.ramstein.ledger.AudienceSql;
import org.ramstein.ledger.domain.Audience;
import org.ramstein.sources.domain.Claim;
import org.ramstein.sources.domain.ClaimDraft;
import org.ramstein.sources.domain.DuplicatePolicy;

/** Reads and appends of ingested texts, their claims and the reviewers' decisions. */
public final class ClaimStore {
    private static final String CLAIMS = "SELECT c.*, r.decision, r.reason, r.pledge_id, r.entry_id, r.observation_id, "
            + "r.recorded_at AS reviewed_at, r.recorded_by AS reviewed_by, "
            + "(SELECT MAX(v.version) FROM revision v WHERE v.subject_type = 'claim' AND v.subject_id = c.id) AS version "
            + "FROM claim c LEFT JOIN claim_review r ON r.claim_id = c.id ";

    private final Jdbi jdbi;

    public ClaimStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** The source an earlier ingest stored for the same content, if any. */
    public Optional<String> documentByHash(Handle h, String hash) {
        return h.createQuery("SELECT s.id FROM source s JOIN document_text d ON d.source_id = s.id WHERE s.content_hash = :h ORDER BY s.id")
                .bind("h", hash).mapTo(String.class).findFirst();
    }

    public Optional<String> documentByHash(String hash) {
        return jdbi.withHandle(h -> documentByHash(h, hash));
    }

    void insertText(Handle h, String sourceId, String mediaType, String body) {
        h.createUpdate("INSERT INTO document_text (source_id, media_type, body) VALUES (:s, :m, :b)")
                .bind("s", sourceId).bind("m", mediaType).bind("b", body).execute();
    }

    void insertClaim(Handle h, String id, String sourceId, ClaimDraft c, String donorCode, String itemId, long recordedAt) {
        h.createUpdate("INSERT INTO claim (id, source_id, kind, donor, donor_code, recipient, item, item_id, category, qualifier, quantity, "
                        + "quantity_max, value_cents, currency, unit, evidence, start_offset, end_offset, rule, confidence, recorded_at) VALUES "
                        + "(:id, :source, :kind, :donor, :donorCode, :recipient, :item, :itemId, :category, :qualifier, :quantity, :quantityMax, "
                        + ":valueCents, :currency, :unit, :evidence, :start, :end, :rule, :confidence, :recordedAt)")
                .bind("id", id).bind("source", sourceId).bind("kind", c.kind()).bind("donor", c.donor()).bind("donorCode", donorCode)
                .bind("recipient", c.recipient()).bind("item", c.item()).bind("itemId", itemId).bind("category", c.category())
                .bind("qualifier", c.qualifier()).bind("quantity", c.quantity()).bind("quantityMax", c.quantityMax())
                .bind("valueCents", c.value() == null ? null : c.value().movePointRight(2).setScale(0, java.math.RoundingMode.HALF_EVEN).longValueExact())
                .bind("currency", c.currency()).bind("unit", c.unit()).bind("evidence", c.evidence()).bind("start", c.start())
                .bind("end", c.end()).bind("rule", c.rule()).bind("confidence", c.confidence()).bind("recordedAt", recordedAt).execute();
    }

    void insertReview(Handle h, String claimId, Claim.Review r) {
        h.createUpdate("INSERT INTO claim_review (claim_id, decision, reason, pledge_id, entry_id, observation_id, recorded_at, recorded_by) "
                        + "VALUES (:c, :d, :reason, :p, :e, :o, :at, :by)")
                .bind("c", claimId).bind("d", r.decision().code).bind("reason", r.reason()).bind("p", r.pledgeId()).bind("e", r.entryId())
                .bind("o", r.observationId()).bind("at", r.recordedAt()).bind("by", r.recordedBy()).execute();
    }

    public Optional<Claim> claim(String id) {
        return jdbi.withHandle(h -> claim(h, id));
    }

    Optional<Claim> claim(Handle h, String id) {
        return h.createQuery(CLAIMS + "WHERE c.id = :id").bind("id", id).map((rs, ctx) -> map(rs)).findFirst();
    }

    /** Claims in the order they were read; {@code pending} null for all, true for those awaiting a decision. */
    public List<Claim> claims(Boolean pending, String sourceId, int limit) {
        String where = "WHERE 1 = 1 " + (pending == null ? "" : pending ? "AND r.id IS NULL " : "AND r.id IS NOT NULL ")
                + (sourceId == null ? "" : "AND c.source_id = :source ");
        return jdbi.withHandle(h -> {
            Query q = h.createQuery(CLAIMS + where + "ORDER BY c.recorded_at, c.id LIMIT :limit").bind("limit", limit);
            if (sourceId != null) q.bind("source", sourceId);
            return q.map((rs, ctx) -> map(rs)).list();
        });
    }

    /** One page of claims in the order they were read: {@code pending} null for all, true awaiting a decision, false decided. */
    public List<Claim> claims(Boolean pending, int offset, int limit) {
        return jdbi.withHandle(h -> h.createQuery(CLAIMS + where(pending) + "ORDER BY c.recorded_at, c.id LIMIT :limit OFFSET :offset")
                .bind("limit", limit).bind("offset", offset).map((rs, ctx) -> map(rs)).list());
    }

    /** How many claims there are: {@code pending} null for all, true awaiting a decision, false decided. */
    public long count(Boolean pending) {
        return jdbi.withHandle(h -> h.createQuery("SELECT COUNT(*) FROM claim c LEFT JOIN claim_review r ON r.claim_id = c.id " + where(pending))
                .mapTo(Long.class).one());
    }

    private static String where(Boolean pending) {
        return "WHERE 1 = 1 " + (pending == null ? "" : pending ? "AND r.id IS NULL " : "AND r.id IS NOT NULL ");
    }

    /** The first pending claim read after {@code claimId} in queue order, else the first pending one (never {@code claimId} itself). */
    public Optional<String> nextPending(String claimId) {
        return jdbi.withHandle(h -> {
            Optional<Long> at = h.createQuery("SELECT recorded_at FROM claim WHERE id = :id").bind("id", claimId).mapTo(Long.class).findFirst();
            Optional<String> after = at.isEmpty() ? Optional.empty()
                    : h.createQuery("SELECT c.id FROM claim c LEFT JOIN claim_review r ON r.claim_id = c.id WHERE r.id IS NULL "
                                    + "AND (c.recorded_at > :at OR (c.recorded_at = :at AND c.id > :id)) ORDER BY c.recorded_at, c.id LIMIT 1")
                            .bind("at", at.get()).bind("id", claimId).mapTo(String.class).findFirst();
            if (after.isPresent()) return after;
            return h.createQuery("SELECT c.id FROM claim c LEFT JOIN claim_review r ON r.claim_id = c.id WHERE r.id IS NULL AND c.id <> :id "
                    + "ORDER BY c.recorded_at, c.id LIMIT 1").bind("id", claimId).mapTo(String.class).findFirst();
        });
    }

    /** A recorded pledge as far as attaching goes: whether it is itself marked the same as another ({@code sameAsId}). */
    public record PledgeRef(String id, String sameAsId) {
    }

    public Optional<PledgeRef> pledge(String pledgeId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT p.id, l.same_as_id FROM pledge p LEFT JOIN pledge_link l ON l.pledge_id = p.id WHERE p.id = :id")
                .bind("id", pledgeId).map((rs, ctx) -> new PledgeRef(rs.getString(1), rs.getString(2))).findFirst());
    }

    /** Whether {@code audience} sees the pledge {@code pledgeId} (false when there is none). */
    public boolean pledgeVisible(String pledgeId, Audience audience) {
        return jdbi.withHandle(h -> AudienceSql.bind(h.createQuery("SELECT COUNT(*) FROM pledge p WHERE p.id = :id " + AudienceSql.and(audience, "p")),
                audience).bind("id", pledgeId).mapTo(Long.class).one() > 0);
    }

    /** Whether {@code audience} sees the posting {@code entryId} (false when there is none). */
    public boolean entryVisible(long entryId, Audience audience) {
        return jdbi.withHandle(h -> AudienceSql.bind(h.createQuery("SELECT COUNT(*) FROM ledger_entry e WHERE e.id = :id " + AudienceSql.and(audience, "e")),
                audience).bind("id", entryId).mapTo(Long.class).one() > 0);
    }

    /** The text a claim was read in, and its source's date. */
    public record Document(String sourceId, String title, String publisher, String url, LocalDate publishedOn, String mediaType, String body) {
    }

    public Optional<Document> document(String sourceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT s.id, s.title, s.publisher, s.url, s.published_on, d.media_type, d.body FROM source s "
                        + "JOIN document_text d ON d.source_id = s.id WHERE s.id = :id").bind("id", sourceId)
                .map((rs, ctx) -> new Document(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5) == null ? null : LocalDate.parse(rs.getString(5)), rs.getString(6), rs.getString(7))).findFirst());
    }

    /** The donor's recorded, unretracted pledge lines that {@code audience} sees: what a claim may repeat. */
    public List<DuplicatePolicy.Candidate> candidates(String donorCode, Audience audience) {
        return jdbi.withHandle(h -> AudienceSql.bind(h.createQuery("SELECT p.id, p.title, p.donor_code, p.announced_on, l.item_id, l.category, l.quantity, "
                        + "l.quantity_max, l.value_cents, l.value_currency FROM pledge p JOIN pledge_line l ON l.pledge_id = p.id "
                        + "WHERE p.donor_code = :d " + AudienceSql.and(audience, "p")
                        + "AND p.id NOT IN (SELECT subject_id FROM retraction WHERE subject_type = 'pledge') ORDER BY p.id, l.line_no"), audience)
                .bind("d", donorCode)
                .map((rs, ctx) -> new DuplicatePolicy.Candidate(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null ? null : LocalDate.parse(rs.getString(4)), rs.getString(5), rs.getString(6), longOrNull(rs, 7),
                        longOrNull(rs, 8), longOrNull(rs, 9), rs.getString(10)))
                .list());
    }

    private static Claim map(java.sql.ResultSet rs) throws java.sql.SQLException {
        Double confidence = rs.getDouble("confidence");
        if (rs.wasNull()) confidence = null;
        Long cents = longOrNull(rs, "value_cents");
        ClaimDraft draft = new ClaimDraft(rs.getString("kind"), rs.getString("donor"), rs.getString("recipient"), rs.getString("item"),
                rs.getString("category"), longOrNull(rs, "quantity"), longOrNull(rs, "quantity_max"), rs.getString("qualifier"),
                cents == null ? null : BigDecimal.valueOf(cents, 2), rs.getString("currency"), rs.getString("unit"), rs.getString("evidence"),
                intOrNull(rs, "start_offset"), intOrNull(rs, "end_offset"), rs.getString("rule"), confidence);
        Claim.Review review = rs.getString("decision") == null ? null : new Claim.Review(Claim.Decision.fromCode(rs.getString("decision")),
                rs.getString("reason"), rs.getString("pledge_id"), longOrNull(rs, "entry_id"), rs.getString("observation_id"),
                rs.getLong("reviewed_at"), rs.getString("reviewed_by"));
        Long version = longOrNull(rs, "version");
        return new Claim(rs.getString("id"), version == null ? 1 : version, rs.getString("source_id"), draft, rs.getString("donor_code"), rs.getString("item_id"),
                rs.getLong("recorded_at"), review);
    }

    private static Long longOrNull(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Long longOrNull(java.sql.ResultSet rs, int column) throws java.sql.SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static Integer intOrNull(java.sql.ResultSet rs, String column) throws java.sql.SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }
}
