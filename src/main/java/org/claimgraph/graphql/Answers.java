package org.claimgraph.graphql;

import io.quarkus.arc.Unremovable;
import jakarta.inject.Singleton;
import org.claimgraph.ClaimgraphConfig;
import org.hibernate.Session;
import org.hibernate.SessionFactory;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
 * statement that only reads the snapshot (0.07 ms) instead of building the answer (the headline at a
 * million claims: 3–6 ms of PostgreSQL's CPU, docs/BENCHMARKS.md, run 39).
 *
 * <p>Statements per request: one the first time a question is asked (the answer, with the snapshot it
 * was read in); one while its kept answer is current (the snapshot); two when a write has been committed
 * since (the snapshot, then the answer). When a write outdates an answer that many requests are asking
 * for, one of them reads it and the others wait for that answer and check its snapshot, instead of all
 * building it at once. With ten writes a second on the headline at 32 connections, every request that
 * found it outdated building it took the p99 from 24 to 80 ms; waiting for one read, then reading its
 * own, 135 ms (a write during that read set them all reading at once); waiting for up to three, 39 ms
 * (docs/BENCHMARKS.md, run 39).
 *
 * <p>At most {@code claimgraph.answer-cache.max-size} of answers is kept (their SQL and JSON text, two
 * bytes a character), the least recently asked leaving first; 0 keeps none and runs each statement as it
 * is.
 */
@Singleton
@Unremovable
public class Answers {

    private static final String SNAPSHOT = "SELECT pg_current_snapshot()::text";

    private final SessionFactory database;
    private final long budget;
    /** By question, least recently asked first. */
    private final LinkedHashMap<Question, Kept> kept = new LinkedHashMap<>(64, 0.75f, true);
    private long size;
    private final LongAdder read = new LongAdder();
    private final LongAdder givenAgain = new LongAdder();

    Answers(SessionFactory database, ClaimgraphConfig config) {
        this.database = database;
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

    /**
     * Answers read for others that a request waits for before it reads its own: when writes come faster than
     * the answer is read, each read is outdated by the time it is kept, and waiting on would starve.
     */
    private static final int MOST_WAITS = 3;

    /** Answers being read now, by question: who finds one outdated waits for it rather than read it too. */
    private final ConcurrentHashMap<Question, CompletableFuture<Void>> reading = new ConcurrentHashMap<>();

    /** The statement's JSON (its one row's one column), null when it has no row. */
    String read(SqlJson.Statement statement) {
        if (budget <= 0) {
            read.increment();
            return single(statement.sql(), binding(statement), row -> row.getString(1));
        }
        Question question = new Question(statement.sql(), statement.parameters());
        int waits = 0;
        while (true) {
            Kept before = lookUp(question);
            if (before != null && before.snapshot().equals(single(SNAPSHOT, query -> { }, row -> row.getString(1)))) {
                givenAgain.increment();
                return before.json();
            }
            CompletableFuture<Void> mine = new CompletableFuture<>();
            boolean alone = waits == MOST_WAITS;
            CompletableFuture<Void> theirs = alone ? null : reading.putIfAbsent(question, mine);
            if (theirs != null) {
                // then check the snapshot of what they read: a write this request must see may have come after it
                theirs.exceptionally(failed -> null).join();
                waits++;
                continue;
            }
            try {
                // the snapshot read by the statement that reads the answer: the one the answer was read in
                Kept now = single(SNAPSHOT + ", (" + statement.sql() + ")", binding(statement),
                        row -> new Kept(row.getString(1), row.getString(2)));
                read.increment();
                keep(question, now);
                return now.json();
            } finally {
                if (!alone) {
                    reading.remove(question, mine);
                    mine.complete(null);
                }
            }
        }
    }

    /** The statement's first row, read on a session of its own, which gives its connection back when done. */
    private <T> T single(String sql, SqlJson.Binder binder, SqlJson.RowReader<T> reader) {
        try (Session session = OwnSession.Opener.openForReading(database)) {
            List<T> rows = SqlJson.rows(session, sql, binder, reader);
            return rows.isEmpty() ? null : rows.get(0);
        }
    }

    private static SqlJson.Binder binding(SqlJson.Statement statement) {
        return query -> {
            for (int i = 0; i < statement.parameters().size(); i++) {
                query.setObject(i + 1, statement.parameters().get(i));
            }
        };
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
