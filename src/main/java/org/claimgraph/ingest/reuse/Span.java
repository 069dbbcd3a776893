package org.claimgraph.ingest.reuse;

/**
 * A passage of the new article that reuses a passage of the other: Java char offsets, end exclusive, into each
 * article's cleaned text.
 *
 * @param verbatim true when the whole passage is a word-for-word copy (same words, same order, case and accents
 *                 aside); false when at least part of it is rewritten
 */
public record Span(int start, int end, int otherStart, int otherEnd, boolean verbatim) {

    public Span {
        if (start < 0 || end < start || otherStart < 0 || otherEnd < otherStart) {
            throw new IllegalArgumentException("bad span " + start + ".." + end + " / " + otherStart + ".." + otherEnd);
        }
    }
}
