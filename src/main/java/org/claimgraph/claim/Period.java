package org.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("The period a recurring amount is paid over.")
public enum Period {
    @Description("Per month.") MONTH,
    @Description("Per year.") YEAR
}
