package org.ramstein.audit.domain;

import java.util.List;

/**
 * The result of checking the whole trail: how many records were read, the head they were checked against (null when it
 * is missing), and the findings — the first {@link ChainVerifier#MAX_FINDINGS} of them; {@code totalFindings} counts all.
 */
public record Verification(long checked, AuditHead head, List<Finding> findings, long totalFindings) {

    public Verification {
        findings = List.copyOf(findings);
    }

    public boolean intact() {
        return totalFindings == 0;
    }

    /** Findings found but not listed (beyond the cap). */
    public long unlisted() {
        return totalFindings - findings.size();
    }
}
