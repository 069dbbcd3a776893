package org.claimgraph.article;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.GraphQL;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** `articles` with a filter and an order: three articles of an outlet made up for each test, and the corpus. */
@QuarkusTest
class ArticleListTest {

    private static final String INGEST = """
            mutation ($input: IngestArticleInput!) {
              ingestArticle(input: $input) { article { id outlet { id } } }
            }
            """;

    private static final String ARTICLES = """
            query ($filter: ArticleFilter, $orderBy: ArticleOrder, $first: Int, $after: String) {
              articles(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
                totalCount
                nodes { id title corpusFile }
                pageInfo { hasNextPage endCursor }
              }
            }
            """;

    /** The ids of three articles of one new outlet, stored in this order, and the outlet's id. */
    private record Outlet(String id, String early, String late, String undated, String lateUrl) {
    }

    private static Outlet threeArticles() {
        String marker = UUID.randomUUID().toString();
        String outlet = "Sahel Ledger " + marker.substring(0, 8);
        String early = store(Map.of("text", text("The Wagner Group was paid in gold, officials said.", marker, 1),
                "outlet", outlet, "publishedAt", "2021-09-10", "language", "en-GB"));
        String lateUrl = "https://ledger.example/" + marker;
        String late = store(Map.of("text", text("The junta postponed the elections, a minister said.", marker, 2),
                "outlet", outlet, "publishedAt", "2021-09-20", "language", "fr", "url", lateUrl));
        String undated = store(Map.of("text", text("Diplomats met in Bamako, the ministry said.", marker, 3),
                "outlet", outlet, "language", "en"));
        String outletId = GraphQL.post("query ($id: ID!) { article(id: $id) { outlet { id } } }", Map.of("id", early))
                .extract().path("data.article.outlet.id");
        return new Outlet(outletId, early, late, undated, lateUrl);
    }

    private static String text(String sentence, String marker, int n) {
        return "Report " + n + " " + marker + "\n\n" + sentence + " Reference " + marker + "-" + n + ".\n";
    }

    private static String store(Map<String, Object> input) {
        return GraphQL.post(INGEST, Map.of("input", input)).body("errors", nullValue())
                .extract().path("data.ingestArticle.article.id");
    }

    private static JsonPath articles(Map<String, Object> filter, String orderBy) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("filter", filter);
        variables.put("orderBy", orderBy);
        variables.put("first", 100);
        return GraphQL.post(ARTICLES, variables).body("errors", nullValue()).extract().jsonPath();
    }

    private static List<String> ids(Map<String, Object> filter, String orderBy) {
        return articles(filter, orderBy).getList("data.articles.nodes.id");
    }

    @Test
    void anOutletsArticlesComeInTheOrderAskedFor() {
        Outlet o = threeArticles();
        Map<String, Object> byOutlet = Map.of("outlet", o.id());
        assertEquals(List.of(o.early(), o.late(), o.undated()), ids(byOutlet, "STORED"));
        assertEquals(List.of(o.undated(), o.late(), o.early()), ids(byOutlet, "NEWEST"));
        assertEquals(List.of(o.early(), o.late(), o.undated()), ids(byOutlet, "PUBLISHED"));
        assertEquals(List.of(o.late(), o.early(), o.undated()), ids(byOutlet, "PUBLISHED_DESC"));
        assertEquals(3, articles(byOutlet, null).getInt("data.articles.totalCount"));
    }

    @Test
    void datesLanguageUrlAndMentionsNarrowTheList() {
        Outlet o = threeArticles();
        assertEquals(List.of(o.late()), ids(Map.of("outlet", o.id(), "from", "2021-09-15"), null));
        assertEquals(List.of(o.early()), ids(Map.of("outlet", o.id(), "to", "2021-09-15"), null));
        assertEquals(List.of(o.early(), o.late()), ids(Map.of("outlet", o.id(), "from", "2021-09-10", "to", "2021-09-20"), null));
        assertEquals(List.of(o.early(), o.undated()), ids(Map.of("outlet", o.id(), "language", "en"), null));
        assertEquals(List.of(o.early()), ids(Map.of("outlet", o.id(), "language", "en-GB"), null));
        assertEquals(List.of(o.late()), ids(Map.of("url", "  " + o.lateUrl() + " "), null));
        assertEquals(List.of(o.early()), ids(Map.of("outlet", o.id(), "mentions", "Wagner Group"), null));
        assertEquals(List.of(), ids(Map.of("outlet", o.id(), "reusing", true), null));
    }

    @Test
    void aPublishedOrderIsPagedByItsOwnCursors() {
        Outlet o = threeArticles();
        Map<String, Object> variables = new HashMap<>(Map.of("filter", Map.of("outlet", o.id()), "orderBy", "PUBLISHED_DESC", "first", 2));
        JsonPath first = GraphQL.post(ARTICLES, variables).body("errors", nullValue()).extract().jsonPath();
        assertEquals(List.of(o.late(), o.early()), first.getList("data.articles.nodes.id"));
        assertEquals(true, first.getBoolean("data.articles.pageInfo.hasNextPage"));
        variables.put("after", first.getString("data.articles.pageInfo.endCursor"));
        GraphQL.post(ARTICLES, variables).body("errors", nullValue())
                .body("data.articles.nodes.id", equalTo(List.of(o.undated())))
                .body("data.articles.pageInfo.hasNextPage", equalTo(false));
        variables.put("orderBy", "STORED");
        GraphQL.post(ARTICLES, variables).body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void theCorpusArticlesThatShareRewrittenPassagesAreTheReusingOnes() {
        List<String> reusing = articles(Map.of("reusing", true), null).getList("data.articles.nodes.corpusFile");
        assertEquals(List.of("001", "002", "004"), reusing.stream().filter(file -> file != null)
                .map(file -> file.substring(0, 3)).sorted().toList());
        // the corpus is stored before any test runs, so its articles that share nothing come first
        List<String> notReusing = articles(Map.of("reusing", false), "STORED").getList("data.articles.nodes.corpusFile");
        assertEquals(List.of("000", "003"), notReusing.stream().filter(file -> file != null)
                .map(file -> file.substring(0, 3)).sorted().toList());
    }

    @Test
    void aFilterThatCannotHoldIsAnErrorNamingIt() {
        GraphQL.post(ARTICLES, Map.of("filter", Map.of("from", "2021-10-01", "to", "2021-09-01")))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("`from` (2021-10-01) is after `to` (2021-09-01)"));
        GraphQL.post(ARTICLES, Map.of("filter", Map.of("outlet", "Zzyzx Qwv Daily " + UUID.randomUUID())))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.post(ARTICLES, Map.of("filter", Map.of("url", "   ")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post(ARTICLES, Map.of("filter", Map.of("language", "English")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }
}
