package org.claimgraph.claim;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import org.claimgraph.ClaimgraphConfig;
import org.claimgraph.actor.Actor;
import org.claimgraph.graphql.ApiError;
import org.claimgraph.graphql.ById;
import org.claimgraph.graphql.Cursor;
import org.claimgraph.graphql.OwnSession;
import org.claimgraph.graphql.Page;
import org.claimgraph.topic.Topic;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Pairs of claims that disagree: computed (same subject and topic, and a denial against an
 * assertion, or figures apart by more than a tolerance) plus the links curators or the pipeline
 * made. All pairs of a page come from one statement; their claims, subjects and topics are
 * loaded by the batched resolvers.
 */
@GraphQLApi
@OwnSession
public class ContradictionApi {

    /** Cursors of contradicting pairs: a position in the ranking. */
    private static final String PAIRS = "contradiction";

    @Inject
    ClaimgraphConfig config;

    @Query("contradictions")
    @Description("Pairs of claims matching a filter that disagree, with the reasons: linked pairs first, then computed "
            + "pairs by how alike their statements are (trigram similarity), so that claims about the same thing lead. "
            + "The filter must narrow the claims by `about`, `topic`, `article` or `source`, since every pair of them "
            + "is compared; more than 1,000 matching claims (CLAIMGRAPH_LIMITS_MAX_COMPARED_CLAIMS) is a LIMIT_EXCEEDED "
            + "error.")
    public @NonNull ContradictionConnection contradictions(
            @NonNull @Name("filter") @Valid @Description("Which claims to compare.") ClaimFilter filter,
            @Name("tolerance") @DefaultValue("0.25") @DecimalMin("0.0") @DecimalMax("1.0")
            @Description("How far apart two figures may be before they disagree, relative to the larger one, 0 to 1 "
                    + "(0.25 = 25 %; 0: any difference disagrees; at 1 no two figures do).") Double tolerance,
            @Name("first") @DefaultValue("20") @Description("Page size, 1 to 100.") Integer first,
            @Name("after") @Description("Cursor to continue after.") String after) {
        if (filter.about == null && filter.topic == null && filter.article == null && filter.source == null) {
            throw ApiError.badInput("narrow the filter with `about`, `topic`, `article` or `source`: every pair of the "
                    + "filtered claims is compared");
        }
        Page page = Page.of(first, after);
        int offset = page.offset(PAIRS);
        ClaimConditions conditions = ClaimConditions.of(filter);
        requireFewEnoughClaims(conditions);
        String pairs = """
                WITH f AS (SELECT x.id, x.stance FROM claim x WHERE true %s),
                fq AS (SELECT DISTINCT ON (q.claim_id) q.claim_id, q.kind, q.unit, q.text,
                              CASE WHEN q.kind = 'MONEY' THEN q.usd_per_month
                                   ELSE coalesce(q.amount, q.lower_bound, q.upper_bound) END AS value
                       FROM quantity q JOIN f ON f.id = q.claim_id
                       WHERE CASE WHEN q.kind = 'MONEY' THEN q.usd_per_month
                                  ELSE coalesce(q.amount, q.lower_bound, q.upper_bound) END IS NOT NULL
                       ORDER BY q.claim_id, q.position),
                computed AS (
                  SELECT a.id AS first_id, b.id AS second_id, min(sa.actor_id) AS subject_id, min(ta.topic_id) AS topic_id,
                         bool_or((a.stance = 'DENIED' AND b.stance IN ('ASSERTED', 'REPORTED'))
                              OR (b.stance = 'DENIED' AND a.stance IN ('ASSERTED', 'REPORTED'))) AS stance_conflict,
                         bool_or(qa.kind = qb.kind AND (qa.kind = 'MONEY' OR qa.unit = qb.unit)
                              AND abs(qa.value - qb.value) > :tolerance * greatest(abs(qa.value), abs(qb.value))) AS quantity_conflict
                  FROM f a JOIN f b ON b.id > a.id
                  JOIN claim_subject sa ON sa.claim_id = a.id
                  JOIN claim_subject sb ON sb.claim_id = b.id AND sb.actor_id = sa.actor_id
                  JOIN claim_topic ta ON ta.claim_id = a.id
                  JOIN claim_topic tb ON tb.claim_id = b.id AND tb.topic_id = ta.topic_id
                  LEFT JOIN fq qa ON qa.claim_id = a.id
                  LEFT JOIN fq qb ON qb.claim_id = b.id
                  GROUP BY a.id, b.id),
                linked AS (
                  SELECT DISTINCT least(r.from_claim_id, r.to_claim_id) AS first_id,
                         greatest(r.from_claim_id, r.to_claim_id) AS second_id
                  FROM claim_relation r
                  WHERE r.type = 'CONTRADICTS' AND r.from_claim_id IN (SELECT id FROM f) AND r.to_claim_id IN (SELECT id FROM f)),
                pairs AS (
                  SELECT coalesce(c.first_id, l.first_id) AS first_id, coalesce(c.second_id, l.second_id) AS second_id,
                         c.subject_id, c.topic_id, coalesce(c.stance_conflict, false) AS stance_conflict,
                         coalesce(c.quantity_conflict, false) AS quantity_conflict, l.first_id IS NOT NULL AS linked
                  FROM (SELECT * FROM computed WHERE stance_conflict OR quantity_conflict) c
                  FULL JOIN linked l ON l.first_id = c.first_id AND l.second_id = c.second_id)
                """.formatted(conditions.sql());
        jakarta.persistence.Query pageQuery = Panache.getEntityManager().createNativeQuery(pairs + """
                SELECT p.first_id, p.second_id, p.subject_id, p.topic_id, p.stance_conflict, p.quantity_conflict, p.linked,
                       a.stance, b.stance, qa.text, qa.value, qb.text, qb.value,
                       similarity(a.statement, b.statement) AS closeness
                FROM pairs p JOIN claim a ON a.id = p.first_id JOIN claim b ON b.id = p.second_id
                LEFT JOIN fq qa ON qa.claim_id = p.first_id LEFT JOIN fq qb ON qb.claim_id = p.second_id
                ORDER BY p.linked DESC, closeness DESC, p.first_id, p.second_id LIMIT :limit OFFSET :offset
                """);
        bind(pageQuery, conditions, tolerance);
        pageQuery.setParameter("limit", page.fetchSize()).setParameter("offset", offset);
        List<ContradictionEdge> edges = new ArrayList<>();
        for (Object result : pageQuery.getResultList()) {
            Object[] row = (Object[]) result;
            Contradiction contradiction = contradiction(row);
            edges.add(new ContradictionEdge(new Cursor(PAIRS, offset + edges.size() + 1, contradiction.firstId).encode(), contradiction));
        }
        long total = 0;
        if (page.countTotal()) {
            jakarta.persistence.Query countQuery = Panache.getEntityManager().createNativeQuery(pairs + " SELECT count(*) FROM pairs");
            bind(countQuery, conditions, tolerance);
            total = ((Number) countQuery.getSingleResult()).longValue();
        }
        return new ContradictionConnection(edges, page, total);
    }

