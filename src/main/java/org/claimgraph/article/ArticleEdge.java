package org.claimgraph.article;

import org.claimgraph.graphql.Edge;
import org.eclipse.microprofile.graphql.Description;

@Description("An article with its cursor.")
public class ArticleEdge extends Edge<Article> {
    public ArticleEdge(String cursor, Article node) {
        super(cursor, node);
    }
}
