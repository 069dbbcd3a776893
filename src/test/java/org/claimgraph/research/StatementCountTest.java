package org.claimgraph.research;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.claimgraph.GraphQL;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The number of SQL statements a request issues must not grow with the rows it returns: the three
 * contract queries are run on the corpus, then on the same database with ten times the articles,
 * claims and sources, and must issue exactly as many statements. The copies are removed at the end.
 */
@QuarkusTest
class StatementCountTest {

    private static final String COPIES = "statement-count-test";
    private static final Logger LOG = Logger.getLogger(StatementCountTest.class);

    @Inject
    EntityManager em;

    @Inject
    SessionFactory sessionFactory;

    @Test
    void statementsDoNotGrowWithTheData() {
        String articleId = GraphQL.post("{ articles(first: 100) { nodes { id corpusFile } } }").extract().jsonPath()
                .getString("data.articles.nodes.find { it.corpusFile == '004_920713c5ea0235c0.txt' }.id");
        Map<String, Map<String, Object>> queries = new LinkedHashMap<>();
        queries.put("wagner-payments-by-source.graphql", Map.of());
        queries.put("actor-by-any-name.graphql", Map.of("name", "Wagner"));
        queries.put("article-detail.graphql", Map.of("id", articleId));

        Map<String, Measure> corpus = measure(queries);
        long curatedHeadline = curatedHeadlineClaims();
        try {
            multiplyTheCorpus(9);
            Map<String, Measure> tenfold = measure(queries);
            assertEquals(10 * curatedHeadline, curatedHeadlineClaims(), "the headline's corpus claims, ten times over");
            for (String query : queries.keySet()) {
                LOG.infof("%s: %d SQL statements on the corpus (%d bytes), %d on ten times the data (%d bytes)", query,
                        corpus.get(query).statements(), corpus.get(query).bytes(),
                        tenfold.get(query).statements(), tenfold.get(query).bytes());
                assertEquals(corpus.get(query).statements(), tenfold.get(query).statements(),
                        query + ": statements on the corpus vs ten times the data");
                assertTrue(corpus.get(query).statements() <= 12, query + " issues " + corpus.get(query).statements());
            }
            // Every field of the article detail is one PostgreSQL builds (SqlJson): one statement answers it, after
            // one that finds the answer kept from the warm request outdated (Answers).
            assertEquals(2, corpus.get("article-detail.graphql").statements(), "article-detail.graphql");
            // So is the headline's (ClaimGroupsInSql), the actor and topic it names looked up inside the statement.
            assertEquals(2, corpus.get("wagner-payments-by-source.graphql").statements(), "wagner-payments-by-source.graphql");
            // Other tests' ingested claims are in both answers and its groups are capped at 20: more, not ten times more.
            assertTrue(tenfold.get("wagner-payments-by-source.graphql").bytes() > corpus.get("wagner-payments-by-source.graphql").bytes(),
                    "the headline returns more rows on ten times the data");
        } finally {
            removeCopies();
        }
    }

    private record Measure(long statements, int bytes) {
    }

    private static long curatedHeadlineClaims() {
        return GraphQL.post("{ claims(filter: { about: \"Wagner\", topic: \"payments\", provenance: CURATED }) { totalCount } }")
                .extract().jsonPath().getLong("data.claims.totalCount");
    }

