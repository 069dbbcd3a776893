package org.claimgraph.source;

import io.quarkus.hibernate.orm.panache.Panache;
import org.claimgraph.actor.Actor;
import org.claimgraph.claim.ClaimConnection;
import org.claimgraph.claim.ClaimLists;
import org.claimgraph.graphql.BatchedPages;
import org.claimgraph.graphql.ById;
import org.claimgraph.graphql.Ids;
import org.claimgraph.graphql.OwnSession;
import org.claimgraph.graphql.Page;
import jakarta.validation.Valid;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;

@GraphQLApi
@OwnSession
public class SourceApi {

    static final BatchedPages ALL = BatchedPages.all("source");

    @Query("source")
    @Description("One source by id; null when there is none.")
    public Source source(@NonNull @Id @Name("id") @Description("The source's id.") String id) {
        return Ids.parse(id).map(key -> Source.<Source>findById(key)).orElse(null);
    }

    @Query("sources")
    @Description("Sources matching a filter (all sources without one), in id order.")
    public @NonNull SourceConnection sources(
            @Name("filter") @Valid @Description("Which sources to include.") SourceFilter filter,
            @Name("first") @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after) {
        return (filter == null ? ALL : filter.applyTo(ALL)).connections(Panache.getEntityManager(), List.of(0L), Page.of(first, after), Source.class,
                SourceEdge::new, SourceConnection::new).get(0);
    }

    @Name("actor")
    @Description("The actor behind the source, when it is a named one (a person, agency, ministry, …).")
    public List<Actor> actor(@org.eclipse.microprofile.graphql.Source List<Source> sources) {
        return ById.resolve(Actor.class, sources, source -> source.actor == null ? null : source.actor.id);
    }

    @Name("claims")
    @Description("Claims attributed to this source, at any position of their attribution chain.")
    public List<@NonNull ClaimConnection> claims(
            @org.eclipse.microprofile.graphql.Source List<Source> sources,
            @Name("first") @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after,
            @Name("includeDeprecated") @DefaultValue("false") @Description("Include claims ranked DEPRECATED.") Boolean includeDeprecated) {
        return ClaimLists.pages(ClaimLists.OF_SOURCE, sources.stream().map(source -> source.id).toList(),
                Page.of(first, after), includeDeprecated);
    }
}
