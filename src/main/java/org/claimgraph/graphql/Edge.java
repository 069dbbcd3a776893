package org.claimgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/** An item of a connection with its cursor; each node type has its named subclass (ClaimEdge, …). */
public abstract class Edge<N> {

    private final String cursor;
    private final N node;

    protected Edge(String cursor, N node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque position of this item; pass it as `after` to continue after it.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The item.")
    public N getNode() {
        return node;
    }
}
