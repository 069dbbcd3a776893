package org.claimgraph.graphql;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.GraphQL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A page's nested batched fields without arguments are resolved with the page ({@link Preload}), and
 * they answer exactly what the data-loader path answers: each claim of a corpus article is asked for
 * once inside the article's claims page and once on its own (`claim(id)`, a root field, so no page).
 */
@QuarkusTest
class PreloadTest {

    private static final String CLAIM_FIELDS = """
            id statement
            article { id title outlet { name } }
            sources { name kind }
            subjects { name }
            topics
            quantity { text amount currency }
            """;

    private static final String PAGE = """
            query ($id: ID!) {
              article(id: $id) { claims(first: 100) { totalCount nodes { %s } } }
            }""".formatted(CLAIM_FIELDS);

    private static final String ONE_CLAIM = """
            query ($id: ID!) { claim(id: $id) { %s } }""".formatted(CLAIM_FIELDS);

    private final Logger preloadLog = Logger.getLogger(Preload.class.getName());
    private final List<String> resolvedAhead = Collections.synchronizedList(new ArrayList<>());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
            resolvedAhead.add(logRecord.getMessage().split(" ")[0]); // "Claim.sources resolved with the page for …"
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level previousLevel;

    @BeforeEach
    void captureDebugLines() {
        previousLevel = preloadLog.getLevel();
        preloadLog.setLevel(Level.FINE);
        preloadLog.addHandler(capture);
    }

    @AfterEach
    void stopCapturing() {
        preloadLog.removeHandler(capture);
        preloadLog.setLevel(previousLevel);
    }

    @Test
    void nestedFieldsOfAPageComeWithThePage() {
        GraphQL.post(PAGE, Map.of("id", articleWithMostClaims())).body("errors", org.hamcrest.Matchers.nullValue());
        for (String field : List.of("Claim.article", "Article.outlet", "Claim.sources", "Claim.subjects", "Claim.topics",
                "Claim.quantity")) {
            assertTrue(resolvedAhead.contains(field), field + " was not resolved with the page: " + resolvedAhead);
        }
        assertFalse(resolvedAhead.contains("Article.claims"), "a field with arguments keeps its data loader");
    }

    @Test
    void pageAndDataLoaderAnswerAlike() {
        JsonPath page = GraphQL.post(PAGE, Map.of("id", articleWithMostClaims()))
                .body("errors", org.hamcrest.Matchers.nullValue()).extract().jsonPath();
        List<Map<String, Object>> nodes = page.getList("data.article.claims.nodes");
        assertTrue(nodes.size() >= 5, "the article has claims with sources to compare: " + nodes.size());
        assertTrue(nodes.stream().anyMatch(node -> !((List<?>) node.get("sources")).isEmpty()), "some claims have sources");
        resolvedAhead.clear();
        for (Map<String, Object> node : nodes) {
            Map<String, Object> alone = GraphQL.post(ONE_CLAIM, Map.of("id", node.get("id")))
                    .body("errors", org.hamcrest.Matchers.nullValue()).extract().jsonPath().getMap("data.claim");
            assertEquals(alone, node, "claim " + node.get("id"));
        }
        assertTrue(resolvedAhead.isEmpty(), "a single claim has no page: " + resolvedAhead);
    }

    private static String articleWithMostClaims() {
        List<Map<String, Object>> articles = GraphQL.post("{ articles(first: 100) { nodes { id claims(first: 1) { totalCount } } } }")
                .extract().jsonPath().getList("data.articles.nodes");
        return articles.stream()
                .max((a, b) -> Integer.compare(total(a), total(b)))
                .map(article -> (String) article.get("id")).orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static int total(Map<String, Object> article) {
        return (Integer) ((Map<String, Object>) article.get("claims")).get("totalCount");
    }
}
