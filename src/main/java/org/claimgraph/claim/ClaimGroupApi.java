package org.claimgraph.claim;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.validation.Valid;
import org.claimgraph.actor.Actor;
import org.claimgraph.article.Article;
import org.claimgraph.graphql.ById;
import org.claimgraph.graphql.Cursor;
import org.claimgraph.graphql.Page;
import org.claimgraph.source.Source;
import org.claimgraph.topic.Topic;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Claims grouped by source, outlet, actor, topic, stance, article or month. The groups and their
 * money statistics come from one aggregate statement; each group's key object and its page of
 * claims are then fetched for all groups at once by the batched resolvers below.
 */
@GraphQLApi
public class ClaimGroupApi {

    @Query("claimGroups")
    @Description("Claims matching a filter, grouped — e.g. claims about Wagner on payments, grouped by who they are "
            + "attributed to. Largest groups first (ties by key); page with `after` and a group's cursor.")
    public @NonNull List<@NonNull ClaimGroup> claimGroups(
            @NonNull @Name("by") @Description("What to group by.") ClaimGrouping by,
            @Name("filter") @Valid @Description("Which claims to include.") ClaimFilter filter,
            @Name("first") @DefaultValue("20") @Description("How many groups, 1 to 100.") Integer first,
            @Name("after") @Description("Cursor of the last group already seen.") String after) {
        Page page = Page.of(first, after);
        int offset = page.offset();
        ClaimConditions conditions = ClaimConditions.of(filter);
        ClaimGroup.Origin origin = new ClaimGroup.Origin(by, conditions);
        jakarta.persistence.Query query = Panache.getEntityManager().createNativeQuery(
                "SELECT p.parent_id, count(*), count(q.usd_per_month), min(q.usd_per_month), max(q.usd_per_month),"
                        + " percentile_cont(0.5) WITHIN GROUP (ORDER BY q.usd_per_month)"
                        + " FROM (" + by.pairsSql() + ") p JOIN claim x ON x.id = p.child_id"
                        + " LEFT JOIN LATERAL (SELECT qq.usd_per_month FROM quantity qq WHERE qq.claim_id = x.id"
                        + " AND qq.usd_per_month IS NOT NULL ORDER BY qq.position LIMIT 1) q ON true"
                        + " WHERE true " + conditions.sql()
                        + " GROUP BY p.parent_id ORDER BY count(*) DESC, p.parent_id LIMIT :limit OFFSET :offset");
        conditions.parameters().forEach(query::setParameter);
        query.setParameter("limit", page.first()).setParameter("offset", offset);
        List<ClaimGroup> groups = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            long key = ((Number) row[0]).longValue();
            QuantityStats stats = new QuantityStats(((Number) row[2]).intValue(), money(row[3]), money(row[4]), money(row[5]));
            String cursor = new Cursor(offset + groups.size() + 1, key).encode();
            groups.add(new ClaimGroup(origin, key, ((Number) row[1]).intValue(), stats, cursor));
        }
        return groups;
    }

    @Name("claims")
    @Description("The group's claims.")
    public List<@NonNull ClaimConnection> claims(
            @org.eclipse.microprofile.graphql.Source List<ClaimGroup> groups,
            @Name("first") @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after) {
        Page page = Page.of(first, after);
        Map<ClaimGroup.Origin, List<ClaimGroup>> byOrigin = groups.stream()
                .collect(Collectors.groupingBy(group -> group.origin, LinkedHashMap::new, Collectors.toList()));
        Map<ClaimGroup, ClaimConnection> pages = new HashMap<>();
        byOrigin.forEach((origin, sameOrigin) -> {
            List<ClaimConnection> connections = ClaimLists.pages(origin.grouping().claimLists(),
                    sameOrigin.stream().map(group -> group.groupKey).toList(), page, origin.conditions());
            for (int i = 0; i < sameOrigin.size(); i++) {
                pages.put(sameOrigin.get(i), connections.get(i));
            }
        });
        return groups.stream().map(pages::get).toList();
    }

    @Name("source")
    @Description("For SOURCE grouping: the source.")
    public List<Source> source(@org.eclipse.microprofile.graphql.Source List<ClaimGroup> groups) {
        return keyObjects(groups, ClaimGrouping.SOURCE, Source.class);
    }

    @Name("outlet")
    @Description("For OUTLET grouping: the outlet; null for articles whose outlet is unknown.")
    public List<Actor> outlet(@org.eclipse.microprofile.graphql.Source List<ClaimGroup> groups) {
        return keyObjects(groups, ClaimGrouping.OUTLET, Actor.class);
    }

    @Name("actor")
    @Description("For ACTOR grouping: the actor the claims are about.")
    public List<Actor> actor(@org.eclipse.microprofile.graphql.Source List<ClaimGroup> groups) {
        return keyObjects(groups, ClaimGrouping.ACTOR, Actor.class);
    }

    @Name("topic")
    @Description("For TOPIC grouping: the topic.")
    public List<Topic> topic(@org.eclipse.microprofile.graphql.Source List<ClaimGroup> groups) {
        return keyObjects(groups, ClaimGrouping.TOPIC, Topic.class);
    }

    @Name("article")
    @Description("For ARTICLE grouping: the article.")
    public List<Article> article(@org.eclipse.microprofile.graphql.Source List<ClaimGroup> groups) {
        return keyObjects(groups, ClaimGrouping.ARTICLE, Article.class);
    }

    /** The key objects of the groups of one grouping, in one statement; null for the other groups. */
    private static <T> List<T> keyObjects(List<ClaimGroup> groups, ClaimGrouping grouping, Class<T> entity) {
        return ById.resolve(entity, groups,
                group -> group.origin.grouping() == grouping && group.groupKey != 0 ? group.groupKey : null);
    }

    private static BigDecimal money(Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal amount = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
