package org.claimgraph.graphql;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.claimgraph.claim.Claim;
import org.claimgraph.claim.ClaimConnection;
import org.claimgraph.claim.ClaimEdge;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.query.spi.QueryInterpretationCache;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Pages read for one parent and for many at once hold the same children, and the statements that read them
 * keep one cached plan each whatever the number of parents, so Hibernate plans them once.
 */
@QuarkusTest
class BatchedPagesTest {

    @Inject
    EntityManager em;

    /** The claims of articles in text order, as a list of its own: no other test has cached its statements' plans. */
    private static final BatchedPages CLAIMS_OF_ARTICLE = new BatchedPages(
            "SELECT article_id AS parent_id, id AS child_id FROM claim WHERE id > 0", "claim", "start_offset");

    /** Pages of one claim: every article below has more, so each first page is full and each article counted. */
    private static final Page ONE_COUNTED = new Page(1, null, true);

    private List<Long> articlesWithClaims() {
        List<Long> articles = em.createQuery("select c.article.id from Claim c group by c.article.id having count(c) >= 2 order by 1",
                Long.class).getResultList();
        assertTrue(articles.size() >= 3, "the corpus has several articles with claims");
        return articles;
    }

    private Map<Long, List<Long>> pages(List<Long> articles) {
        List<ClaimConnection> connections = CLAIMS_OF_ARTICLE.connections(em, articles, ONE_COUNTED, Claim.class,
                ClaimEdge::new, ClaimConnection::new);
        assertEquals(articles.size(), connections.size());
        return articles.stream().collect(Collectors.toMap(article -> article,
                article -> connections.get(articles.indexOf(article)).getNodes().stream().map(claim -> claim.id).toList()));
    }

    @Test
    @TestTransaction
    void oneParentAndManyGetTheSamePages() {
        List<Long> articles = articlesWithClaims();
        Map<Long, List<Long>> together = pages(articles);
        for (Long article : articles) {
            List<Long> alone = pages(List.of(article)).get(article);
            assertEquals(alone, together.get(article), "article " + article);
            assertEquals(1, alone.size(), "article " + article);
        }
    }

    @Test
    @TestTransaction
    void aPageAndItsCountKeepOneCachedPlanEachWhateverTheNumberOfParents() {
        QueryInterpretationCache plans = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getQueryEngine().getInterpretationCache();
        List<Long> articles = articlesWithClaims();
        int before = plans.getNumberOfCachedQueryPlans();
        for (int parents = 2; parents <= articles.size(); parents++) {
            List<ClaimConnection> connections = CLAIMS_OF_ARTICLE.connections(em, articles.subList(0, parents), ONE_COUNTED,
                    Claim.class, ClaimEdge::new, ClaimConnection::new);
            assertTrue(connections.stream().allMatch(connection -> connection.getTotalCount() >= 2), "every article is counted");
            // the page statement and the count of the parents whose first page was full
            assertEquals(before + 2, plans.getNumberOfCachedQueryPlans(), "plans cached after " + parents + " parents");
        }
    }
}
