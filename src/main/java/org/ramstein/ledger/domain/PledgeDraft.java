package org.ramstein.ledger.domain;

import java.util.List;
import org.ramstein.sources.domain.SourceRef;

/** A new pledge as a writer states it: who, what, when, where announced, and on whose word. */
public record PledgeDraft(
        String id,
        String donor,
        AidType aidType,
        String title,
        FuzzyDate announced,
        String meetingId,
        Visibility visibility,
        List<LineDraft> lines,
        List<SourceRef> sources,
        String recordedBy) {
}
