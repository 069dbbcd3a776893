package org.claimgraph.topic;

import org.claimgraph.claim.ClaimConnection;
import org.claimgraph.claim.ClaimLists;
import org.claimgraph.graphql.OwnSession;
import org.claimgraph.graphql.Page;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.List;

@GraphQLApi
@OwnSession
public class TopicApi {

    @Query("topics")
    @Description("The whole topic vocabulary, ordered by slug. It is small and bounded, so it is a plain list.")
    public @NonNull List<@NonNull Topic> topics() {
        return Topic.listAllBySlug();
    }

    @Name("claims")
    @Description("Claims filed under the topic.")
    public List<@NonNull ClaimConnection> claims(
            @Source List<Topic> topics,
            @Name("first") @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after,
            @Name("includeDeprecated") @DefaultValue("false") @Description("Include claims ranked DEPRECATED.") Boolean includeDeprecated) {
        return ClaimLists.pages(ClaimLists.ON_TOPIC, topics.stream().map(topic -> topic.id).toList(),
                Page.of(first, after), includeDeprecated);
    }

    @Query("topic")
    @Description("One topic by its slug; null when no topic has that slug.")
    public Topic topic(@NonNull @Name("slug") @Description("The topic slug, e.g. `payments`.") String slug) {
        return Topic.findBySlug(slug).orElse(null);
    }
}
