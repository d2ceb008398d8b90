package org.ramstein.ledger;

import org.jdbi.v3.core.statement.SqlStatement;
import org.ramstein.ledger.domain.Audience;

/**
 * The SQL that keeps a read to the rows its {@link Audience} may see: one fragment per table alias, the same for raw
 * postings and for the running totals (both hold visibility and donor_code). The liaison's donor is always bound as
 * {@code :audienceDonor}, never written into the text; a fragment names it exactly when {@link #bind} binds it.
 * <p>
 * What a reader cannot see is treated as if it had never been recorded: hidden pledges, lines, postings and needs are
 * left out of lists and totals; a link "the same package as" a pledge the reader cannot see does not count (the
 * re-announcement is counted as the pledge it then is); citations of hidden subjects are left out, and a source cited
 * only by hidden subjects is hidden with them. Meetings, observations and import batches (public datasets) are public.
 */
public final class AudienceSql {
    /** The name the liaison's donor code is bound under. */
    public static final String DONOR = "audienceDonor";

    private AudienceSql() {
    }

    /** Whether statements for {@code a} name {@code :audienceDonor}. */
    public static boolean bindsDonor(Audience a) {
        return !a.everything() && a.ownDonor() != null;
    }

    /** Binds the liaison's donor when the audience's fragments name it. */
    public static <T extends SqlStatement<T>> T bind(T statement, Audience a) {
        if (bindsDonor(a)) statement.bind(DONOR, a.ownDonor());
        return statement;
    }

    /** Rows of {@code alias} (a table with visibility and donor_code) that {@code a} sees; "1 = 1" for everything. */
    public static String visible(Audience a, String alias) {
        if (a.everything()) return "1 = 1";
        if (a.ownDonor() == null) return alias + ".visibility = 'public'";
        return "(" + alias + ".visibility = 'public' OR " + alias + ".donor_code = :" + DONOR + ")";
    }

    /** {@link #visible} as a further condition: "AND ... " (trailing space), or nothing for everything. */
    public static String and(Audience a, String alias) {
        return a.everything() ? "" : "AND " + visible(a, alias) + " ";
    }

    /** The opposite of {@link #visible}: rows of {@code alias} that {@code a} may not see; "1 = 0" for everything. */
    public static String hidden(Audience a, String alias) {
        if (a.everything()) return "1 = 0";
        if (a.ownDonor() == null) return alias + ".visibility <> 'public'";
        return "(" + alias + ".visibility <> 'public' AND " + alias + ".donor_code <> :" + DONOR + ")";
    }

    /** Needs are Ukraine's, of no donor: the public sees public needs, a liaison too; everyone else all of them. */
    public static String visibleNeed(Audience a, String alias) {
        return a.everything() ? "1 = 1" : alias + ".visibility = 'public'";
    }

    public static String hiddenNeed(Audience a, String alias) {
        return a.everything() ? "1 = 0" : alias + ".visibility <> 'public'";
    }

    /**
     * The pledges counted under another pledge (pledge_link recorded by {@code :knownAt}) for this audience: a link to a
     * pledge the audience may not see does not count, so the re-announcement it sees is counted once, as itself.
     */
    public static String linkedPledges(Audience a) {
        return "SELECT lk.pledge_id FROM pledge_link lk WHERE lk.recorded_at <= :knownAt" + linkTargetVisible(a, "lk");
    }

    /** The pledge {@code pledgeIdExpr} is the same package as, as this audience may know it (null when none). */
    public static String sameAsOf(Audience a, String pledgeIdExpr) {
        return "(SELECT MIN(lk.same_as_id) FROM pledge_link lk WHERE lk.pledge_id = " + pledgeIdExpr + " AND lk.recorded_at <= :knownAt"
                + linkTargetVisible(a, "lk") + ")";
    }

    /** The pledge {@code pledgeIdExpr} exists and {@code a} sees it (a pledge line, a posting, a link is as visible as its pledge). */
    public static String visiblePledge(Audience a, String pledgeIdExpr) {
        return a.everything() ? "1 = 1" : "EXISTS (SELECT 1 FROM pledge vp WHERE vp.id = " + pledgeIdExpr + " AND " + visible(a, "vp") + ")";
    }

    /** " AND the target of link {@code link} is visible", or nothing for everything. */
    public static String linkTargetVisible(Audience a, String link) {
        return a.everything() ? "" : " AND EXISTS (SELECT 1 FROM pledge lt WHERE lt.id = " + link + ".same_as_id AND " + visible(a, "lt") + ")";
    }

    /**
     * Whether the subject {@code typeExpr}/{@code idExpr} (pledge, line, entry or need, as citations and retractions name
     * them) is hidden from {@code a}; other subjects (meetings, observations) never are. Each kind is compared with the
     * (few) hidden ones of its table, so a citation's index on its subject can find them; postings' ids are text here.
     */
    public static String hiddenSubject(Audience a, String typeExpr, String idExpr) {
        if (a.everything()) return "1 = 0";
        return "((" + typeExpr + " = 'pledge' AND " + idExpr + " IN (SELECT hp.id FROM pledge hp WHERE " + hidden(a, "hp") + "))"
                + " OR (" + typeExpr + " = 'line' AND " + idExpr + " IN (SELECT hl.id FROM pledge_line hl WHERE hl.pledge_id IN "
                + "(SELECT hq.id FROM pledge hq WHERE " + hidden(a, "hq") + ")))"
                + " OR (" + typeExpr + " = 'entry' AND " + idExpr + " IN (SELECT CAST(he.id AS TEXT) FROM ledger_entry he WHERE " + hidden(a, "he") + "))"
                + " OR (" + typeExpr + " = 'need' AND " + idExpr + " IN (SELECT hn.id FROM need hn WHERE " + hiddenNeed(a, "hn") + ")))";
    }

    /** Citations (alias {@code c}) of subjects {@code a} sees. */
    public static String visibleCitation(Audience a, String c) {
        return a.everything() ? "1 = 1" : "NOT " + hiddenSubject(a, c + ".subject_type", c + ".subject_id");
    }

    /**
     * Sources (alias {@code s}) {@code a} may see: every source but those cited only by hidden subjects. A source some
     * hidden subject cites (at any time) stays hidden until a subject the audience sees cites it, by {@code :knownAt}; a
     * source an observation names is public, as observations are.
     */
    public static String visibleSource(Audience a, String s) {
        return a.everything() ? "1 = 1" : s + ".id NOT IN (" + hiddenSources(a) + ")";
    }

    /** The ids of the sources {@link #visibleSource} leaves out: found from the citations of hidden subjects. */
    static String hiddenSources(Audience a) {
        return "SELECT h.source_id FROM (SELECT DISTINCT hc.source_id FROM citation hc WHERE " + hiddenSubject(a, "hc.subject_type", "hc.subject_id")
                + ") h WHERE NOT EXISTS (SELECT 1 FROM citation vc WHERE vc.source_id = h.source_id AND vc.recorded_at <= :knownAt AND "
                + visibleCitation(a, "vc") + ") AND NOT EXISTS (SELECT 1 FROM observation vo WHERE vo.source_id = h.source_id)";
    }
}
