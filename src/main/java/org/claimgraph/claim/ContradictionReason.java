package org.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;

@Description("Why two claims are taken to disagree.")
public enum ContradictionReason {
    @Description("One claim denies what the other asserts or reports, on the same subject and topic.") STANCE,
    @Description("Their figures differ by more than the tolerance (money compared in USD per month; counts of the same "
            + "unit), on the same subject and topic.") QUANTITY,
    @Description("A curator or pipeline linked them as contradicting (a `CONTRADICTS` claim relation).") LINKED
}
