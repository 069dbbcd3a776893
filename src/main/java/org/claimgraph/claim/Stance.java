package org.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("How a source puts a claim forward (stance or modality).")
public enum Stance {
    @Description("Stated as fact by the source.") ASSERTED,
    @Description("Relayed second-hand: \"according to\", \"reportedly\".") REPORTED,
    @Description("The source denies it.") DENIED,
    @Description("Possible, not established: could, may, would, rumours.") SPECULATED,
    @Description("The source doubts or questions it.") QUESTIONED
}
