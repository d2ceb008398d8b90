package org.ramstein.extract.domain;

/**
 * A sentence of a text: tokens {@code from} (inclusive) to {@code to} (exclusive), characters {@code start} to
 * {@code end}. A list item is one line of a bulleted list; {@code intro} is the index of the sentence that introduces
 * its list ("The package also contains:"), or -1. The title is the first line of a text when it reads as a headline.
 * A sentence that states nothing ({@code namesOnly}) may still name what later sentences refer to: a picture's caption
 * ("Photo: A soldier fires a howitzer ..."), a work cited, a questioner's turn in a transcript ("Q (Reuters): Reports say
 * Germany could approve up to 100 Leopards.").
 */
public record Sentence(int index, int from, int to, int start, int end, boolean title, boolean listItem, int intro, boolean namesOnly) {

    public int size() {
        return to - from;
    }
}
