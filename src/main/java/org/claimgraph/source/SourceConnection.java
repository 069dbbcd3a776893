package org.claimgraph.source;

import org.claimgraph.graphql.Connection;
import org.claimgraph.graphql.Page;
import org.eclipse.microprofile.graphql.Description;

import java.util.List;

@Description("A page of sources.")
public class SourceConnection extends Connection<SourceEdge, Source> {
    public SourceConnection(List<SourceEdge> edgesPlusOne, Page page, long totalCount) {
        super(edgesPlusOne, page, totalCount);
    }
}
