package org.claimgraph.article;

import io.quarkus.runtime.annotations.RegisterForReflection;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("Passages an article shares with another article — copied, or lightly rewritten or translated — with how "
        + "much of this article they make up.")
public class ArticleReuse {

    @Ignore
    final long otherArticleId;
    private final float share;
    private final List<ReusedSpan> spans;
    private final String detectedBy;

    ArticleReuse(long otherArticleId, float share, List<ReusedSpan> spans, String detectedBy) {
        this.otherArticleId = otherArticleId;
        this.share = share;
        this.spans = spans;
        this.detectedBy = detectedBy;
    }

    @Description("Share of this article's text (non-space characters) found in the other article, 0 to 1.")
    public float getShare() {
        return share;
    }

    @NonNull
    @Description("The shared passages: where they are in this article and in the other (code-point offsets).")
    public List<@NonNull ReusedSpan> getSpans() {
        return spans;
    }

    @NonNull
    @Description("What found the reuse: the pipeline stage and its version.")
    public String getDetectedBy() {
        return detectedBy;
    }

    @RegisterForReflection
    @Description("One shared passage.")
    public record ReusedSpan(
            @Description("Start in this article's cleaned text (inclusive).") int start,
            @Description("End in this article's cleaned text (exclusive).") int end,
            @Description("Start in the other article's cleaned text.") int otherStart,
            @Description("End in the other article's cleaned text.") int otherEnd,
            @Description("Whether the passage is copied word for word (else rewritten or translated).") boolean verbatim) {
    }
}
