package org.ramstein.ledger.domain;

import java.util.Locale;

/** Enums in this ledger are stored and sent as lower-case codes ("up_to"); this maps both ways. */
public final class Codes {
    private Codes() {
    }

    // each enum's codes, computed once: codes are written for every row of a bulk load
    private static final ClassValue<String[]> CODES = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] codes = new String[constants.length];
            for (int i = 0; i < constants.length; i++) codes[i] = ((Enum<?>) constants[i]).name().toLowerCase(Locale.ROOT);
            return codes;
        }
    };

    public static String of(Enum<?> e) {
        return CODES.get(e.getDeclaringClass())[e.ordinal()];
    }

    /** Parses a code case-insensitively; accepts '-' and ' ' for '_'. Returns null for an unknown code. */
    public static <E extends Enum<E>> E parse(Class<E> type, String code) {
        if (code == null) return null;
        String key = code.trim().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(key)) return e;
        }
        return null;
    }

    public static <E extends Enum<E>> String allowed(Class<E> type) {
        StringBuilder sb = new StringBuilder();
        for (E e : type.getEnumConstants()) {
            if (!sb.isEmpty()) sb.append(", ");
            sb.append(of(e));
        }
        return sb.toString();
    }
}
