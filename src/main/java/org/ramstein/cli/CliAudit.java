package org.ramstein.cli;

import java.util.Map;
import java.util.function.Function;
import org.ramstein.audit.AuditTrail;
import org.ramstein.audit.Payloads;
import org.ramstein.audit.domain.AuditCommand;
import org.ramstein.common.DomainException;
import org.ramstein.storage.CommitWitness;

/**
 * Records a command-line write in the audit trail once it has run, as the HTTP server records a request: actor "cli:"
 * and the operating-system user, origin "cli", the command and its arguments, and the outcome — done (with what it did),
 * refused (the user's error, exit 2) or failed. A command that commits a write is recorded inside that write's
 * transaction, naming what it wrote; one that commits nothing is recorded afterwards, in a transaction of its own.
 */
final class CliAudit {
    private CliAudit() {
    }

    /** What a finished command did: the entity it names (type, id where known) and its outcome in words (never a secret). */
    record Done(String entityType, String entityId, String outcome) {
    }

    /** A command's write, which may throw what the command throws. */
    @FunctionalInterface
    interface Work<T, E extends Exception> {
        T run() throws E;
    }

    static <T, E extends Exception> T recorded(AuditTrail trail, String action, String entityType, String entityId, Map<String, ?> args, Work<T, E> work,
                                               Function<T, Done> done) throws E {
        T result;
        int commits;
        // each transaction the command commits carries its record, written last inside it
        try (CommitWitness.Scope scope = trail.recording(written -> {
            String[] entity = AuditTrail.entity(entityType, entityId, written);
            return command(action, entity[0], entity[1], args, AuditTrail.committed(written));
        })) {
            try {
                result = work.run();
            } catch (Exception e) {
                String outcome = e instanceof DomainException d ? "refused: " + d.title() + ": " + d.getMessage() : "failed: " + RamsteinCli.describe(e);
                if (scope.commits() > 0) outcome += " (after " + scope.commits() + " committed write(s), recorded with them)";
                try {
                    trail.append(command(action, entityType, entityId, args, outcome));
                } catch (RuntimeException notRecorded) {
                    e.addSuppressed(notRecorded);
                }
                throw e;
            }
            commits = scope.commits();
        }
        if (commits == 0) {
            // nothing committed (nothing to do): recorded on its own, with what the command says it did
            Done d = done.apply(result);
            trail.append(command(action, d.entityType(), d.entityId(), args, "done: " + d.outcome()));
        }
        return result;
    }

    private static AuditCommand command(String action, String entityType, String entityId, Map<String, ?> args, String outcome) {
        return new AuditCommand(AuditTrail.cliActor(), AuditTrail.CLI, "cli", action, entityType, entityId, Payloads.of(args), outcome);
    }
}
