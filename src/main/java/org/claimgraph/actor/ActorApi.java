package org.claimgraph.actor;

import io.quarkus.hibernate.orm.panache.Panache;
import org.claimgraph.article.Article;
import org.claimgraph.article.ArticleConnection;
import org.claimgraph.article.ArticleEdge;
import org.claimgraph.claim.ClaimConnection;
import org.claimgraph.claim.ClaimLists;
import org.claimgraph.database.ArrayHas;
import org.claimgraph.graphql.BatchedPages;
import org.claimgraph.graphql.ById;
import org.claimgraph.graphql.Cursor;
import org.claimgraph.graphql.Ids;
import org.claimgraph.graphql.OwnSession;
import org.claimgraph.graphql.Page;
import org.claimgraph.source.Source;
import jakarta.validation.Valid;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@GraphQLApi
@OwnSession
public class ActorApi {

    /** Cursors of actors ranked by how well they match a name: a position in the ranking. */
    private static final String BY_NAME = "actor.by-name";

    static final BatchedPages ALL = BatchedPages.all("actor");
    static final BatchedPages ARTICLES_MENTIONING = new BatchedPages(
            "SELECT DISTINCT actor_id AS parent_id, article_id AS child_id FROM mention", "article", "id");

    @Query("actor")
    @Description("One actor by id; null when there is none.")
    public Actor actor(@NonNull @Id @Name("id") @Description("The actor's id.") String id) {
        return Ids.parse(id).map(key -> Actor.<Actor>findById(key)).orElse(null);
    }

    @Query("actors")
    @Description("Actors matching a filter: by any of their names, best match first, or else all in id order.")
    public @NonNull ActorConnection actors(
            @Name("filter") @Valid @Description("Which actors to include.") ActorFilter filter,
            @Name("first") @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after) {
        Page page = Page.of(first, after);
        ActorKind kind = filter == null ? null : filter.kind;
        if (filter == null || filter.name == null) {
            BatchedPages actors = kind == null ? ALL : ALL.where("AND x.kind = :kind", Map.of("kind", kind.name()));
            return actors.connections(Panache.getEntityManager(), List.of(0L), page, Actor.class,
                    ActorEdge::new, ActorConnection::new).get(0);
        }
        // Ranked by similarity, so the cursor is a position in the ranking, not a key.
        int offset = page.offset(BY_NAME);
        List<ActorLookup.Match> matches = ActorLookup.search(filter.name, kind, page.fetchSize(), offset);
        Map<Long, Actor> actors = matches.isEmpty() ? Map.of()
                : ById.load(Actor.class, matches.stream().map(ActorLookup.Match::actorId).toList());
        List<ActorEdge> edges = new ArrayList<>();
        for (int i = 0; i < matches.size(); i++) {
            long id = matches.get(i).actorId();
            edges.add(new ActorEdge(new Cursor(BY_NAME, offset + i + 1, id).encode(), actors.get(id)));
        }
        return new ActorConnection(edges, page, page.countTotal() ? ActorLookup.count(filter.name, kind) : 0);
    }

    @Name("aliases")
    @Description("Every name the actor goes by in the texts, misspellings included, canonical name first.")
    public List<@NonNull List<@NonNull String>> aliases(@org.eclipse.microprofile.graphql.Source List<Actor> actors) {
        Map<Long, List<String>> byActor = new LinkedHashMap<>();
        for (ActorAlias alias : ActorAlias.forActors(ids(actors))) {
            byActor.computeIfAbsent(alias.actor.id, key -> new ArrayList<>()).add(alias.alias);
        }
        return actors.stream().map(actor -> {
            List<String> names = new ArrayList<>();
            names.add(actor.name);
            byActor.getOrDefault(actor.id, List.of()).stream().filter(alias -> !alias.equals(actor.name)).forEach(names::add);
            return names;
        }).toList();
    }

    @Name("roles")
    @Description("Roles the actor holds or held, as the texts state them.")
    public List<@NonNull List<@NonNull ActorRole>> roles(@org.eclipse.microprofile.graphql.Source List<Actor> actors) {
        Map<Long, List<ActorRole>> byActor = ActorRole.forActors(ids(actors)).stream()
                .collect(Collectors.groupingBy(role -> role.actor.id));
        return actors.stream().map(actor -> byActor.getOrDefault(actor.id, List.of())).toList();
    }

    @Name("claimsAbout")
    @Description("Claims whose subjects include this actor.")
    public List<@NonNull ClaimConnection> claimsAbout(
            @org.eclipse.microprofile.graphql.Source List<Actor> actors,
            @Name("first") @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after,
            @Name("includeDeprecated") @DefaultValue("false") @Description("Include claims ranked DEPRECATED.") Boolean includeDeprecated) {
        return ClaimLists.pages(ClaimLists.ABOUT_ACTOR, ids(actors), Page.of(first, after), includeDeprecated);
    }

    @Name("claimsMade")
    @Description("Claims attributed to this actor: its chain of attribution includes a source backed by the actor.")
    public List<@NonNull ClaimConnection> claimsMade(
            @org.eclipse.microprofile.graphql.Source List<Actor> actors,
            @Name("first") @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after,
            @Name("includeDeprecated") @DefaultValue("false") @Description("Include claims ranked DEPRECATED.") Boolean includeDeprecated) {
        return ClaimLists.pages(ClaimLists.BY_ACTOR, ids(actors), Page.of(first, after), includeDeprecated);
    }

    @Name("articles")
    @Description("Articles that mention this actor by any of its names.")
    public List<@NonNull ArticleConnection> articles(
            @org.eclipse.microprofile.graphql.Source List<Actor> actors,
            @Name("first") @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after) {
        return ARTICLES_MENTIONING.connections(Panache.getEntityManager(), ids(actors), Page.of(first, after),
                ids -> ById.load(Article.class, ids), ArticleEdge::new, ArticleConnection::new);
    }

    @Name("sources")
    @Description("The sources this actor backs (e.g. the actor speaking as an official, or as a news agency).")
    public List<@NonNull List<@NonNull Source>> sources(@org.eclipse.microprofile.graphql.Source List<Actor> actors) {
        Map<Long, List<Source>> byActor = Source.<Source>list("array_has(?1, actor.id) order by id", ArrayHas.of(ids(actors))).stream()
                .collect(Collectors.groupingBy(source -> source.actor.id));
        return actors.stream().map(actor -> byActor.getOrDefault(actor.id, List.of())).toList();
    }

    private static List<Long> ids(List<Actor> actors) {
        return actors.stream().map(actor -> actor.id).toList();
    }
}
