package org.claimgraph.source;

import org.claimgraph.graphql.Edge;
import org.eclipse.microprofile.graphql.Description;

@Description("A source with its cursor.")
public class SourceEdge extends Edge<Source> {
    public SourceEdge(String cursor, Source node) {
        super(cursor, node);
    }
}
