package org.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("The order of a claim list.")
public enum ClaimOrder {
    @Description("Oldest stored first (the default).") STORED,
    @Description("Newest stored first.") NEWEST,
    @Description("By the date the claim refers to, earliest first; undated claims last.") REFERENCE_DATE,
    @Description("By the date the claim refers to, latest first; undated claims last.") REFERENCE_DATE_DESC;

    private static final String DAYS = "(x.refers_from - DATE '1970-01-01')";

    /** The order's name in cursors: NEWEST is STORED run backwards. */
    String key() {
        return switch (this) {
            case STORED, NEWEST -> "id";
            case REFERENCE_DATE, REFERENCE_DATE_DESC -> "refers_from";
        };
    }

    String sortKey() {
        return switch (this) {
            case STORED, NEWEST -> "x.id";
            case REFERENCE_DATE -> "coalesce(" + DAYS + ", 2147483647)";
            case REFERENCE_DATE_DESC -> "coalesce(" + DAYS + ", -2147483648)";
        };
    }

    boolean descending() {
        return this == NEWEST || this == REFERENCE_DATE_DESC;
    }
}
