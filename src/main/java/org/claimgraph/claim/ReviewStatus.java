package org.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether a person has checked a record.")
public enum ReviewStatus {
    @Description("Made by a machine and not yet checked by a person.") UNREVIEWED,
    @Description("Checked and accepted by a person (curated records are born confirmed).") CONFIRMED,
    @Description("Checked and found wrong by a person.") REJECTED
}
