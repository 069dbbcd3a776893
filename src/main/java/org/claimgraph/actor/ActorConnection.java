package org.claimgraph.actor;

import org.claimgraph.graphql.Connection;
import org.claimgraph.graphql.Page;
import org.eclipse.microprofile.graphql.Description;

import java.util.List;

@Description("A page of actors.")
public class ActorConnection extends Connection<ActorEdge, Actor> {
    public ActorConnection(List<ActorEdge> edgesPlusOne, Page page, long totalCount) {
        super(edgesPlusOne, page, totalCount);
    }
}
