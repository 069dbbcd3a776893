package org.claimgraph.search;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An article or a claim that matches a search, with its relevance and a highlighted snippet.")
public class SearchHit {

    @Ignore
    final long id;
    @Ignore
    final long articleId;
    private final SearchHitKind kind;
    private final float rank;
    private final String snippet;

    SearchHit(SearchHitKind kind, long id, long articleId, float rank, String snippet) {
        this.kind = kind;
        this.id = id;
        this.articleId = articleId;
        this.rank = rank;
        this.snippet = snippet;
    }

    @NonNull
    @Description("Whether the hit is an article or a claim.")
    public SearchHitKind getKind() {
        return kind;
    }

    @Description("Relevance (PostgreSQL ts_rank_cd, title and statement weighted above body and quote); higher is better.")
    public float getRank() {
        return rank;
    }

    @NonNull
    @Description("The best-matching passage as HTML, safe to insert as it is: the text escaped (&lt; &gt; &amp; "
            + "&quot; &#39;), the matched words wrapped in <mark>…</mark>.")
    public String getSnippet() {
        return snippet;
    }
}
