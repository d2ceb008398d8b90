package org.ramstein.ledger.domain;

import java.time.LocalDate;
import java.util.List;
import org.ramstein.sources.domain.SourceRef;

public record NeedDraft(
        String id,
        String capability,
        String item,
        String category,
        String description,
        Quantity quantity,
        Integer priority,
        LocalDate neededBy,
        FuzzyDate stated,
        Visibility visibility,
        List<SourceRef> sources,
        String recordedBy) {
}
