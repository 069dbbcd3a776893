package org.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("How precise a claim's reference date is.")
public enum DatePrecision {
    @Description("A day.") DAY,
    @Description("A month: the date is the first of that month.") MONTH,
    @Description("A year: the date is the first of January.") YEAR
}
