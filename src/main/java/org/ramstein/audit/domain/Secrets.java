package org.ramstein.audit.domain;

import java.util.Locale;

/** Which fields of a payload are never recorded: passwords, tokens, secrets, CSRF tokens, credentials. */
public final class Secrets {
    public static final String REDACTED = "[redacted]";

    private Secrets() {
    }

    /** password, newPassword, password_confirm, passphrase, token, apiToken, secret, _csrf, authorization … */
    public static boolean isSecret(String field) {
        if (field == null) return false;
        String f = field.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return f.contains("password") || f.contains("passphrase") || f.contains("passwd") || f.contains("secret") || f.endsWith("token")
                || f.contains("csrf") || f.equals("authorization") || f.contains("credential") || f.equals("apikey");
    }
}
