package org.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("How one claim relates to another.")
public enum RelationType {
    @Description("The claim supports the other with independent information.") CORROBORATES,
    @Description("The claims disagree: a denial against an acknowledgement, or different figures.") CONTRADICTS,
    @Description("The same claim, reported again (typically in another article).") REPEATS
}
