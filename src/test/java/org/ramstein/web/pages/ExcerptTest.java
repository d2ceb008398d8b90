package org.ramstein.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A claim's evidence is shown inside its own sentence(s), wherever the extractor's offsets point. */
class ExcerptTest {
    static final String TEXT = "Berlin said on Thursday it will send 40 Marder infantry fighting vehicles. Washington announced a package "
            + "worth $1.85 billion, Mr. Kirby said. The U.S. also sends 2 Patriot batteries.\n\nAllies have so far delivered 230 tanks";

    @Test
    void theEvidenceStandsInItsSentenceNotItsNeighbours() {
        Excerpt e = Excerpt.sentence(TEXT, "40 Marder", null, null);
        assertThat(e.before()).isEqualTo("Berlin said on Thursday it will send ");
        assertThat(e.after()).isEqualTo(" infantry fighting vehicles.");
        assertThat(e.found()).isTrue();
        // a decimal point, "Mr." and "U.S." end no sentence
        Excerpt money = Excerpt.sentence(TEXT, "$1.85 billion", null, null);
        assertThat(money.before()).isEqualTo("Washington announced a package worth ");
        assertThat(money.after()).isEqualTo(", Mr. Kirby said.");
        assertThat(Excerpt.sentence(TEXT, "2 Patriot batteries", null, null).before()).isEqualTo("The U.S. also sends ");
        // a blank line ends a paragraph, and the text's end a sentence without a full stop
        Excerpt tanks = Excerpt.sentence(TEXT, "230 tanks", null, null);
        assertThat(tanks.before()).isEqualTo("Allies have so far delivered ");
        assertThat(tanks.after()).isEmpty();
        // evidence spanning two sentences shows both
        Excerpt two = Excerpt.sentence(TEXT, "vehicles. Washington", null, null);
        assertThat(two.before()).startsWith("Berlin");
        assertThat(two.after()).endsWith("Kirby said.");
    }

    @Test
    void offsetsAreUsedWhenTheyHoldTheWordsElseTheNearestOccurrence() {
        String text = "Two tanks today. Two tanks tomorrow.";
        assertThat(Excerpt.sentence(text, "Two tanks", 17, 26).after()).isEqualTo(" tomorrow.");
        assertThat(Excerpt.sentence(text, "Two tanks", 15, 24).after()).as("offsets off by two: the nearest").isEqualTo(" tomorrow.");
        assertThat(Excerpt.sentence(text, "Two tanks", null, null).after()).isEqualTo(" today.");
        Excerpt missing = Excerpt.sentence(text, "Three tanks", 0, 11);
        assertThat(missing.found()).isFalse();
        assertThat(missing.evidence()).isEqualTo("Three tanks");
    }

    @Test
    void aVeryLongSentenceIsClippedAtWordsAndSaysSo() {
        String text = "word ".repeat(200) + "EVIDENCE " + "more ".repeat(200) + "end.";
        Excerpt e = Excerpt.sentence(text, "EVIDENCE", null, null);
        assertThat(e.clippedStart()).isTrue();
        assertThat(e.clippedEnd()).isTrue();
        assertThat(e.before().length()).isLessThanOrEqualTo(Excerpt.MAX_SIDE);
        assertThat(e.before()).startsWith("word ");
        assertThat(e.after()).endsWith("more");
        Excerpt whole = Excerpt.whole("  Line one.\n\nLine two has it.\n", "has it", null, null);
        assertThat(whole.before()).isEqualTo("Line one.\n\nLine two ");
        assertThat(whole.after()).isEqualTo(".");
    }
}
