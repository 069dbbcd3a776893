package org.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.math.BigDecimal;

@Description("Statistics over the money amounts of a set of claims, normalised to US dollars per month "
        + "(each claim counts once, with its first recurring money amount).")
public record QuantityStats(
        @NonNull @Description("How many of the claims state a recurring money amount.") int count,
        @Description("The smallest amount, USD per month; null when no claim states one.") BigDecimal min,
        @Description("The largest amount, USD per month.") BigDecimal max,
        @Description("The median amount, USD per month.") BigDecimal median) {
}
