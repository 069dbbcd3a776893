package org.claimgraph.claim;

import org.claimgraph.graphql.Edge;
import org.eclipse.microprofile.graphql.Description;

@Description("A claim with its cursor.")
public class ClaimEdge extends Edge<Claim> {
    public ClaimEdge(String cursor, Claim node) {
        super(cursor, node);
    }
}
