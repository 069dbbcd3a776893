package org.claimgraph.claim;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.validation.Valid;
import org.claimgraph.actor.Actor;
import org.claimgraph.article.Article;
import org.claimgraph.graphql.BatchedPages;
import org.claimgraph.graphql.ById;
import org.claimgraph.graphql.Cursor;
import org.claimgraph.graphql.OwnSession;
import org.claimgraph.graphql.Page;
import org.claimgraph.graphql.RawJson;
import org.claimgraph.graphql.Selection;
import org.claimgraph.graphql.SqlJson;
import org.claimgraph.source.Source;
import org.claimgraph.topic.Topic;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.hibernate.Session;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Claims grouped by source, outlet, actor, topic, stance, article or month. The groups and their
 * money statistics come from one aggregate statement, which also reads the ids of each group's
 * first page of claims when the request selects `claims` without `after` (the filter is the
 * expensive part, so it is evaluated once); each group's key object and its claims are then
 * loaded for all groups at once by the batched resolvers below.
 */
@GraphQLApi
@OwnSession
public class ClaimGroupApi {

    /** Cursors of claim groups: a position in the list of groups of one grouping ("claim-group.source"). */
    static final String GROUPS = "claim-group.";

    @Query("claimGroups")
    @Description("Claims matching a filter, grouped — e.g. claims about Wagner on payments, grouped by who they are "
            + "attributed to. Largest groups first (ties by key); page with `after` and a group's cursor.")
    public @NonNull List<@NonNull ClaimGroup> claimGroups(
            @NonNull @Name("by") @Description("What to group by.") ClaimGrouping by,
            @Name("filter") @Valid @Description("Which claims to include.") ClaimFilter filter,
            @Name("first") @DefaultValue("20") @Description("How many groups, 1 to 100.") Integer first,
            @Name("after") @Description("Cursor of the last group already seen.") String after) {
        Page page = Page.of(first, after);
        // a position among groups by source means nothing among groups by topic
        String groupList = GROUPS + by.name().toLowerCase(java.util.Locale.ROOT);
        int offset = page.offset(groupList);
        ClaimConditions conditions = ClaimConditions.of(filter);
        ClaimGroup.Origin origin = new ClaimGroup.Origin(by, conditions);
        int claimRows = Selection.firstPageRows("claims");
        jakarta.persistence.Query query = Panache.getEntityManager().createNativeQuery(groupsSql(by, conditions, claimRows, true));
        conditions.parameters().forEach(query::setParameter);
        query.setParameter("limit", page.first()).setParameter("offset", offset);
        if (claimRows > 0) {
            query.setParameter("claimRows", claimRows);
        }
        List<ClaimGroup> groups = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            long key = ((Number) row[0]).longValue();
            QuantityStats stats = new QuantityStats(((Number) row[2]).intValue(), money(row[3]), money(row[4]), money(row[5]));
            String cursor = new Cursor(groupList, offset + groups.size() + 1, key).encode();
            List<Long> firstClaimIds = claimRows > 0 ? ids((String) row[6]) : null;
            groups.add(new ClaimGroup(origin, key, ((Number) row[1]).intValue(), stats, cursor, firstClaimIds));
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
            List<Long> keys = sameOrigin.stream().map(group -> group.groupKey).toList();
            // A group's claims are the group's own count, under the same filter: no count statement.
            Map<Long, Long> totals = sameOrigin.stream().collect(Collectors.toMap(group -> group.groupKey, group -> (long) group.getCount()));
            // Group lists run in claim id order (ClaimGrouping.claimLists): an id is its own sort key.
            BatchedPages lists = origin.conditions().applyTo(origin.grouping().claimLists());
            boolean readAhead = sameOrigin.stream().allMatch(group -> group.coversFirstPage(page));
            Map<Long, RawJson> built = readAhead ? SqlJson.claimPages(Panache.getEntityManager().unwrap(Session.class),
                    lists.list(), page.first(), sameOrigin.stream().collect(Collectors.toMap(group -> group.groupKey,
                            group -> group.firstClaimIds)), totals) : null;
            if (built != null) {
                // the pages' whole JSON, claims and what the request selects of them included
                sameOrigin.forEach(group -> pages.put(group, new ClaimConnection(built.get(group.groupKey))));
                return;
            }
            Map<Long, List<BatchedPages.Row>> rows = readAhead
                    ? sameOrigin.stream().collect(Collectors.toMap(group -> group.groupKey, group -> group.firstClaimIds.stream()
                            .map(id -> new BatchedPages.Row(group.groupKey, id, id)).toList()))
                    : lists.firstRows(Panache.getEntityManager(), keys, page);
            List<ClaimConnection> connections = ClaimLists.assemble(lists, keys, page, rows, totals);
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

    /**
     * The groups with their counts and, with {@code stats}, money statistics, largest first; with
     * {@code claimRows} > 0 also each group's first claim ids (comma-separated, in list order), so that
     * the groups' first pages need no statement of their own. The filtered claims are computed once
     * (materialized) for both. Columns: key, count, [priced, low, high, median,] [ids].
     */
    static String groupsSql(ClaimGrouping by, ClaimConditions conditions, int claimRows, boolean stats) {
        String matching = "SELECT p.parent_id, x.id" + (stats ? ", q.usd_per_month" : "") + " FROM (" + by.pairsSql() + ") p"
                + " JOIN claim x ON x.id = p.child_id"
                + (stats ? " LEFT JOIN LATERAL (SELECT qq.usd_per_month FROM quantity qq WHERE qq.claim_id = x.id"
                + " AND qq.usd_per_month IS NOT NULL ORDER BY qq.position LIMIT 1) q ON true" : "")
                + " WHERE true " + conditions.sql();
        String grouped = "SELECT parent_id, count(*) AS n" + (stats ? ", count(usd_per_month) AS priced, min(usd_per_month) AS low,"
                + " max(usd_per_month) AS high, percentile_cont(0.5) WITHIN GROUP (ORDER BY usd_per_month) AS median" : "")
                + " FROM m GROUP BY parent_id ORDER BY count(*) DESC, parent_id LIMIT :limit OFFSET :offset";
        if (claimRows == 0) {
            return "WITH m AS (" + matching + ") " + grouped;
        }
        return "WITH m AS MATERIALIZED (" + matching + "), g AS (" + grouped + "),"
                + " firsts AS (SELECT parent_id, string_agg(id::text, ',' ORDER BY id) AS ids FROM ("
                + " SELECT parent_id, id, row_number() OVER (PARTITION BY parent_id ORDER BY id) AS rn"
                + " FROM m WHERE parent_id IN (SELECT parent_id FROM g)) ranked WHERE rn <= :claimRows GROUP BY parent_id)"
                + " SELECT g.parent_id, g.n" + (stats ? ", g.priced, g.low, g.high, g.median" : "") + ", firsts.ids"
                + " FROM g LEFT JOIN firsts ON firsts.parent_id = g.parent_id ORDER BY g.n DESC, g.parent_id";
    }

    private static List<Long> ids(String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(Long::valueOf).toList();
    }

    private static BigDecimal money(Object value) {
        if (value == null) {
            return null;
        }
        BigDecimal amount = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
