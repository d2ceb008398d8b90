package org.ramstein.storage;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PgCopyTextTest {

    private static String row(Object... values) {
        StringBuilder sb = new StringBuilder();
        PgCopyText.appendRow(sb, values);
        return sb.toString();
    }

    @Test
    void nullsNumbersAndPlainText() {
        assertThat(row("a", null, 42L, 7, "")).isEqualTo("a\t\\N\t42\t7\t\n");
    }

    @Test
    void separatorsAndBackslashesAreEscaped() {
        assertThat(row("tab\there", "line\nbreak", "carriage\rreturn", "back\\slash")).isEqualTo(
                "tab\\there\tline\\nbreak\tcarriage\\rreturn\tback\\\\slash\n");
    }

    @Test
    void textThatLooksLikeAnEscapeStaysText() {
        // the two characters \N are text, not NULL; "\." on its own line is not the end-of-data marker
        assertThat(row("\\N", "\\.", "\\\\t")).isEqualTo("\\\\N\t\\\\.\t\\\\\\\\t\n");
    }

    @Test
    void otherCharactersPassUnchanged() {
        assertThat(row("Kraków \"Ⅱ\" 🇺🇦, 'x'; ;|")).isEqualTo("Kraków \"Ⅱ\" 🇺🇦, 'x'; ;|\n");
    }
}
