package org.ramstein.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.ramstein.App;
import org.ramstein.access.AccountService;
import org.ramstein.access.domain.ApiToken;
import org.ramstein.access.domain.Role;
import org.ramstein.access.domain.User;
import org.ramstein.common.ValidationException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Accounts: add, list, disable, reset a password, issue and revoke API tokens.",
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Disable.class, UserCommand.Password.class,
            UserCommand.Token.class, UserCommand.Tokens.class, UserCommand.Revoke.class})
public final class UserCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** A password of 20 characters from an alphabet without look-alikes (about 115 bits). */
    static String generatedPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        return sb.toString();
    }

    static String cliActor() {
        return "cli:" + System.getProperty("user.name", "unknown");
    }

    /** The password given on standard input (first line), or a generated one that is printed. */
    static String password(boolean fromStdin) throws java.io.IOException {
        if (!fromStdin) return null;
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) throw new ValidationException("password", "no password on standard input");
        return line;
    }

    /** What every user subcommand has: the database to open and the streams to print on. */
    abstract static class Sub implements Callable<Integer> {
        @Mixin
        DatabaseOption database;
        @Spec
        CommandSpec spec;

        java.io.PrintWriter out() {
            return spec.commandLine().getOut();
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Adds an account; prints its password when none is given.")
    static final class Add extends Sub {
        @Parameters(index = "0", paramLabel = "<name>", description = "User name: lower-case letters, digits, '.', '_' or '-'.")
        String name;
        @Option(names = "--role", required = true, description = "admin | coordinator | donor-liaison | recipient-officer | analyst")
        String role;
        @Option(names = "--donor", description = "The donor code of a donor liaison, e.g. DEU.")
        String donor;
        @Option(names = "--full-name", description = "The person's name, as shown in lists.")
        String fullName;
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input instead of generating one.")
        boolean passwordStdin;

        @Override
        public Integer call() throws Exception {
            String given = password(passwordStdin);
            String pw = given == null ? generatedPassword() : given;
            try (App app = database.open()) {
                User u = CliAudit.recorded(app.audit(), "user add", "user", name,
                        CliArgs.of("name", name, "role", role, "donor", donor, "fullName", fullName, "passwordStdin", passwordStdin), () -> {
                            Role r;
                            try {
                                r = Role.fromCode(role);
                            } catch (IllegalArgumentException e) {
                                throw new ValidationException("role", e.getMessage());
                            }
                            return app.accounts().addUser(name, fullName, r, donor, pw, cliActor());
                        },
                        x -> new CliAudit.Done("user", x.name(), "added " + x.name() + " (" + x.role().code() + (x.donorCode() == null ? "" : ", " + x.donorCode()) + ")"));
                out().printf("added %s (%s%s)%n", u.name(), u.role().code(), u.donorCode() == null ? "" : ", " + u.donorCode());
                if (given == null) out().println("password: " + pw);
            }
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists accounts with their state and recent failed sign-ins.")
    static final class ListUsers extends Sub {

        @Override
        public Integer call() {
            try (App app = database.open()) {
                out().printf("%-20s %-18s %-6s %-17s %-26s %s%n", "name", "role", "donor", "created (UTC)", "state", "failed sign-ins (15 min)");
                for (User u : app.accounts().users()) {
                    out().printf("%-20s %-18s %-6s %-17s %-26s %d%n", u.name(), u.role().code(), u.donorCode() == null ? "" : u.donorCode(),
                            WHEN.format(u.createdAt()), u.disabled() ? "disabled " + WHEN.format(u.disabledAt()) : "active", u.recentFailedSignIns());
                }
            }
            return 0;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disables an account: its sessions end and its tokens stop working.")
    static final class Disable extends Sub {
        @Parameters(index = "0", paramLabel = "<name>")
        String name;

        @Override
        public Integer call() {
            try (App app = database.open()) {
                User u = CliAudit.recorded(app.audit(), "user disable", "user", name, CliArgs.of("name", name), () -> app.accounts().disable(name),
                        x -> new CliAudit.Done("user", x.name(), "disabled " + x.name()));
                out().printf("disabled %s at %s UTC%n", u.name(), WHEN.format(u.disabledAt()));
            }
            return 0;
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true, description = "Sets a new password (printed unless read from standard input); all the user's sessions end.")
    static final class Password extends Sub {
        @Parameters(index = "0", paramLabel = "<name>")
        String name;
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordStdin;

        @Override
        public Integer call() throws Exception {
            String given = password(passwordStdin);
            String pw = given == null ? generatedPassword() : given;
            try (App app = database.open()) {
                CliAudit.recorded(app.audit(), "user password", "user", name, CliArgs.of("name", name, "passwordStdin", passwordStdin), () -> {
                    app.accounts().resetPassword(name, pw);
                    return name;
                }, x -> new CliAudit.Done("user", x, "password of " + x + " changed"));
                out().println("password of " + name + " changed");
                if (given == null) out().println("password: " + pw);
            }
            return 0;
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true, description = "Issues an API token for a user and prints it (shown only this once).")
    static final class Token extends Sub {
        @Parameters(index = "0", paramLabel = "<name>")
        String name;
        @Option(names = "--label", description = "What the token is for.")
        String label;

        @Override
        public Integer call() {
            try (App app = database.open()) {
                AccountService.IssuedToken t = CliAudit.recorded(app.audit(), "user token", "user", name, CliArgs.of("name", name, "label", label),
                        () -> app.accounts().issueToken(name, label),
                        x -> new CliAudit.Done("user", name, "token " + x.token().id() + " issued for " + name));
                out().println("token id " + t.token().id() + " for " + name + " (send as 'Authorization: Bearer <token>'):");
                out().println(t.secret());
            }
            return 0;
        }
    }

    @Command(name = "tokens", mixinStandardHelpOptions = true, description = "Lists API tokens (of one user, or all).")
    static final class Tokens extends Sub {
        @Parameters(index = "0", arity = "0..1", paramLabel = "<name>")
        String name;

        @Override
        public Integer call() {
            try (App app = database.open()) {
                out().printf("%-16s %-20s %-24s %-17s %-17s %s%n", "id", "user", "label", "created (UTC)", "last used", "state");
                for (ApiToken t : app.accounts().tokens(name)) {
                    out().printf("%-16s %-20s %-24s %-17s %-17s %s%n", t.id(), t.userName(), t.label() == null ? "" : t.label(),
                            WHEN.format(t.createdAt()), t.lastUsedAt() == null ? "never" : WHEN.format(t.lastUsedAt()),
                            t.revoked() ? "revoked " + WHEN.format(t.revokedAt()) : "active");
                }
            }
            return 0;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revokes an API token by its id.")
    static final class Revoke extends Sub {
        @Parameters(index = "0", paramLabel = "<token-id>")
        String id;

        @Override
        public Integer call() {
            try (App app = database.open()) {
                ApiToken t = CliAudit.recorded(app.audit(), "user revoke", "token", id, CliArgs.of("id", id), () -> app.accounts().revokeToken(id),
                        x -> new CliAudit.Done("token", x.id(), "revoked token " + x.id() + " of " + x.userName()));
                out().printf("revoked token %s of %s%n", t.id(), t.userName());
            }
            return 0;
        }
    }
}
