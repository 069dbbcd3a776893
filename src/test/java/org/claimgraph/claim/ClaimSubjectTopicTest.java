package org.claimgraph.claim;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * claim_subject_topic (V4) is derived data that the `about` + `topic` filter trusts: after any
 * statement on claim_subject or claim_topic it must equal their join, or that filter answers wrong.
 */
@QuarkusTest
class ClaimSubjectTopicTest {

    private static final String MISMATCHES = """
            SELECT count(*) FROM (
              (SELECT s.actor_id, t.topic_id, s.claim_id FROM claim_subject s JOIN claim_topic t ON t.claim_id = s.claim_id
               EXCEPT SELECT actor_id, topic_id, claim_id FROM claim_subject_topic)
              UNION ALL
              (SELECT actor_id, topic_id, claim_id FROM claim_subject_topic
               EXCEPT SELECT s.actor_id, t.topic_id, s.claim_id FROM claim_subject s JOIN claim_topic t ON t.claim_id = s.claim_id)
            ) differing""";

    @Inject
    EntityManager em;

    private long number(String sql, Object... parameters) {
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private void run(String sql, Object... parameters) {
        jakarta.persistence.Query query = em.createNativeQuery(sql);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 1, parameters[i]);
        }
        query.executeUpdate();
    }

    private List<Long> pairsOf(long claim) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                "SELECT actor_id, topic_id FROM claim_subject_topic WHERE claim_id = ?1 ORDER BY actor_id, topic_id")
                .setParameter(1, claim).getResultList();
        return rows.stream().flatMap(row -> java.util.stream.Stream.of(((Number) row[0]).longValue(), ((Number) row[1]).longValue()))
                .toList();
    }

    @Test
    @TestTransaction
    void staysTheJoinOfSubjectsAndTopicsThroughEveryKindOfWrite() {
        assertTrue(number("SELECT count(*) FROM claim_subject_topic") > 0, "the corpus has claims about actors on topics");
        assertEquals(0, number(MISMATCHES), "after the corpus load");

        long claim = number("SELECT min(claim_id) FROM claim_topic");
        long topic = number("SELECT min(topic_id) FROM claim_topic WHERE claim_id = ?1", claim);
        long otherTopic = number("SELECT min(id) FROM topic WHERE id NOT IN (SELECT topic_id FROM claim_topic WHERE claim_id = ?1)", claim);
        long actor = number("SELECT min(id) FROM actor WHERE id NOT IN (SELECT actor_id FROM claim_subject WHERE claim_id = ?1)", claim);

        run("INSERT INTO claim_subject (claim_id, actor_id) VALUES (?1, ?2)", claim, actor);
        assertTrue(pairsOf(claim).containsAll(List.of(actor, topic)), "a new subject is paired with the claim's topics");
        assertEquals(0, number(MISMATCHES), "after an insert");

        run("UPDATE claim_topic SET topic_id = ?1 WHERE claim_id = ?2 AND topic_id = ?3", otherTopic, claim, topic);
        assertEquals(0, number(MISMATCHES), "after an update");
        assertEquals(0, number("SELECT count(*) FROM claim_subject_topic WHERE claim_id = ?1 AND topic_id = ?2", claim, topic));

        run("DELETE FROM claim_topic WHERE claim_id = ?1", claim);
        assertEquals(List.of(), pairsOf(claim), "a claim without topics has no pairs");
        assertEquals(0, number(MISMATCHES), "after a delete");

        long another = number("SELECT min(claim_id) FROM claim_subject_topic");
        run("DELETE FROM claim WHERE id = ?1", another);
        assertEquals(List.of(), pairsOf(another), "a deleted claim's pairs go with its subjects and topics");
        assertEquals(0, number(MISMATCHES), "after a cascading delete");

        run("TRUNCATE claim_topic");
        assertEquals(0, number("SELECT count(*) FROM claim_subject_topic"), "after a truncate");
    }
}