    @Name("first")
    @Description("One claim of the pair (the one stored first).")
    public List<@NonNull Claim> first(@Source List<Contradiction> contradictions) {
        Map<Long, Claim> claims = claims(contradictions);
        return contradictions.stream().map(contradiction -> claims.get(contradiction.firstId)).toList();
    }

    @Name("second")
    @Description("The other claim of the pair.")
    public List<@NonNull Claim> second(@Source List<Contradiction> contradictions) {
        Map<Long, Claim> claims = claims(contradictions);
        return contradictions.stream().map(contradiction -> claims.get(contradiction.secondId)).toList();
    }

    @Name("subject")
    @Description("An actor both claims are about; null for pairs that are only linked.")
    public List<Actor> subject(@Source List<Contradiction> contradictions) {
        return ById.resolve(Actor.class, contradictions, c -> c.subjectId);
    }

    @Name("topic")
    @Description("A topic both claims are filed under; null for pairs that are only linked.")
    public List<Topic> topic(@Source List<Contradiction> contradictions) {
        return ById.resolve(Topic.class, contradictions, c -> c.topicId);
    }

    private static Map<Long, Claim> claims(List<Contradiction> contradictions) {
        List<Long> ids = contradictions.stream().flatMap(c -> java.util.stream.Stream.of(c.firstId, c.secondId)).distinct().toList();
        return ById.load(Claim.class, ids);
    }

    private static Contradiction contradiction(Object[] row) {
        List<ContradictionReason> reasons = new ArrayList<>();
        List<String> explanation = new ArrayList<>();
        if ((Boolean) row[4]) {
            reasons.add(ContradictionReason.STANCE);
            explanation.add("stances " + row[7] + " vs " + row[8]);
        }
        if ((Boolean) row[5]) {
            reasons.add(ContradictionReason.QUANTITY);
            explanation.add("figures \"" + row[9] + "\" (" + figure(row[10]) + ") vs \"" + row[11] + "\" (" + figure(row[12]) + ")");
        }
        if ((Boolean) row[6]) {
            reasons.add(ContradictionReason.LINKED);
            explanation.add("linked as contradicting");
        }
        return new Contradiction(((Number) row[0]).longValue(), ((Number) row[1]).longValue(),
                row[2] == null ? null : ((Number) row[2]).longValue(), row[3] == null ? null : ((Number) row[3]).longValue(),
                reasons, String.join("; ", explanation), ((Number) row[13]).floatValue());
    }

    private static String figure(Object value) {
        return value == null ? "no figure" : new BigDecimal(value.toString()).setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    private static void bind(jakarta.persistence.Query query, ClaimConditions conditions, Double tolerance) {
        conditions.parameters().forEach(query::setParameter);
        query.setParameter("tolerance", tolerance == null ? 0.25 : tolerance);
    }
    /**
     * Every pair of the filtered claims is compared: "about Wagner" on a million claims (3,462 of them) took two
     * minutes, "about Mali" would have run for hours. Counting stops one past the limit.
     */
    private void requireFewEnoughClaims(ClaimConditions conditions) {
        int maximum = config.limits().maxComparedClaims();
        jakarta.persistence.Query count = Panache.getEntityManager().createNativeQuery(
                "SELECT count(*) FROM (SELECT 1 FROM claim x WHERE true " + conditions.sql() + " LIMIT :over) c");
        conditions.parameters().forEach(count::setParameter);
        long matching = ((Number) count.setParameter("over", maximum + 1).getSingleResult()).longValue();
        if (matching > maximum) {
            throw ApiError.limitExceeded("the filter matches more than " + maximum + " claims, and contradictions compares "
                    + "every pair of them; narrow it with `topic`, `from`/`to`, `stance`, `article` or `source`");
        }
    }

}
