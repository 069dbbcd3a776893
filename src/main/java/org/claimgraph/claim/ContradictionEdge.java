package org.claimgraph.claim;

import org.claimgraph.graphql.Edge;
import org.eclipse.microprofile.graphql.Description;

@Description("A contradiction with its cursor.")
public class ContradictionEdge extends Edge<Contradiction> {
    ContradictionEdge(String cursor, Contradiction node) {
        super(cursor, node);
    }
}
