package org.claimgraph.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.validation.Valid;
import org.hibernate.Hibernate;
import org.claimgraph.actor.Actor;
import org.claimgraph.claim.ClaimConnection;
import org.claimgraph.claim.ClaimLists;
import org.claimgraph.database.ArrayHas;
import org.claimgraph.graphql.BatchedPages;
import org.claimgraph.graphql.ById;
import org.claimgraph.graphql.Ids;
import org.claimgraph.graphql.OwnSession;
import org.claimgraph.graphql.Page;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@GraphQLApi
@OwnSession
public class ArticleApi {

    static final BatchedPages ALL = BatchedPages.all("article");
    private static final ObjectMapper SPANS = new ObjectMapper();

    @Query("article")
    @Description("One article by id; null when there is none.")
    public Article article(@NonNull @Id @Name("id") @Description("The article's id.") String id) {
        return Ids.parse(id).flatMap(Article::withOutlet).orElse(null);
    }

    @Query("articles")
    @Description("Articles matching a filter (all articles without one), in the order asked for.")
    public @NonNull ArticleConnection articles(
            @Name("filter") @Valid @Description("Which articles to include.") ArticleFilter filter,
            @Name("first") @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Name("after") @Description("Cursor to continue after (pageInfo.endCursor of the previous page).") String after,
            @Name("orderBy") @DefaultValue("STORED") @Description("The order of the list.") ArticleOrder orderBy) {
        BatchedPages list = (orderBy == null ? ArticleOrder.STORED : orderBy).of(ALL);
        if (filter != null) {
            list = filter.applyTo(list);
        }
        return list.connections(Panache.getEntityManager(), List.of(0L), Page.of(first, after), ids -> ById.load(Article.class, ids),
                ArticleEdge::new, ArticleConnection::new).get(0);
    }

    @Name("text")
    @Description("The text with site chrome removed (cookie banners, navigation, pagers, related posts, bibliography). "
            + "Claim offsets point into this text, counted in Unicode code points.")
    public List<@NonNull String> text(@Source List<Article> articles) {
        return texts(articles, "clean_text");
    }

    @Name("rawText")
    @Description("The text as received, site chrome included.")
    public List<@NonNull String> rawText(@Source List<Article> articles) {
        return texts(articles, "raw_text");
    }

    @Name("outlet")
    @Description("The media outlet that published the article, when the page names it.")
    public List<Actor> outlet(@Source List<Article> articles) {
        // An article read by `article(id)` comes with its outlet; only the others need a statement.
        Map<Long, Actor> loaded = ById.load(Actor.class, articles.stream()
                .filter(article -> article.outlet != null && !Hibernate.isInitialized(article.outlet))
                .map(article -> article.outlet.id).toList());
        return articles.stream().map(article -> article.outlet == null ? null
                : Hibernate.isInitialized(article.outlet) ? article.outlet : loaded.get(article.outlet.id)).toList();
    }

    @Name("claims")
    @Description("The claims reported in the article, in reading order.")
    public List<@NonNull ClaimConnection> claims(
            @Source List<Article> articles,
            @Name("first") @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after,
            @Name("includeDeprecated") @DefaultValue("false") @Description("Include claims ranked DEPRECATED.") Boolean includeDeprecated) {
        return ClaimLists.pages(ClaimLists.OF_ARTICLE, ids(articles), Page.of(first, after), includeDeprecated);
    }

    @Name("mentions")
    @Description("The actors the article names, each with how often and where (any alias counts), most mentioned first.")
    public List<@NonNull List<@NonNull ActorMentions>> mentions(@Source List<Article> articles) {
        List<Mention> rows = Mention.list(
                "select m from Mention m join fetch m.actor where array_has(?1, m.article.id) order by m.article.id, m.startOffset",
                ArrayHas.of(ids(articles)));
        Map<Long, Map<Long, ActorMentions>> byArticle = new LinkedHashMap<>();
        for (Mention mention : rows) {
            byArticle.computeIfAbsent(mention.article.id, key -> new LinkedHashMap<>())
                    .computeIfAbsent(mention.actor.id, key -> new ActorMentions(mention.actor, new ArrayList<>()))
                    .places().add(new ActorMentions.Place(mention.surface, mention.startOffset, mention.endOffset));
        }
        return articles.stream().map(article -> byArticle.getOrDefault(article.id, Map.of()).values().stream()
                .sorted((a, b) -> Integer.compare(b.getCount(), a.getCount())).toList()).toList();
    }

    @Name("reuses")
    @Description("Articles this one shares passages with (copied or rewritten), largest share first.")
    public List<@NonNull List<@NonNull ArticleReuse>> reuses(@Source List<Article> articles) {
        Map<Long, List<ArticleReuse>> byArticle = new LinkedHashMap<>();
        for (Object result : Panache.getEntityManager().createNativeQuery(
                        "SELECT article_id, other_article_id, share, spans::text, detected_by FROM article_reuse "
                                + "WHERE article_id = ANY(:ids) ORDER BY article_id, share DESC, other_article_id")
                .setParameter("ids", ArrayHas.of(ids(articles))).getResultList()) {
            Object[] row = (Object[]) result;
            byArticle.computeIfAbsent(((Number) row[0]).longValue(), key -> new ArrayList<>())
                    .add(new ArticleReuse(((Number) row[1]).longValue(), ((Number) row[2]).floatValue(),
                            spans((String) row[3]), (String) row[4]));
        }
        return articles.stream().map(article -> byArticle.getOrDefault(article.id, List.of())).toList();
    }

    @Name("article")
    @Description("The other article.")
    public List<@NonNull Article> reusedArticle(@Source List<ArticleReuse> reuses) {
        return ById.resolve(Article.class, reuses, reuse -> reuse.otherArticleId);
    }

    private static List<ArticleReuse.ReusedSpan> spans(String json) {
        try {
            return List.of(SPANS.readValue(json, ArticleReuse.ReusedSpan[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("article_reuse.spans is not the JSON ReuseIndex writes", e);
        }
    }

    private static List<Long> ids(List<Article> articles) {
        return articles.stream().map(article -> article.id).toList();
    }

    /** One text column of all the articles, in one statement. */
    private static List<String> texts(List<Article> articles, String column) {
        Map<Long, String> byId = new HashMap<>();
        for (Object result : Panache.getEntityManager()
                .createNativeQuery("SELECT id, " + column + " FROM article WHERE id = ANY(:ids)")
                .setParameter("ids", ArrayHas.of(ids(articles))).getResultList()) {
            Object[] row = (Object[]) result;
            byId.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return articles.stream().map(article -> byId.get(article.id)).toList();
    }
}
