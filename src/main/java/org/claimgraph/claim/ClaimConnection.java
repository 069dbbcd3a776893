package org.claimgraph.claim;

import org.claimgraph.graphql.Connection;
import org.claimgraph.graphql.Page;
import org.claimgraph.graphql.RawJson;
import org.eclipse.microprofile.graphql.Description;

import java.util.List;

@Description("A page of claims.")
public class ClaimConnection extends Connection<ClaimEdge, Claim> {
    public ClaimConnection(List<ClaimEdge> edgesPlusOne, Page page, long totalCount) {
        super(edgesPlusOne, page, totalCount);
    }

    /** A page whose JSON PostgreSQL built for the request's selection (see {@link org.claimgraph.graphql.SqlJson#claimPages}). */
    public ClaimConnection(RawJson prebuilt) {
        super(prebuilt);
    }
}
