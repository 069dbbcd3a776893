package org.claimgraph.article;

import org.claimgraph.graphql.BatchedPages;
import org.eclipse.microprofile.graphql.Description;

@Description("The order of an article list.")
public enum ArticleOrder {
    @Description("Oldest stored first (the default).") STORED,
    @Description("Newest stored first.") NEWEST,
    @Description("By publication date, earliest first; undated articles last.") PUBLISHED,
    @Description("By publication date, latest first; undated articles last.") PUBLISHED_DESC;

    private static final String DAYS = "(x.published_on - DATE '1970-01-01')";

    /** The list in this order; NEWEST is STORED run backwards, so their cursors are one list's. */
    BatchedPages of(BatchedPages stored) {
        return switch (this) {
            case STORED -> stored;
            case NEWEST -> stored.orderedBy("id", "x.id", true);
            case PUBLISHED -> stored.orderedBy("published_on", "coalesce(" + DAYS + ", 2147483647)", false);
            case PUBLISHED_DESC -> stored.orderedBy("published_on", "coalesce(" + DAYS + ", -2147483648)", true);
        };
    }
}
