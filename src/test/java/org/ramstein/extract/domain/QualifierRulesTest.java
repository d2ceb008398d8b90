package org.ramstein.extract.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class QualifierRulesTest {

    private static String before(String text, String number) {
        List<Token> t = Tokenizer.tokenize(text);
        int at = 0;
        while (!t.get(at).text().equals(number)) at++;
        return QualifierRules.before(t, at, 0).qualifier();
    }

    @Test
    void qualifiersBeforeANumber() {
        assertThat(before("up to 10 tanks", "10")).isEqualTo("up_to");
        assertThat(before("more than 300 tanks", "300")).isEqualTo("more_than");
        assertThat(before("over 300 tanks", "300")).isEqualTo("more_than");
        assertThat(before("at least 5 systems", "5")).isEqualTo("more_than");
        assertThat(before("no more than six launchers", "six")).isEqualTo("up_to");
        assertThat(before("no fewer than 50 Gepards", "50")).isEqualTo("more_than");
        assertThat(before("around 40 vehicles", "40")).isEqualTo("about");
        assertThat(before("nearly 40 vehicles", "40")).isEqualTo("about");
        assertThat(before("Some 40 vehicles", "40")).isEqualTo("about");
        assertThat(before("approximately 40 vehicles", "40")).isEqualTo("about");
        assertThat(before("fewer than 40 vehicles", "40")).isEqualTo("up_to");
        assertThat(before("sent 40 vehicles", "40")).isEqualTo("exact");
    }

    @Test
    void overAfterHandedIsAParticle() {
        assertThat(before("had handed over two systems", "two")).isEqualTo("exact");
        assertThat(before("turned over 12 guns", "12")).isEqualTo("exact");
    }

    @Test
    void ceilingsAndFloorsInOtherWords() {
        assertThat(before("as many as 30 jets", "30")).isEqualTo("up_to");
        assertThat(before("at most 30 jets", "30")).isEqualTo("up_to");
        assertThat(before("a minimum of 40 tanks", "40")).isEqualTo("more_than");
        assertThat(before("a minimum baseline funding of 40 billion", "40")).isEqualTo("more_than");
        assertThat(before("a maximum of 40 tanks", "40")).isEqualTo("up_to");
        assertThat(before("the value of 40 tanks", "40")).isEqualTo("exact");
        List<Token> t = Tokenizer.tokenize("5,000+ AT4 and 5,000 + 3");
        assertThat(QualifierRules.plusAfter(t, 3)).isTrue(); // "5,000" ends at token 3, the "+" is glued
        assertThat(QualifierRules.plusAfter(t, 8)).isFalse(); // "5,000 +" with a space
    }

    @Test
    void abbreviationsAndSignsOfAbout() {
        assertThat(before("c. 5000 NLAWs", "5000")).isEqualTo("about");
        assertThat(before("approx. 30 Javelins", "30")).isEqualTo("about");
        assertThat(before("in the region of 40 guns", "40")).isEqualTo("about");
        assertThat(before("~50 Marders", "50")).isEqualTo("about");
        // a full stop ending a sentence is no abbreviation
        assertThat(before("They arrived. 30 more followed", "30")).isEqualTo("exact");
    }

    @Test
    void idiomsOfNearlyAndOfMoreThan() {
        assertThat(before("just shy of 50 Marders", "50")).isEqualTo("about");
        assertThat(before("shy of 50 Marders", "50")).isEqualTo("about");
        assertThat(before("north of 50 vehicles", "50")).isEqualTo("more_than");
        assertThat(before("the shy 50 Marders", "50")).isEqualTo("exact");
        List<Token> t = Tokenizer.tokenize("just shy of 50 Marders");
        assertThat(QualifierRules.before(t, 3, 0).from()).isZero(); // the evidence starts at "just"
    }
}
