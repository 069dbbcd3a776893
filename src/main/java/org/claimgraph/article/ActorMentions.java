package org.claimgraph.article;

import org.claimgraph.actor.Actor;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("An actor named in an article: how often and where.")
public record ActorMentions(@NonNull @Description("The actor named.") Actor actor,
                            @NonNull @Description("Every place it is named, in reading order.") List<@NonNull Place> places) {

    @Description("How many times the article names the actor.")
    public int getCount() {
        return places.size();
    }

    @Description("One place an actor is named: the surface form and its code-point offsets in the cleaned text.")
    @Name("MentionPlace")
    public record Place(@NonNull @Description("The words as written, e.g. \"Parlya\".") String surface,
                        @Description("Start offset (inclusive).") int startOffset,
                        @Description("End offset (exclusive).") int endOffset) {
    }
}
