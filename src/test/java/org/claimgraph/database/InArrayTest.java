package org.claimgraph.database;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.claimgraph.topic.Topic;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `in_array` finds the rows of no, one or many ids, duplicates and unknown ids included. (That it
 * spares Hibernate a translation per request shows in the bench profiles, docs/BENCHMARKS.md.)
 */
@QuarkusTest
class InArrayTest {

    private static final String BY_IDS = "select t from Topic t where in_array(t.id, :ids) order by t.id";

    @Inject
    EntityManager em;

    private List<Long> topics(List<Long> ids) {
        return em.createQuery(BY_IDS, Topic.class).setParameter("ids", InArray.of(ids)).getResultList()
                .stream().map(topic -> topic.id).toList();
    }

    @Test
    @TestTransaction
    void findsTheRowsOfNoneOneOrManyIds() {
        List<Long> all = em.createQuery("select t.id from Topic t order by t.id", Long.class).getResultList();
        assertTrue(all.size() >= 3, "the corpus files topics");

        assertEquals(List.of(), topics(List.of()));
        assertEquals(all.subList(0, 1), topics(all.subList(0, 1)));
        assertEquals(all.subList(0, 3), topics(List.of(all.get(2), all.get(0), all.get(1), all.get(0), -1L)));
    }
}
