package org.claimgraph.graphql;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.claimgraph.GraphQL;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A root field built in SQL and asked again is given its kept answer while nothing has been written since,
 * and read afresh as soon as a write is committed, by this service or anyone else.
 */
@QuarkusTest
class AnswersTest {

    private static final String ARTICLE = """
            query ($id: ID!) {
              article(id: $id) {
                id title
                outlet { name }
                claims(first: 3) { totalCount nodes { id statement sources { name } } }
              }
            }
            """;

    @Inject
    Answers answers;

    @Inject
    EntityManager em;

    @Inject
    DataSource dataSource;

    @Test
    void anAnswerIsGivenAgainUntilAWriteIsCommitted() {
        String id = GraphQL.post("{ articles(first: 100) { nodes { id corpusFile } } }").extract().jsonPath()
                .getString("data.articles.nodes.find { it.corpusFile == '002_d860a694a6b91d16.txt' }.id");
        String first = ask(id);
        // PostgreSQL's spacing: the field was built in SQL, the path that keeps answers
        assertTrue(first.contains("\"title\" : "), first);

        Answers.Counts before = answers.counts();
        String again = ask(id);
        Answers.Counts after = answers.counts();
        assertEquals(first, again);
        assertEquals(before.givenAgain() + 1, after.givenAgain(), "given again");
        assertEquals(before.read(), after.read(), "read");

        String title = GraphQL.post(ARTICLE, Map.of("id", id)).extract().jsonPath().getString("data.article.title");
        retitle(id, title + " (retitled)");
        try {
            before = answers.counts();
            String changed = ask(id);
            after = answers.counts();
            assertNotEquals(first, changed);
            assertEquals(first.replace(title, title + " (retitled)"), changed, "the same answer but the title");
            assertEquals(before.read() + 1, after.read(), "read after the write");
            assertEquals(before.givenAgain(), after.givenAgain(), "given again after the write");
        } finally {
            retitle(id, title);
        }
        assertEquals(first, ask(id), "read again after the title was put back");
    }

    @Test
    void aWriteOfAnotherTableReadsTheAnswerAgainAlike() {
        String id = GraphQL.post("{ articles(first: 1) { nodes { id } } }").extract().jsonPath().getString("data.articles.nodes[0].id");
        String first = ask(id);
        ask(id);
        // any committed write moves the snapshot on; the answer is read again and comes out the same
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("SELECT pg_current_xact_id()").getSingleResult());
        Answers.Counts before = answers.counts();
        assertEquals(first, ask(id));
        assertEquals(before.read() + 1, answers.counts().read(), "read after an unrelated transaction");
    }

    /**
     * Requests that find the same answer outdated wait for one of them to read it. The reading statement is
     * held up by a lock on the articles table while eight requests for the article are in flight: one of
     * them must be blocked in PostgreSQL, not eight, and they must all get the answer read once.
     */
    @Test
    void requestsFindingAnAnswerOutdatedReadItOnce() throws Exception {
        String id = GraphQL.post("{ articles(first: 1) { nodes { id } } }").extract().jsonPath().getString("data.articles.nodes[0].id");
        String first = ask(id);
        // a committed write outdates the kept answer (a transaction still running is in no snapshot yet)
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("SELECT pg_current_xact_id()").getSingleResult());
        int requests = 8;
        ExecutorService clients = Executors.newFixedThreadPool(requests);
        try (Connection locker = dataSource.getConnection(); Connection watcher = dataSource.getConnection()) {
            locker.setAutoCommit(false);
            locker.createStatement().execute("LOCK TABLE article IN ACCESS EXCLUSIVE MODE");
            Answers.Counts before = answers.counts();
            List<Future<String>> answered = new ArrayList<>();
            for (int i = 0; i < requests; i++) {
                answered.add(clients.submit(() -> ask(id)));
            }
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (blockedOnALock(watcher) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(1_000); // the other requests reach the answer being read
            assertEquals(1, blockedOnALock(watcher), "statements waiting for the lock");
            locker.rollback();
            for (Future<String> answer : answered) {
                assertEquals(first, answer.get(30, TimeUnit.SECONDS));
            }
            Answers.Counts after = answers.counts();
            assertEquals(before.read() + 1, after.read(), "read");
            assertEquals(before.givenAgain() + requests - 1, after.givenAgain(), "given again");
        } finally {
            clients.shutdownNow();
        }
    }

    private static int blockedOnALock(Connection watcher) throws SQLException {
        try (ResultSet count = watcher.createStatement().executeQuery(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
            count.next();
            return count.getInt(1);
        }
    }

    private static String ask(String id) {
        return GraphQL.post(ARTICLE, Map.of("id", id)).body("errors", nullValue()).extract().asString();
    }

    private void retitle(String id, String title) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("UPDATE article SET title = :title WHERE id = :id")
                .setParameter("title", title).setParameter("id", Long.parseLong(id)).executeUpdate());
    }
}
