package org.ramstein.ledger.domain;

import java.util.List;
import org.ramstein.sources.domain.SourceRef;

/** An allocation or delivery against a pledge line, as a writer states it. */
public record EntryDraft(
        EntryKind kind,
        String lineId,
        Long quantity,
        Money amount,
        FuzzyDate happened,
        String route,
        String note,
        List<SourceRef> sources,
        String recordedBy) {
}
