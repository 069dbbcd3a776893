package org.claimgraph.ingest.reuse;

import java.util.List;

/**
 * What {@link ReuseVerifier} measured between a new article and another one.
 *
 * @param containment     the share of the new article's distinct word 5-grams that occur in the other (verbatim
 *                        reuse only)
 * @param share           the share of the new article's text, in non-whitespace chars, inside {@code spans}
 *                        (verbatim and rewritten reuse)
 * @param reusedSentences how many of the new article's sentences lie mostly inside {@code spans}
 * @param spans           the matching passages, merged, in the new article's order
 */
public record Comparison(double containment, double share, int reusedSentences, List<Span> spans) {

    public Comparison {
        spans = List.copyOf(spans);
    }
}
