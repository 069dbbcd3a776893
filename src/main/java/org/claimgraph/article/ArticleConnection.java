package org.claimgraph.article;

import org.claimgraph.graphql.Connection;
import org.claimgraph.graphql.Page;
import org.eclipse.microprofile.graphql.Description;

import java.util.List;

@Description("A page of articles.")
public class ArticleConnection extends Connection<ArticleEdge, Article> {
    public ArticleConnection(List<ArticleEdge> edgesPlusOne, Page page, long totalCount) {
        super(edgesPlusOne, page, totalCount);
    }
}
