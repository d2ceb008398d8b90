package org.ramstein.extract.domain;

/**
 * A word, number or punctuation mark of a text, with its character offsets. {@code norm} is the lower-cased,
 * accent-folded form that lexicons compare; {@code text} is what the text says.
 */
public record Token(int start, int end, String text, String norm, Kind kind) {

    public enum Kind {
        /** Letters only: "Marder", "MiG". */
        WORD,
        /** Digits only: "1", "550", "2023". */
        NUMBER,
        /** Letters and digits: "AS90", "155mm", "18th", "85B". */
        ALNUM,
        /** One character that is neither a letter nor a digit: ",", "$", "-", "(". */
        PUNCT
    }

    public boolean is(String lowerForm) {
        return norm.equals(lowerForm);
    }

    public boolean isWordLike() {
        return kind != Kind.PUNCT;
    }

    public boolean isPunct(char c) {
        return kind == Kind.PUNCT && text.length() == 1 && text.charAt(0) == c;
    }

    /** "Marder", "NASAMS", "US": starts with an upper-case letter. */
    public boolean capitalized() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }

    public boolean allUpper() {
        boolean letter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) return false;
            if (Character.isLetter(c)) letter = true;
        }
        return letter;
    }

    /** An en or em dash: "–", "—". */
    public boolean isLongDash() {
        return isPunct('\u2013') || isPunct('\u2014');
    }

    /** A hyphen or a dash standing for one: "-", "–", "—". */
    public boolean isDash() {
        return isPunct('-') || isLongDash();
    }

    public boolean startsWithDigit() {
        return !text.isEmpty() && Character.isDigit(text.charAt(0));
    }
}
