package org.claimgraph.graphql;

import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import org.claimgraph.ClaimgraphConfig;
import org.hibernate.Session;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * The JSON of root fields built in SQL ({@link SqlJson}), kept with the PostgreSQL snapshot it was read
 * in and given again while the database's current snapshot is that same one.
 *
 * <p>Why that is exact: a snapshot ({@code pg_current_snapshot()}: the oldest transaction still running,
 * the next one to start, those running in between) decides which rows a statement sees, and whether a
 * finished transaction committed never changes. Two statements under equal snapshots see the same rows,
 * so a statement that depends on nothing else — the SQL here uses no clock, no random value, no
 * sequence; every connection has the same settings — gives the same answer. Any write committed
 * anywhere on the server since (an ingest, a review, a migration, another claimgraph, psql) moves the
 * snapshot on, and the next request reads afresh. So a question asked again on unchanged data costs a
 * statement that only reads the snapshot (about 0.13 ms) instead of building the answer (the headline at
 * a million claims: 2–6 ms of PostgreSQL's CPU, docs/BENCHMARKS.md, run 39).
 *
 * <p>At most {@code claimgraph.answer-cache.max-size} of answers is kept (their SQL and JSON text, two
 * bytes a character), the least recently asked leaving first; 0 keeps none and runs each statement as it
 * is.
 */
@Singleton
@Unremovable
public class Answers {

    /*
     * The current snapshot, and the answer unless that snapshot is the one given as the parameter: the
     * answer is an uncorrelated subquery, which PostgreSQL runs only when the CASE needs its value. Given
     * again, the statement costs about 0.13 ms (the snapshot alone 0.07 ms, and setting up the unused plan);
     * one statement either way, so a request's statements are the same whether its answer was kept or not.
     */
    private static final String UNLESS_UNCHANGED_PREFIX =
            "SELECT taken.snapshot, CASE WHEN taken.snapshot = ? THEN NULL ELSE (";
    private static final String UNLESS_UNCHANGED_SUFFIX =
            ") END FROM (SELECT pg_current_snapshot()::text AS snapshot) taken";

    private final long budget;
    /** By question, least recently asked first. */
    private final LinkedHashMap<Question, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);
    private long size;
    private final LongAdder read = new LongAdder();
    private final LongAdder givenAgain = new LongAdder();

    Answers(ClaimgraphConfig config) {
        budget = config.answerCache().maxSize().asLongValue();
    }

    /** Answers read by their statement, and answers given again, since start. */
    public record Counts(long read, long givenAgain) {
    }

    public Counts counts() {
        return new Counts(read.sum(), givenAgain.sum());
    }

    /** A statement and the values bound to it: what makes the answer, given the data. */
    private record Question(String sql, List<Object> parameters) {
    }

    private record Kept(String snapshot, String json) {
    }

    /** What a kept answer holds on to, counting two bytes a character (text that is not all Latin-1). */
    private static long bytes(Question question, Kept answer) {
        return 2L * (question.sql().length() + (answer.json() == null ? 0 : answer.json().length()));
    }

    /** The statement's JSON (its one row's one column), null when it has no row. */
    String read(Session session, SqlJson.Statement statement) {
        if (budget <= 0) {
            read.increment();
            return single(SqlJson.rows(session, statement.sql(), binding(statement, 1), row -> row.getString(1)));
        }
        Question question = new Question(statement.sql(), statement.parameters());
        Kept before = lookUp(question);
        Kept now = single(SqlJson.rows(session, UNLESS_UNCHANGED_PREFIX + statement.sql() + UNLESS_UNCHANGED_SUFFIX, query -> {
            query.setString(1, before == null ? null : before.snapshot());
            binding(statement, 2).bind(query);
        }, row -> new Kept(row.getString(1), row.getString(2))));
        if (before != null && before.snapshot().equals(now.snapshot())) {
            givenAgain.increment();
            return before.json();
        }
        read.increment();
        keep(question, now);
        return now.json();
    }

    private static SqlJson.Binder binding(SqlJson.Statement statement, int first) {
        return query -> {
            for (int i = 0; i < statement.parameters().size(); i++) {
                query.setObject(first + i, statement.parameters().get(i));
            }
        };
    }

    private static <T> T single(List<T> rows) {
        return rows.isEmpty() ? null : rows.get(0);
    }

    private synchronized Kept lookUp(Question question) {
        return kept.get(question);
    }

    private synchronized void keep(Question question, Kept answer) {
        Kept replaced = kept.remove(question);
        if (replaced != null) {
            size -= bytes(question, replaced);
        }
        long bytes = bytes(question, answer);
        if (bytes > budget / 8) {
            // one answer may not push out most of the others
            return;
        }
        kept.put(question, answer);
        size += bytes;
        for (Iterator<Map.Entry<Question, Kept>> oldest = kept.entrySet().iterator(); size > budget && oldest.hasNext(); ) {
            Map.Entry<Question, Kept> leaving = oldest.next();
            size -= bytes(leaving.getKey(), leaving.getValue());
            oldest.remove();
        }
    }
}
