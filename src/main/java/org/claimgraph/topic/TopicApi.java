package org.claimgraph.topic;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

@GraphQLApi
public class TopicApi {

    @Query("topics")
    @Description("The whole topic vocabulary, ordered by slug. It is small and bounded, so it is a plain list.")
    public @NonNull List<@NonNull Topic> topics() {
        return Topic.listAllBySlug();
    }

    @Query("topic")
    @Description("One topic by its slug; null when no topic has that slug.")
    public Topic topic(@NonNull @Name("slug") @Description("The topic slug, e.g. `payments`.") String slug) {
        return Topic.findBySlug(slug).orElse(null);
    }
}
