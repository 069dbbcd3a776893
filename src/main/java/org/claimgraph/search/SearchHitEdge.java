package org.claimgraph.search;

import org.claimgraph.graphql.Edge;
import org.eclipse.microprofile.graphql.Description;

@Description("A search hit with its cursor.")
public class SearchHitEdge extends Edge<SearchHit> {
    SearchHitEdge(String cursor, SearchHit node) {
        super(cursor, node);
    }
}
