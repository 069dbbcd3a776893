package org.claimgraph.actor;

import io.quarkus.hibernate.orm.panache.Panache;
import org.claimgraph.graphql.ApiError;
import org.claimgraph.graphql.Ids;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds actors by any name they go by, tolerant of typos: an exact alias (after
 * {@link ActorAlias#normalize}) first, then by trigram similarity of the whole name or of a name
 * inside a longer alias ("Prigozin" → "Yevgeny Prigozhin"). Uses the trigram index on
 * actor_alias.normalized; thresholds are pg_trgm's, set per connection in application.properties.
 */
public final class ActorLookup {

    /**
     * An actor and how well the query matched its best alias: 1 for an exact alias, below 1 for a
     * similar one, so that "Putin" finds Vladimir Putin before the actor nicknamed "Putin's chef".
     */
    public record Match(long actorId, double score) {
    }

    private ActorLookup() {
    }

    private static final String MATCHING = """
            FROM actor_alias al JOIN actor ac ON ac.id = al.actor_id
            WHERE (al.normalized = :q OR al.normalized % :q OR :q <% al.normalized)
              AND (CAST(:kind AS text) IS NULL OR ac.kind = :kind)
            """;
    private static final String EXACT = "SELECT min(actor_id) FROM actor_alias WHERE normalized = :q";

    /** Leaves out a name of stop words only, unless it is an alias exactly. */
    private static final String NOT_ONLY_STOP_WORDS =
            " AND (al.normalized = :q OR numnode(websearch_to_tsquery('english', :q)) > 0)";

    public static List<Match> search(String name, ActorKind kind, int limit, int offset) {
        return find(name, kind, limit, offset, "");
    }

    /**
     * The actors whose names a full-text query resembles, for adding their names to the search. A
     * query of stop words only ("the", "of the") resembles nothing but an alias it spells exactly
     * (an organisation called "WHO"): as a word inside "the Wagner Group" or "the Junta" it would
     * otherwise score like a name and bring in every such actor.
     */
    public static List<Match> resembledBy(String fullTextQuery, int limit) {
        // A name spelt exactly is that actor's: "Putin" is Vladimir Putin, not also the actor nicknamed
        // "Putin's chef", and "US" the United States, not the USSR.
        if (tooShortForTypos(fullTextQuery)) {
            return exactly(ActorAlias.normalize(fullTextQuery), limit);
        }
        List<Match> matches = find(fullTextQuery, null, limit, 0, NOT_ONLY_STOP_WORDS);
        List<Match> exact = matches.stream().filter(match -> match.score() == 1.0).toList();
        return exact.isEmpty() ? matches : exact;
    }

    /**
     * Whether a name is too short to tell a misspelling from another word: the trigrams of "us" or "b"
     * are those of every word that starts with them, so "US" resembled "USSR" and "b" "Bamako" as
     * closely as "Prigozin" resembles "Prigozhin".
     */
    private static boolean tooShortForTypos(String name) {
        return name.codePoints().filter(Character::isLetterOrDigit).count() < 3;
    }

    private static List<Match> exactly(String normalized, int limit) {
        List<?> ids = Panache.getEntityManager()
                .createNativeQuery("SELECT DISTINCT actor_id FROM actor_alias WHERE normalized = :q ORDER BY actor_id LIMIT :limit")
                .setParameter("q", normalized).setParameter("limit", limit).getResultList();
        return ids.stream().map(id -> new Match(((Number) id).longValue(), 1.0)).toList();
    }

    private static List<Match> find(String name, ActorKind kind, int limit, int offset, String condition) {
        String query = ActorAlias.normalize(name);
        if (query.isEmpty()) {
            return List.of();
        }
        List<?> rows = Panache.getEntityManager().createNativeQuery("""
                SELECT al.actor_id, max(CASE WHEN al.normalized = :q THEN 1.0
                       ELSE least(0.99, greatest(similarity(al.normalized, :q), word_similarity(:q, al.normalized))) END) AS score
                """ + MATCHING + condition + """

                GROUP BY al.actor_id
                ORDER BY score DESC, al.actor_id
                LIMIT :limit OFFSET :offset
                """).setParameter("q", query).setParameter("kind", kind == null ? null : kind.name())
                .setParameter("limit", limit).setParameter("offset", offset).getResultList();
        List<Match> matches = new ArrayList<>(rows.size());
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            matches.add(new Match(((Number) columns[0]).longValue(), ((Number) columns[1]).doubleValue()));
        }
        return matches;
    }

    /**
     * An actor id given as digits, or the best match for a name; empty when nothing matches, as for a
     * name of stop words only ("the" is a word of "the Wagner Group", but names no actor).
     */
    public static Optional<Long> resolve(String idOrName) {
        Optional<Long> id = Ids.parse(idOrName);
        if (id.isPresent()) {
            return Actor.count("id", id.get()) > 0 ? id : Optional.empty();
        }
        String query = ActorAlias.normalize(idOrName);
        if (query.isEmpty()) {
            return Optional.empty();
        }
        // An exact alias scores 1, above every similar one, and ties go to the lowest actor id: the
        // answer search(…, 1, 0) gives, without its similarity scan (0.1 ms instead of 2.7 for
        // "Wagner" among 44k aliases, bench question (a)).
        Object exact = Panache.getEntityManager().createNativeQuery(EXACT).setParameter("q", query).getSingleResult();
        if (exact != null) {
            return Optional.of(((Number) exact).longValue());
        }
        if (tooShortForTypos(query)) {
            return Optional.empty();
        }
        return find(idOrName, null, 1, 0, NOT_ONLY_STOP_WORDS).stream().findFirst().map(Match::actorId);
    }

    /**
     * The actor an id or an exact alias names, as SQL for a statement that looks it up itself: an
     * expression giving the actor's id, or null when there is none — then {@link #resolve} may still find
     * one by a similar name. The similar-name search is left out of the SQL: even when never run, its
     * subquery made the headline's statement 1.4 ms slower in PostgreSQL (docs/BENCHMARKS.md, run 38). The
     * values it binds go into {@code parameters}, under names that start with {@code name}.
     */
    public static String exactly(String idOrName, String name, Map<String, Object> parameters) {
        Optional<Long> id = Ids.parse(idOrName);
        if (id.isPresent()) {
            parameters.put(name + "_id", id.get());
            return "(SELECT ac.id FROM actor ac WHERE ac.id = :" + name + "_id)";
        }
        String query = ActorAlias.normalize(idOrName);
        if (query.isEmpty()) {
            return "CAST(NULL AS bigint)";
        }
        parameters.put(name + "_q", query);
        return "(" + EXACT.replace(":q", ":" + name + "_q") + ")";
    }

    /** {@link #resolve}, or NOT_FOUND naming what the filter field was looking for ("actor", "outlet"). */
    public static long require(String idOrName, String what) {
        return resolve(idOrName).orElseThrow(() ->
                ApiError.notFound("no " + what + " matches \"" + idOrName + "\" (by id, name or alias)"));
    }

    public static long count(String name, ActorKind kind) {
        String query = ActorAlias.normalize(name);
        if (query.isEmpty()) {
            return 0;
        }
        return ((Number) Panache.getEntityManager().createNativeQuery("SELECT count(DISTINCT al.actor_id) " + MATCHING)
                .setParameter("q", query).setParameter("kind", kind == null ? null : kind.name())
                .getSingleResult()).longValue();
    }
}
