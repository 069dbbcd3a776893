package org.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("The period a recurring amount is paid over.")
public enum Period {
    @Description("Per day (a month is 365/12 days).") DAY,
    @Description("Per week (a month is 365/12/7 weeks).") WEEK,
    @Description("Per month.") MONTH,
    @Description("Per year.") YEAR
}
