package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentencesTest {

    private static List<String> split(String text) {
        return Sentences.split(text, Tokenizer.tokenize(text)).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsAtFullStopsButNotAfterAbbreviations() {
        assertThat(split("The U.S. will send jets. Officials said on Dec. 4 that more would follow. \"We agree.\" Then it ended."))
                .containsExactly("The U.S. will send jets.", "Officials said on Dec. 4 that more would follow.", "\"We agree.\"", "Then it ended.");
    }

    @Test
    void neverAcrossALineAndNotInsideNumbers() {
        assertThat(split("It costs $1.5 billion\nA new line")).containsExactly("It costs $1.5 billion", "A new line");
    }

    @Test
    void leadingMetadataIsNotText() {
        List<String> s = split("SOURCE: https://example.org/x | DATE: 2023-01-01\nNOTE: a note\n\nFinland sends guns.");
        assertThat(s).containsExactly("Finland sends guns.");
    }

    @Test
    void aHeadlineIsTheTitleAndListItemsKnowTheirIntroduction() {
        String text = "Italy sends more aid\n\nThe package contains:\n- ten guns\n- two radars\n";
        List<Sentence> s = Sentences.split(text, Tokenizer.tokenize(text));
        assertThat(s).hasSize(4);
        assertThat(s.get(0).title()).isTrue();
        assertThat(s.get(1).title()).isFalse();
        assertThat(s.get(2).listItem()).isTrue();
        assertThat(s.get(2).intro()).isEqualTo(1);
        assertThat(s.get(3).intro()).isEqualTo(1);
    }

    @Test
    void linesLetteredOrNumberedInBracketsAreListItems() {
        String text = "The package consists of:\na) c. 10,000 rounds of ammunition;\n(b) 120 launchers;\nc) approx. 30 missiles.\n";
        List<Sentence> s = Sentences.split(text, Tokenizer.tokenize(text));
        assertThat(s).hasSize(4);
        assertThat(s.subList(1, 4)).allMatch(Sentence::listItem).allMatch(x -> x.intro() == 0);
    }

    @Test
    void theFirstSentenceOfAPhotoCaptionIsMarked() {
        String text = "Photo caption: A crew loads a howitzer. Officials said more would come.\nThe minister spoke.";
        List<Sentence> s = Sentences.split(text, Tokenizer.tokenize(text));
        assertThat(s).extracting(Sentence::namesOnly).containsExactly(true, false, false);
    }

    @Test
    void shortLinesStandingAloneAreHeadingsLikeTheTitle() {
        String text = "Press release | Ministry of Defence | 17 April 2024\n\nNorway sends air defence\n\nThe package contains two NASAMS.\n\n"
                + "Delivered so far\n\nNorway has sent 22 M109 howitzers.\nA line in a paragraph\n";
        List<Sentence> s = Sentences.split(text, Tokenizer.tokenize(text));
        assertThat(s).extracting(Sentence::title).containsExactly(true, true, false, true, false, false);
    }

    @Test
    void aLineHoldingAFinishedSentenceIsNoHeadingWhateverFollowsIt() {
        String text = "Headline of a thread\n\nFirst post of it.\n\n6/6 Bottom line: perhaps 300 have arrived. #Ukraine #OSINT\n";
        List<Sentence> s = Sentences.split(text, Tokenizer.tokenize(text));
        assertThat(s).extracting(Sentence::title).containsOnly(true, false).first().isEqualTo(true);
        assertThat(s.get(s.size() - 1).title()).isFalse();
        assertThat(s.get(s.size() - 2).title()).isFalse();
    }

    @Test
    void footnoteMarksAfterASentenceStayWithItAndDoNotMakeItAHeading() {
        String text = "Announced C$ 500 million in June 2023.[1] Canada's eight tanks have all been delivered.\n\n"
                + "Its share stands at about 122 million.[3]\n";
        List<Sentence> s = Sentences.split(text, Tokenizer.tokenize(text));
        assertThat(s).hasSize(3);
        assertThat(text.substring(s.get(0).start(), s.get(0).end())).isEqualTo("Announced C$ 500 million in June 2023.[1]");
        assertThat(s.get(2).title()).isFalse();
    }
}
