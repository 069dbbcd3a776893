package org.claimgraph.claim;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.validation.Valid;
import org.claimgraph.graphql.ApiError;
import org.claimgraph.graphql.BatchedPages;
import org.claimgraph.graphql.OwnSession;
import org.claimgraph.graphql.Page;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

@GraphQLApi
@OwnSession
public class TimelineApi {

    /** A timeline wider than this is a request to narrow the filter (or widen the buckets). */
    static final int MAX_BUCKETS = 1000;

    @Query("timeline")
    @Description("Claims matching a filter, counted per day, week, month or year of the date they refer to.")
    public @NonNull Timeline timeline(
            @Name("filter") @Valid @Description("Which claims to include.") ClaimFilter filter,
            @Name("bucket") @DefaultValue("MONTH") @Description("Bucket width.") TimeBucket bucket) {
        TimeBucket width = bucket == null ? TimeBucket.MONTH : bucket;
        ClaimConditions conditions = ClaimConditions.of(filter);
        jakarta.persistence.Query query = Panache.getEntityManager().createNativeQuery(
                "SELECT CASE WHEN " + width.datedPreciselyEnough() + " THEN date_trunc('" + width.unit() + "', x.refers_from)::date END"
                        + " AS bucket, x.refers_from IS NULL AS undated, count(*) FROM claim x WHERE true " + conditions.sql()
                        + " GROUP BY bucket, undated ORDER BY bucket NULLS LAST LIMIT :limit");
        conditions.parameters().forEach(query::setParameter);
        query.setParameter("limit", MAX_BUCKETS + 3);
        ClaimGroup.Origin origin = new ClaimGroup.Origin(null, conditions);
        List<TimelineBucket> buckets = new ArrayList<>();
        int undated = 0;
        int imprecise = 0;
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            int count = ((Number) row[2]).intValue();
            if (Boolean.TRUE.equals(row[1])) {
                undated = count;
            } else if (row[0] == null) {
                imprecise = count;
            } else {
                buckets.add(new TimelineBucket(origin, width, toLocalDate(row[0]), count));
            }
        }
        if (buckets.size() > MAX_BUCKETS) {
            throw ApiError.limitExceeded("the timeline has more than " + MAX_BUCKETS + " " + width.unit()
                    + " buckets; narrow the filter's date range or use wider buckets");
        }
        return new Timeline(buckets, undated, imprecise);
    }

    @Name("claims")
    @Description("The bucket's claims, by the date they refer to.")
    public List<@NonNull ClaimConnection> claims(
            @Source List<TimelineBucket> buckets,
            @Name("first") @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after) {
        Page page = Page.of(first, after);
        Map<TimelineBucket, ClaimConnection> pages = new HashMap<>();
        buckets.stream().collect(Collectors.groupingBy(bucket -> List.of(bucket.origin, bucket.width),
                LinkedHashMap::new, Collectors.toList())).forEach((key, same) -> {
            TimelineBucket sample = same.get(0);
            BatchedPages lists = new BatchedPages("SELECT (date_trunc('" + sample.width.unit() + "', refers_from)::date"
                    + " - DATE '1970-01-01')::bigint AS parent_id, id AS child_id FROM claim WHERE refers_from IS NOT NULL",
                    "claim", "id").where("AND " + sample.width.datedPreciselyEnough(), Map.of())
                    .orderedBy(ClaimOrder.REFERENCE_DATE.key(), ClaimOrder.REFERENCE_DATE.sortKey(), false);
            List<ClaimConnection> connections = ClaimLists.pages(lists, same.stream().map(TimelineBucket::key).toList(),
                    page, sample.origin.conditions());
            for (int i = 0; i < same.size(); i++) {
                pages.put(same.get(i), connections.get(i));
            }
        });
        return buckets.stream().map(pages::get).toList();
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof LocalDate date ? date : ((Date) value).toLocalDate();
    }
}
