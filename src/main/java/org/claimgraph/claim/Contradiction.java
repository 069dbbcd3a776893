package org.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("Two claims that disagree, and why.")
public class Contradiction {

    @Ignore
    final long firstId;
    @Ignore
    final long secondId;
    @Ignore
    final Long subjectId;
    @Ignore
    final Long topicId;
    private final List<ContradictionReason> reasons;
    private final String explanation;
    private final float similarity;

    Contradiction(long firstId, long secondId, Long subjectId, Long topicId, List<ContradictionReason> reasons,
                  String explanation, float similarity) {
        this.firstId = firstId;
        this.secondId = secondId;
        this.subjectId = subjectId;
        this.topicId = topicId;
        this.reasons = reasons;
        this.explanation = explanation;
        this.similarity = similarity;
    }

    @Description("How alike the two statements are, 0 to 1 (trigram similarity): the higher, the more likely they "
            + "speak of the same thing.")
    public float getSimilarity() {
        return similarity;
    }

    @NonNull
    @Description("Every reason the pair disagrees.")
    public List<@NonNull ContradictionReason> getReasons() {
        return reasons;
    }

    @NonNull
    @Description("The disagreement in words, e.g. the two stances or the two figures.")
    public String getExplanation() {
        return explanation;
    }
}
