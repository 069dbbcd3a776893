package org.claimgraph.ingest.sentences;

/**
 * One sentence of a cleaned text: {@code text} is exactly {@code source.substring(start, end)}, without surrounding
 * whitespace. Offsets are Java char indices, like {@link org.claimgraph.ingest.LinkedMention}'s.
 */
public record Sentence(String text, int start, int end) {

    public Sentence {
        if (start < 0 || end < start || end - start != text.length()) {
            throw new IllegalArgumentException("offsets " + start + ".." + end + " do not fit \"" + text + "\"");
        }
    }
}
