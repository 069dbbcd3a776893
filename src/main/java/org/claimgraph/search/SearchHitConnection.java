package org.claimgraph.search;

import org.claimgraph.graphql.Connection;
import org.claimgraph.graphql.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("A page of search hits, best first.")
public class SearchHitConnection extends Connection<SearchHitEdge, SearchHit> {

    private final List<String> expandedNames;
    private final List<String> expandedTopics;

    SearchHitConnection(List<SearchHitEdge> edgesPlusOne, Page page, long totalCount, List<String> expandedNames,
                        List<String> expandedTopics) {
        super(edgesPlusOne, page, totalCount);
        this.expandedNames = expandedNames;
        this.expandedTopics = expandedTopics;
    }

    @NonNull
    @Description("Topics the query names (every word of a topic's slug or name, as in \"Wagner payments\"): claims "
            + "filed under one match when they have the query's other words, though not the topic's own. Queries "
            + "with operators (a phrase, -excluded, or) name none.")
    public List<@NonNull String> getExpandedTopics() {
        return expandedTopics;
    }

    @NonNull
    @Description("Actor names added to the search because the query resembles one of an actor's names "
            + "(so a misspelt name still finds what is written under the right spelling).")
    public List<@NonNull String> getExpandedNames() {
        return expandedNames;
    }
}