    private Map<String, Measure> measure(Map<String, Map<String, Object>> queries) {
        Statistics statistics = sessionFactory.getStatistics();
        Map<String, Measure> measures = new LinkedHashMap<>();
        queries.forEach((name, variables) -> {
            GraphQL.post(GraphQL.document(name), variables); // warm: first-use look-ups are not per request
            // a committed write outdates the answer kept by the warm request (graphql.Answers): measured is a request
            // that builds its answer, not one given it again
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("SELECT pg_current_xact_id()").getSingleResult());
            statistics.clear();
            String body = GraphQL.post(GraphQL.document(name), variables)
                    .body("errors", org.hamcrest.Matchers.nullValue()).extract().asString();
            measures.put(name, new Measure(statistics.getPrepareStatementCount(), body.length()));
        });
        return measures;
    }

    /** Copies every corpus article with its claims, chains, subjects, topics and quantities, and every source. */
    private void multiplyTheCorpus(int copies) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                DO $$
                DECLARE
                    k int; a record; c record; new_article bigint; new_claim bigint;
                BEGIN
                    CREATE TEMP TABLE source_copy (old_id bigint, new_id bigint) ON COMMIT DROP;
                    FOR k IN 1..%d LOOP
                        DELETE FROM source_copy;
                        INSERT INTO source_copy SELECT s.id, nextval(pg_get_serial_sequence('source', 'id'))
                          FROM source s WHERE s.key IS NOT NULL;
                        INSERT INTO source (id, kind, name, actor_id, anonymous_count, description)
                          SELECT m.new_id, s.kind, s.name || ' #' || k, s.actor_id, s.anonymous_count, '%s'
                          FROM source s JOIN source_copy m ON m.old_id = s.id;
                        FOR a IN SELECT * FROM article WHERE corpus_file IS NOT NULL LOOP
                            INSERT INTO article (title, outlet_id, author, published_on, updated_on, language, raw_text,
                                                 clean_text, content_hash, word_count, loaded_by)
                            VALUES (a.title, a.outlet_id, a.author, a.published_on, a.updated_on, a.language, a.raw_text,
                                    a.clean_text, md5(a.content_hash || k) || md5(k || a.content_hash), a.word_count, '%s')
                            RETURNING id INTO new_article;
                            INSERT INTO mention (article_id, actor_id, surface, start_offset, end_offset)
                              SELECT new_article, actor_id, surface, start_offset, end_offset FROM mention WHERE article_id = a.id;
                            FOR c IN SELECT * FROM claim WHERE article_id = a.id LOOP
                                INSERT INTO claim (article_id, statement, quote, prefix, suffix, start_offset, end_offset,
                                                   reporting_verb, stance, refers_from, refers_to, refers_precision, provenance,
                                                   curator, pipeline_version, confidence, review_status, rank, note)
                                VALUES (new_article, c.statement, c.quote, c.prefix, c.suffix, c.start_offset, c.end_offset,
                                        c.reporting_verb, c.stance, c.refers_from, c.refers_to, c.refers_precision, c.provenance,
                                        c.curator, c.pipeline_version, c.confidence, c.review_status, c.rank, c.note)
                                RETURNING id INTO new_claim;
                                INSERT INTO claim_source SELECT new_claim, cs.position, m.new_id
                                  FROM claim_source cs JOIN source_copy m ON m.old_id = cs.source_id WHERE cs.claim_id = c.id;
                                INSERT INTO claim_subject SELECT new_claim, actor_id FROM claim_subject WHERE claim_id = c.id;
                                INSERT INTO claim_topic SELECT new_claim, topic_id FROM claim_topic WHERE claim_id = c.id;
                                INSERT INTO quantity (claim_id, position, text, kind, amount, unit, period, lower_bound,
                                                      upper_bound, usd_per_month)
                                  SELECT new_claim, position, text, kind, amount, unit, period, lower_bound, upper_bound, usd_per_month
                                  FROM quantity WHERE claim_id = c.id;
                            END LOOP;
                        END LOOP;
                    END LOOP;
                END $$
                """.formatted(copies, COPIES, COPIES)).executeUpdate());
        long articles = ((Number) em.createNativeQuery("SELECT count(*) FROM article").getSingleResult()).longValue();
        assertTrue(articles >= 10 * 5, "ten times the corpus: " + articles + " articles");
    }

    private void removeCopies() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("DELETE FROM article WHERE loaded_by = :copies").setParameter("copies", COPIES).executeUpdate();
            em.createNativeQuery("DELETE FROM source WHERE description = :copies").setParameter("copies", COPIES).executeUpdate();
        });
        List<?> left = em.createNativeQuery("SELECT id FROM article WHERE loaded_by = :copies").setParameter("copies", COPIES).getResultList();
        assertEquals(0, left.size());
    }
}
