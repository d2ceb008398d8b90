package org.ramstein.sources;

import java.util.List;
import org.ramstein.sources.domain.Citation;
import org.ramstein.sources.domain.Source;
import org.ramstein.sources.domain.SourceKind;
import org.ramstein.sources.domain.SourceRef;
import org.ramstein.storage.Ids;
import org.ramstein.storage.LedgerWriter;

/** Writes the citations of one ledger subject, creating the sources given inline. */
public final class SourceWrites {
    private SourceWrites() {
    }

    public static void cite(LedgerWriter w, List<SourceRef> refs, String subjectType, String subjectId, String recordedBy, long now) {
        if (refs == null) return;
        for (SourceRef ref : refs) {
            String sourceId = ref.sourceId();
            if (ref.isNew()) {
                sourceId = Ids.next("src");
                w.source(new Source(sourceId, ref.kind(), ref.title(), ref.publisher(), ref.url(), ref.publishedOn(), null,
                        ref.kind() == SourceKind.MANUAL ? recordedBy : null, null, now));
            } else if (w.handle().createQuery("SELECT COUNT(*) FROM source WHERE id = :id").bind("id", sourceId).mapTo(Integer.class).one() == 0) {
                throw new org.ramstein.common.ValidationException("sources", "source '" + sourceId + "' does not exist");
            }
            w.citation(new Citation(null, sourceId, subjectType, subjectId, ref.quote(), ref.locator(), now));
        }
    }
}
