package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SentencesProperties {

    static final List<String> PIECES = List.of("Norway sends guns", "Norway will send 12 tanks.", "Press release | Ministry | 2024", "\n", "\n\n",
            "- ten guns", "The package contains:", "U.S.", "Dec. 4", "$1.5 billion", "\"We agree.\"", "Photo: a howitzer.", "SOURCE: x | DATE: y",
            "It ended", ".", " ", "Delivered so far", "(file photo)");

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.of(PIECES).list().ofMaxSize(30).map(l -> String.join(" ", l));
    }

    @Property(tries = 500)
    void sentencesAreOrderedDisjointAndEachOnOneLine(@ForAll("texts") String text) {
        List<Token> tokens = Tokenizer.tokenize(text);
        List<Sentence> sentences = Sentences.split(text, tokens);
        int previousEnd = -1;
        int previousTo = 0;
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            assertThat(s.index()).isEqualTo(i);
            assertThat(s.from()).isLessThan(s.to()).isGreaterThanOrEqualTo(previousTo);
            assertThat(s.start()).isGreaterThan(previousEnd);
            assertThat(s.start()).isEqualTo(tokens.get(s.from()).start());
            assertThat(s.end()).isEqualTo(tokens.get(s.to() - 1).end());
            assertThat(text.substring(s.start(), s.end())).doesNotContain("\n");
            if (s.intro() >= 0) assertThat(s.intro()).isLessThan(i);
            // a heading is a whole line: nothing else on its line
            if (s.title()) {
                int lineStart = text.lastIndexOf('\n', s.start() - 1) + 1;
                int lineEnd = text.indexOf('\n', s.end());
                String line = text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd).strip();
                assertThat(line).isEqualTo(sentencesOfLine(sentences, text, lineStart, lineEnd < 0 ? text.length() : lineEnd));
            }
            previousEnd = s.end();
            previousTo = s.to();
        }
    }

    private static String sentencesOfLine(List<Sentence> sentences, String text, int from, int to) {
        int start = -1;
        int end = -1;
        for (Sentence s : sentences) {
            if (s.start() >= from && s.end() <= to) {
                if (start < 0) start = s.start();
                end = s.end();
            }
        }
        return text.substring(start, end);
    }
}
