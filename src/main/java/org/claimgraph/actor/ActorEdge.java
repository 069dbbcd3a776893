package org.claimgraph.actor;

import org.claimgraph.graphql.Edge;
import org.eclipse.microprofile.graphql.Description;

@Description("An actor with its cursor.")
public class ActorEdge extends Edge<Actor> {
    public ActorEdge(String cursor, Actor node) {
        super(cursor, node);
    }
}
