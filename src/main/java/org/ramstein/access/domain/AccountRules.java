package org.ramstein.access.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ramstein.common.FieldError;

/** What makes a user name and a password acceptable. */
public final class AccountRules {
    public static final int MIN_PASSWORD_LENGTH = 12;
    public static final int MAX_PASSWORD_LENGTH = 200;
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,63}");

    private AccountRules() {
    }

    public static List<FieldError> newUser(String name, Role role, String donorCode, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (name == null || !NAME.matcher(name).matches()) {
            errors.add(new FieldError("name", "a user name is 2 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        if (role == null) {
            errors.add(new FieldError("role", "is required"));
        } else if (role == Role.PUBLIC) {
            errors.add(new FieldError("role", "the public has no account"));
        } else if (role == Role.DONOR_LIAISON && (donorCode == null || donorCode.isBlank())) {
            errors.add(new FieldError("donor", "a donor liaison is bound to one donor"));
        } else if (role != Role.DONOR_LIAISON && donorCode != null && !donorCode.isBlank()) {
            errors.add(new FieldError("donor", "only a donor liaison is bound to a donor"));
        }
        errors.addAll(password("password", password));
        return errors;
    }

    public static List<FieldError> password(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return List.of(new FieldError(field, "a password has at least " + MIN_PASSWORD_LENGTH + " characters"));
        }
        if (password.length() > MAX_PASSWORD_LENGTH) {
            return List.of(new FieldError(field, "a password has at most " + MAX_PASSWORD_LENGTH + " characters"));
        }
        return List.of();
    }
}
