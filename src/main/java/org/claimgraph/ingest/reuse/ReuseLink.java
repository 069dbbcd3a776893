package org.claimgraph.ingest.reuse;

import java.util.List;

/**
 * The new article reuses passages of article {@code otherArticleId}.
 *
 * @param share the fraction of the new article's text inside {@code spans}, counted in non-whitespace chars
 *              (0..1): how much of what the reader reads comes from the other article
 * @param spans the reused passages, in the new article's order
 */
public record ReuseLink(long otherArticleId, double share, List<Span> spans) {

    public ReuseLink {
        spans = List.copyOf(spans);
    }
}
