package org.claimgraph.search;

import org.claimgraph.graphql.Connection;
import org.claimgraph.graphql.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("A page of search hits, best first.")
public class SearchHitConnection extends Connection<SearchHitEdge, SearchHit> {

    private final List<String> expandedNames;

    SearchHitConnection(List<SearchHitEdge> edgesPlusOne, Page page, long totalCount, List<String> expandedNames) {
        super(edgesPlusOne, page, totalCount);
        this.expandedNames = expandedNames;
    }

    @NonNull
    @Description("Actor names added to the search because the query resembles one of an actor's names "
            + "(so a misspelt name still finds what is written under the right spelling).")
    public List<@NonNull String> getExpandedNames() {
        return expandedNames;
    }
}
