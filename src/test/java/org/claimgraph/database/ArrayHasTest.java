package org.claimgraph.database;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.claimgraph.topic.Topic;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `array_has` finds the rows of no, one or many ids, duplicates and unknown ids included, and a query
 * using it keeps one cached plan whatever the number of ids, so Hibernate translates it to SQL once.
 */
@QuarkusTest
class ArrayHasTest {

    private static final String BY_IDS = "select t from Topic t where array_has(:ids, t.id) order by t.id";

    @Inject
    EntityManager em;

    private List<Long> topics(List<Long> ids) {
        return em.createQuery(BY_IDS, Topic.class).setParameter("ids", ArrayHas.of(ids)).getResultList()
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

    @Test
    @TestTransaction
    void aQueryKeepsOneCachedPlanWhateverTheNumberOfIds() {
        QueryInterpretationCache plans = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getQueryEngine().getInterpretationCache();
        // a query text of its own, so that no other test has cached its plan already
        String query = "select t from Topic t where array_has(:ids, t.id) and t.slug <> 'no such topic'";
        int before = plans.getNumberOfCachedQueryPlans();
        for (List<Long> ids : List.of(List.of(1L), List.of(1L, 2L), List.of(3L, 2L, 1L))) {
            em.createQuery(query, Topic.class).setParameter("ids", ArrayHas.of(ids)).getResultList();
            assertEquals(before + 1, plans.getNumberOfCachedQueryPlans(), "plans cached after " + ids.size() + " ids");
        }
    }
}
