package org.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("The width of a timeline bucket.")
public enum TimeBucket {
    @Description("One day.") DAY,
    @Description("One ISO week, starting on Monday.") WEEK,
    @Description("One calendar month.") MONTH,
    @Description("One calendar year.") YEAR;

    /** The date_trunc unit; an enum constant, so safe to place in SQL text. */
    String unit() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The claims a bucket of this width can hold: those dated at least as precisely as the bucket is wide.
     * A claim dated only to September 2021 is on no day of it, and placing it on the 1st would make a
     * false spike on every first of the month; an SQL condition on the claim alias `x`.
     */
    String datedPreciselyEnough() {
        return switch (this) {
            case DAY, WEEK -> "x.refers_precision = 'DAY'";
            case MONTH -> "x.refers_precision IN ('DAY', 'MONTH')";
            case YEAR -> "x.refers_precision IS NOT NULL";
        };
    }
}
