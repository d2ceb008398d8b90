package org.ramstein.access;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/** Argon2id password hashes in the PHC string format ($argon2id$v=19$m=…,t=…,p=…$salt$hash), parameters kept in each hash. */
public final class PasswordHasher {
    /** OWASP's recommended minimum for Argon2id: 19 MiB, 2 passes, 1 lane. */
    public static final PasswordHasher STANDARD = new PasswordHasher(19_456, 2);

    private final Argon2Function function;
    private final String dummyHash;

    public PasswordHasher(int memoryKib, int iterations) {
        this.function = Argon2Function.getInstance(memoryKib, iterations, 1, 32, Argon2.ID);
        this.dummyHash = hash("a password nobody has");
    }

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(function).getResult();
    }

    /** Checks {@code password} against {@code stored}; with no stored hash it still does the work, so timing reveals nothing. */
    public boolean verify(String password, String stored) {
        String against = stored == null ? dummyHash : stored;
        boolean match;
        try {
            match = Password.check(password, against).with(Argon2Function.getInstanceFromHash(against));
        } catch (RuntimeException malformed) {
            return false;
        }
        return stored != null && match;
    }
}
