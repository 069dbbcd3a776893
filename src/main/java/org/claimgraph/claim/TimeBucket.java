package org.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("The width of a timeline bucket.")
public enum TimeBucket {
    @Description("One day.") DAY,
    @Description("One ISO week, starting on Monday.") WEEK,
    @Description("One calendar month.") MONTH;

    /** The date_trunc unit; an enum constant, so safe to place in SQL text. */
    String unit() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
