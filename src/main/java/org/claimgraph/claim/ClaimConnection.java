package org.claimgraph.claim;

import org.claimgraph.graphql.Connection;
import org.claimgraph.graphql.Page;
import org.eclipse.microprofile.graphql.Description;

import java.util.List;

@Description("A page of claims.")
public class ClaimConnection extends Connection<ClaimEdge, Claim> {
    public ClaimConnection(List<ClaimEdge> edgesPlusOne, Page page, long totalCount) {
        super(edgesPlusOne, page, totalCount);
    }
}
