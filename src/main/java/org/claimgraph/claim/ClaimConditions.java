package org.claimgraph.claim;

import org.claimgraph.actor.ActorLookup;
import org.claimgraph.graphql.ApiError;
import org.claimgraph.graphql.BatchedPages;
import org.claimgraph.graphql.Ids;
import org.claimgraph.topic.Topic;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A {@link ClaimFilter} compiled to SQL conditions on the claim table (alias {@code x}), with
 * names resolved first: the actor behind `about`, the topic behind its slug. Resolution costs a
 * fixed number of statements per filter, never one per row.
 *
 * <p>{@link #lookingUpNames} leaves the resolution to the statement: {@code names} is then the select
 * list of the one row (the statement's CTE {@value #NAMES}) holding the ids of the actors and topic the
 * filter names, which the conditions read, and {@code found} is SQL telling whether all of them exist.
 * With {@link #of}, {@code names} is null and {@code found} true.
 */
public record ClaimConditions(String sql, Map<String, Object> parameters, String names, String found) {

    /** The CTE a statement using {@link #lookingUpNames} defines as {@code SELECT} {@link #names}. */
    public static final String NAMES = "cg_named";

    public static ClaimConditions of(ClaimFilter filter) {
        return of(filter, null);
    }

    /**
     * The conditions of {@code filter} with its actors (by id or exact alias) and topic looked up by the
     * statement itself, which should answer nothing when one of them is not found ({@code found}): the
     * resolvers, which use {@link #of}, then find the actor by a similar name or report it. Errors in the
     * filter itself are thrown as with {@link #of}.
     */
    public static ClaimConditions lookingUpNames(ClaimFilter filter) {
        return of(filter, new LinkedHashMap<>());
    }

    /** {@code names}: where the SQL looking up each name goes, by the name of its id; null to look them up here. */
    private static ClaimConditions of(ClaimFilter filter, Map<String, String> names) {
        ClaimFilter f = filter == null ? ClaimFilter.none() : filter;
        StringBuilder sql = new StringBuilder();
        Map<String, Object> parameters = new HashMap<>();
        if (!Boolean.TRUE.equals(f.includeDeprecated)) {
            sql.append(" AND x.rank <> 'DEPRECATED'");
        }
        String actor = f.about == null ? null : names == null
                ? bound(parameters, "f_about", ActorLookup.require(f.about, "actor"))
                : named(names, "f_about", ActorLookup.exactly(f.about, "f_about", parameters));
        String topic = null;
        if (f.topic != null && names == null) {
            topic = bound(parameters, "f_topic", Topic.findBySlug(f.topic).map(found -> found.id).orElseThrow(() ->
                    ApiError.notFound("no topic has the slug \"" + f.topic + "\"; see the `topics` query for the vocabulary")));
        } else if (f.topic != null) {
            parameters.put("f_topic_slug", f.topic);
            topic = named(names, "f_topic", "(SELECT t.id FROM topic t WHERE t.slug = :f_topic_slug)");
        }
        if (actor != null && topic != null) {
            // The headline filter: one index range of claim_subject_topic (V4) instead of intersecting
            // all the actor's claims with all the topic's.
            sql.append(" AND EXISTS (SELECT 1 FROM claim_subject_topic f_st WHERE f_st.actor_id = " + actor
                    + " AND f_st.topic_id = " + topic + " AND f_st.claim_id = x.id)");
        } else if (actor != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM claim_subject f_s WHERE f_s.claim_id = x.id AND f_s.actor_id = " + actor + ")");
        } else if (topic != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM claim_topic f_t WHERE f_t.claim_id = x.id AND f_t.topic_id = " + topic + ")");
        }
        if (f.source != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM claim_source f_cs WHERE f_cs.claim_id = x.id AND f_cs.source_id = :f_source)");
            parameters.put("f_source", id(f.source, "source"));
        }
        if (f.sourceKind != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM claim_source f_k JOIN source f_ks ON f_ks.id = f_k.source_id"
                    + " WHERE f_k.claim_id = x.id AND f_k.position = 0 AND f_ks.kind = :f_source_kind)");
            parameters.put("f_source_kind", f.sourceKind.name());
        }
        if (f.outlet != null) {
            String outlet = names == null ? bound(parameters, "f_outlet", ActorLookup.require(f.outlet, "outlet"))
                    : named(names, "f_outlet", ActorLookup.exactly(f.outlet, "f_outlet", parameters));
            sql.append(" AND x.article_id IN (SELECT f_a.id FROM article f_a WHERE f_a.outlet_id = " + outlet + ")");
        }
        if (f.article != null) {
            sql.append(" AND x.article_id = :f_article");
            parameters.put("f_article", id(f.article, "article"));
        }
        if (f.stance != null && !f.stance.isEmpty()) {
            sql.append(" AND x.stance IN (:f_stance)");
            parameters.put("f_stance", f.stance.stream().map(Enum::name).toList());
        }
        if (f.from != null && f.to != null && f.from.isAfter(f.to)) {
            throw ApiError.badInput("`from` (" + f.from + ") is after `to` (" + f.to + ")");
        }
        if (f.from != null) {
            // the last day the claim refers to: a date known to the month or year stands for all of it
            sql.append(" AND coalesce(x.refers_to, x.refers_from) + CASE x.refers_precision WHEN 'YEAR' THEN interval '1 year'"
                    + " WHEN 'MONTH' THEN interval '1 month' ELSE interval '1 day' END > :f_from");
            parameters.put("f_from", f.from);
        }
        if (f.to != null) {
            sql.append(" AND x.refers_from <= :f_to");
            parameters.put("f_to", f.to);
        }
        if (f.text != null && !f.text.isBlank()) {
            sql.append(" AND x.search @@ websearch_to_tsquery('english', :f_text)");
            parameters.put("f_text", f.text);
        }
        if (f.minConfidence != null) {
            sql.append(" AND x.confidence >= :f_min_confidence");
            parameters.put("f_min_confidence", f.minConfidence);
        }
        if (f.provenance != null) {
            sql.append(" AND x.provenance = :f_provenance");
            parameters.put("f_provenance", f.provenance.name());
        }
        if (f.reviewStatus != null) {
            sql.append(" AND x.review_status = :f_review_status");
            parameters.put("f_review_status", f.reviewStatus.name());
        }
        if (f.quantity != null) {
            quantity(f.quantity, sql, parameters);
        }
        if (names == null || names.isEmpty()) {
            return new ClaimConditions(sql.toString(), parameters, null, "true");
        }
        String found = "(SELECT " + names.keySet().stream().map(name -> name + " IS NOT NULL").collect(Collectors.joining(" AND "))
                + " FROM " + NAMES + ")";
        return new ClaimConditions(sql.toString(), parameters, names.entrySet().stream()
                .map(name -> name.getValue() + " AS " + name.getKey()).collect(Collectors.joining(", ")), found);
    }

    /** {@code value} bound as the parameter {@code name}: its SQL. */
    private static String bound(Map<String, Object> parameters, String name, long value) {
        parameters.put(name, value);
        return ":" + name;
    }

    /** The id the SQL {@code lookup} gives, put in the named row as {@code name}: its SQL. */
    private static String named(Map<String, String> names, String name, String lookup) {
        names.put(name, lookup);
        return "(SELECT " + name + " FROM " + NAMES + ")";
    }

    private static void quantity(QuantityFilter q, StringBuilder sql, Map<String, Object> parameters) {
        if (q.atLeast != null && q.atMost != null && q.atLeast.compareTo(q.atMost) > 0) {
            throw ApiError.badInput("`quantity.atLeast` (" + q.atLeast + ") is above `quantity.atMost` (" + q.atMost + ")");
        }
        if (q.minUsdPerMonth != null && q.maxUsdPerMonth != null && q.minUsdPerMonth.compareTo(q.maxUsdPerMonth) > 0) {
            throw ApiError.badInput("`quantity.minUsdPerMonth` (" + q.minUsdPerMonth + ") is above `quantity.maxUsdPerMonth` ("
                    + q.maxUsdPerMonth + ")");
        }
        sql.append(" AND EXISTS (SELECT 1 FROM quantity f_q WHERE f_q.claim_id = x.id");
        if (q.kind != null) {
            sql.append(" AND f_q.kind = :f_q_kind");
            parameters.put("f_q_kind", q.kind.name());
        }
        if (q.unit != null) {
            // "mercenary" finds "mercenaries" too: the singular of both sides is compared
            sql.append(" AND regexp_replace(regexp_replace(lower(f_q.unit), 'ies$', 'y'), 's$', '')"
                    + " = regexp_replace(regexp_replace(lower(:f_q_unit), 'ies$', 'y'), 's$', '')");
            parameters.put("f_q_unit", q.unit.strip());
        }
        if (q.atLeast != null) {
            sql.append(" AND coalesce(f_q.upper_bound, f_q.amount) >= :f_q_at_least");
            parameters.put("f_q_at_least", q.atLeast);
        }
        if (q.atMost != null) {
            sql.append(" AND coalesce(f_q.lower_bound, f_q.amount) <= :f_q_at_most");
            parameters.put("f_q_at_most", q.atMost);
        }
        if (q.minUsdPerMonth != null) {
            sql.append(" AND f_q.usd_per_month >= :f_q_min_usd");
            parameters.put("f_q_min_usd", q.minUsdPerMonth);
        }
        if (q.maxUsdPerMonth != null) {
            sql.append(" AND f_q.usd_per_month <= :f_q_max_usd");
            parameters.put("f_q_max_usd", q.maxUsdPerMonth);
        }
        sql.append(')');
    }

    public BatchedPages applyTo(BatchedPages lists) {
        return lists.where(sql, parameters);
    }

    private static long id(String value, String what) {
        return Ids.parse(value).orElseThrow(() -> ApiError.badInput("`" + what + "` must be an id, not \"" + value + "\""));
    }
}
