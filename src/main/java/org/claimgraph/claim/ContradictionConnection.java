package org.claimgraph.claim;

import org.claimgraph.graphql.Connection;
import org.claimgraph.graphql.Page;
import org.eclipse.microprofile.graphql.Description;

import java.util.List;

@Description("A page of contradictions.")
public class ContradictionConnection extends Connection<ContradictionEdge, Contradiction> {
    ContradictionConnection(List<ContradictionEdge> edgesPlusOne, Page page, long totalCount) {
        super(edgesPlusOne, page, totalCount);
    }
}
