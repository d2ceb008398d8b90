package org.ramstein.demo;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.ramstein.App;
import org.ramstein.access.domain.Role;

/** One account per role for the demo, each with a fresh random password, so every part of the app can be tried. */
public final class DemoAccounts {
    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public record Account(String name, Role role, String donor, String password) {
    }

    private DemoAccounts() {
    }

    public static List<Account> create(App app) {
        SecureRandom random = new SecureRandom();
        List<Account> out = new ArrayList<>();
        for (Account a : List.of(new Account("admin", Role.ADMIN, null, null), new Account("coordinator", Role.COORDINATOR, null, null),
                new Account("liaison-deu", Role.DONOR_LIAISON, "DEU", null), new Account("officer", Role.RECIPIENT_OFFICER, null, null),
                new Account("analyst", Role.ANALYST, null, null))) {
            StringBuilder pw = new StringBuilder();
            for (int i = 0; i < 16; i++) pw.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            app.accounts().addUser(a.name(), null, a.role(), a.donor(), pw.toString(), "demo");
            out.add(new Account(a.name(), a.role(), a.donor(), pw.toString()));
        }
        return out;
    }

    /** The accounts as the demo prints them. */
    public static String describe(List<Account> accounts) {
        StringBuilder sb = new StringBuilder("Demo accounts (sign in at /sign-in; the public needs none):\n");
        for (Account a : accounts) {
            sb.append(String.format("  %-18s %-13s password %s%n", a.role().code() + (a.donor() == null ? "" : " (" + a.donor() + ")"),
                    a.name(), a.password()));
        }
        return sb.toString();
    }
}
