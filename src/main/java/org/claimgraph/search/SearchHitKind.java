package org.claimgraph.search;

import org.eclipse.microprofile.graphql.Description;

@Description("What a search hit is.")
public enum SearchHitKind {
    @Description("An article; `article` holds it.") ARTICLE,
    @Description("A claim; `claim` holds it (and `article`, the article it is reported in).") CLAIM
}
