package org.ramstein.ledger.domain;

import java.time.LocalDate;
import java.util.List;
import org.ramstein.sources.domain.SourceRef;

public record MeetingDraft(String id, LocalDate heldOn, String place, String title, String format, List<SourceRef> sources, String recordedBy) {
}
