package org.ramstein.extract.domain;

/**
 * A sentence of a text: tokens {@code from} (inclusive) to {@code to} (exclusive), characters {@code start} to
 * {@code end}. A list item is one line of a bulleted list; {@code intro} is the index of the sentence that introduces
 * its list ("The package also contains:"), or -1. The title is the first line of a text when it reads as a headline.
 * A caption is the sentence that describes a picture ("Photo: A soldier fires a howitzer ...").
 */
public record Sentence(int index, int from, int to, int start, int end, boolean title, boolean listItem, int intro, boolean caption) {

    public int size() {
        return to - from;
    }
}
