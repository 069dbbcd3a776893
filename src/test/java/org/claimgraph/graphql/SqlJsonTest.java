package org.claimgraph.graphql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import org.claimgraph.GraphQL;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A root field answered by {@link SqlJson} answers exactly what the resolvers answer: the same values,
 * scalar text, nulls, rows, order and keys. Each document is asked twice: as it is, which PostgreSQL
 * builds, and with one field {@link SqlJson} does not cover added to the same root field (an
 * article's {@code mentions}, a claim's {@code relations} or {@code topicDetails}), which sends the whole field to the
 * resolvers; the two answers, that field removed, must be the same JSON text. Which path answered is
 * told by the text itself: PostgreSQL writes {@code "key" : value}, our writer {@code "key":value}.
 */
@QuarkusTest
class SqlJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CLAIM = """
            __typename id key statement quote prefix suffix startOffset endOffset reportingVerb stance
            refersFrom refersTo refersPrecision provenance curator pipelineVersion rank reviewStatus reviewedBy note
            sources { __typename id name kind description anonymousCount actor { id name kind } }
            subjects { id name kind country description reviewStatus __typename }
            topics
            """;

    private static final String ARTICLE = """
            __typename id title url author language publishedAt updatedAt wordCount corpusFile contentHash loadedBy
            outlet { __typename id name kind country description reviewStatus }
            claims(first: 100, includeDeprecated: true) {
              __typename totalCount
              pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
              edges { __typename cursor node { %s } }
              nodes { id article { id title } }
            }
            firstTwo: claims(first: 2) {
              totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id rank } }
            }
            standing: claims { totalCount nodes { id rank } }
            """.formatted(CLAIM);

    @Test
    void everyCoveredFieldOfAnArticleIsWhatTheResolversAnswer() {
        List<String> ids = new ArrayList<>(GraphQL.post("{ articles(first: 100) { nodes { id corpusFile } } }")
                .extract().jsonPath().getList("data.articles.nodes.findAll { it.corpusFile != null }.id"));
        assertEquals(5, ids.size(), "the corpus articles");
        ids.add(articleWithADeprecatedClaim());
        for (String id : ids) {
            assertBothWaysAlike("query ($id: ID!) { article(id: $id) { " + ARTICLE + " } }", id, "article", "loadedBy", "mentions { count }");
        }
    }

    @Test
    void aClaimByIdIsWhatTheResolversAnswer() {
        List<String> ids = GraphQL.post("{ claims(first: 40) { nodes { id } } }").extract().jsonPath().getList("data.claims.nodes.id");
        assertFalse(ids.isEmpty());
        for (String id : ids) {
            assertBothWaysAlike("query ($id: ID!) { claim(id: $id) { " + CLAIM + " article { id title outlet { name } } } }",
                    id, "claim", "topics", "relations { type }");
        }
    }

    /**
     * The document answered by PostgreSQL, and by the resolvers once {@code uncovered} is selected after
     * {@code after} in the root field; alike but for that field.
     */
    private static void assertBothWaysAlike(String document, String id, String root, String after, String uncovered) {
        JsonNode built = answer(document, Map.of("id", id), true);
        JsonNode resolved = answer(document.replace(after, after + " " + uncovered), Map.of("id", id), false);
        ((ObjectNode) resolved.get(root)).remove(uncovered.substring(0, uncovered.indexOf(' ')));
        assertEquals(resolved.toString(), built.toString(), root + " " + id);
    }

    @Test
    void theClaimsOfGroupsAreWhatTheResolversAnswer() {
        String headline = GraphQL.document("wagner-payments-by-source.graphql");
        for (String document : List.of(headline, headline.replace("claims(first: 20)", "claims(first: 1)"),
                headline.replace("by: SOURCE", "by: TOPIC").replace("source { id name kind }", "topic { slug }"),
                """
                { claimGroups(by: ARTICLE, filter: { about: "Wagner" }) {
                    count article { id }
                    claims(first: 3) { __typename totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                      edges { cursor node { id rank quantities { text kind amount unit period } subjects { name } topics } }
                      nodes { id article { title } } } } }
                """)) {
            JsonNode built = answer(document, Map.of(), true);
            JsonNode resolved = answer(document.replaceAll("node \\{\\s*", "node { topicDetails { slug } "), Map.of(), false);
            resolved.findParents("topicDetails").forEach(node -> ((ObjectNode) node).remove("topicDetails"));
            assertFalse(built.get("claimGroups").isEmpty(), document);
            assertEquals(resolved.toString(), built.toString(), document);
        }
    }

    @Test
    void claimGroupsWholeAreWhatTheResolversAnswer() {
        JsonNode corpus = answer("{ claims(first: 100) { nodes { article { id outlet { id } } sources { id } subjects { id name } } } }",
                Map.of(), true).at("/claims/nodes");
        String outlet = answer("{ claimGroups(by: OUTLET, first: 10) { outlet { id } } }", Map.of(), true).findValues("outlet").stream()
                .filter(JsonNode::isObject).findFirst().orElseThrow().get("id").asText();
        String article = corpus.at("/0/article/id").asText();
        String source = corpus.at("/0/sources/0/id").asText();
        String wagner = corpus.findValues("subjects").stream().flatMap(subjects -> java.util.stream.StreamSupport.stream(subjects.spliterator(), false))
                .filter(subject -> subject.get("name").asText().equals("Wagner Group")).findFirst().orElseThrow().get("id").asText();
        String claims = "claims(first: 3) { __typename totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } "
                + "edges { cursor node { id rank stance sources { name } } } nodes { id quote article { title outlet { name } } } }";
        for (String document : List.of(
                GraphQL.document("wagner-payments-by-source.graphql"),
                "{ claimGroups(by: SOURCE, filter: { about: \"Wagner\", topic: \"payments\" }) { __typename count cursor "
                        + "source { __typename id name kind description anonymousCount actor { id name } } outlet { id } " + claims + " } }",
                "{ claimGroups(by: OUTLET, filter: { about: \"Wagner\" }) { count cursor outlet { id name kind } source { id } "
                        + "two: claims(first: 2) { nodes { id } } " + claims + " } }",
                "{ claimGroups(by: ACTOR, first: 3, filter: { topic: \"payments\", includeDeprecated: true }) { count "
                        + "actor { id name } claims { totalCount nodes { id } } } }",
                "{ claimGroups(by: ARTICLE, filter: { about: \"%s\" }) { count article { id title outlet { name } } %s } }"
                        .formatted(wagner, claims),
                "{ claimGroups(by: STANCE, filter: { about: \"wagner  GROUP\" }) { count cursor %s } }".formatted(claims),
                "{ claimGroups(by: MONTH, filter: { outlet: \"%s\", text: \"paid\" }) { count %s } }".formatted(outlet, claims),
                "{ claimGroups(by: TOPIC, filter: { source: \"%s\" }) { count claims(first: 1) { nodes { id } } } }".formatted(source),
                "{ claimGroups(by: SOURCE, first: 100, filter: { article: \"%s\" }) { count source { name } } }".formatted(article),
                "{ claimGroups(by: SOURCE, filter: { about: \"Wagner\", topic: \"mining\" }) { count source { name } } }")) {
            JsonNode built = answer(document, Map.of(), true);
            assertTrue(GraphQL.post(document).extract().asString().contains("\"count\" : "), "the groups built by PostgreSQL: " + document);
            // a field the statement does not build sends the whole field to the resolvers
            JsonNode resolved = answer(document.replaceFirst("count", "count usdPerMonth { count }")
                    .replaceAll("(nodes|node) \\{\\s*", "$1 { topicDetails { slug } "), Map.of(), false);
            resolved.get("claimGroups").forEach(group -> ((ObjectNode) group).remove("usdPerMonth"));
            resolved.findParents("topicDetails").forEach(node -> ((ObjectNode) node).remove("topicDetails"));
            assertEquals(resolved.toString(), built.toString(), document);
        }
    }

    @Test
    void claimGroupsTheStatementDoesNotAnswerAreTheResolvers() {
        // a group cursor from PostgreSQL, continued by the resolvers
        JsonNode four = answer("{ claimGroups(by: SOURCE, first: 4) { cursor source { name } } }", Map.of(), true);
        JsonNode next = answer("query ($after: String) { claimGroups(by: SOURCE, first: 2, after: $after) { cursor source { name } } }",
                Map.of("after", four.at("/claimGroups/1/cursor").asText()), false);
        assertEquals(four.at("/claimGroups/2").toString(), next.at("/claimGroups/0").toString());
        assertEquals(four.at("/claimGroups/3").toString(), next.at("/claimGroups/1").toString());
        // a misspelt name, found by the resolvers' similar-name search
        String misspelt = "{ claimGroups(by: STANCE, filter: { about: \"%s\" }) { count cursor claims(first: 2) { nodes { id } } } }";
        String resolved = GraphQL.post(misspelt.formatted("Wagnr Grop")).body("errors", nullValue()).extract().asString();
        assertFalse(resolved.contains("\"count\" : "), resolved);
        try {
            assertEquals(answer(misspelt.formatted("Wagner Group"), Map.of(), true), JSON.readTree(resolved).get("data"));
        } catch (java.io.IOException e) {
            throw new AssertionError(resolved, e);
        }
        // filter fields it does not cover
        assertFalse(answer("{ claimGroups(by: SOURCE, filter: { stance: [REPORTED] }) { count } }", Map.of(), false)
                .get("claimGroups").isEmpty());
        // names it finds nothing for, and input the resolvers refuse: their errors
        for (String filter : List.of("{ topic: \"no-such-topic\" }", "{ about: \"Zzyzx Qwvj\" }", "{ outlet: \"999999999\" }",
                "{ about: \"   \" }", "{ topic: \"Not A Slug\" }", "{ source: \"not-an-id\" }")) {
            GraphQL.post("{ claimGroups(by: SOURCE, filter: %s) { count source { name } } }".formatted(filter))
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", org.hamcrest.Matchers.oneOf("NOT_FOUND", "BAD_USER_INPUT"))
                    .body("errors[0].path", org.hamcrest.Matchers.equalTo(List.of("claimGroups")));
        }
    }

    @Test
    void theClaimListPageByPageIsWhatTheResolversAnswer() {
        String document = """
                query ($after: String) {
                  claims(first: 7, after: $after) {
                    __typename totalCount
                    pageInfo { __typename hasNextPage hasPreviousPage startCursor endCursor }
                    edges { __typename cursor node { id statement rank sources { name } subjects { name } topics %s } }
                    nodes { id quote }
                  }
                }
                """;
        Map<String, Object> variables = new HashMap<>();
        variables.put("after", null);
        int pages = 0;
        boolean more = true;
        boolean pastTheEnd = false;
        // the last page is followed by one more, past the end of the list: empty
        while (!pastTheEnd) {
            pastTheEnd = !more;
            JsonNode built = answer(document.formatted(""), variables, true);
            JsonNode resolved = answer(document.formatted("relations { type }"), variables, false);
            resolved.findParents("relations").forEach(node -> ((ObjectNode) node).remove("relations"));
            assertEquals(resolved.toString(), built.toString(), "after " + variables.get("after"));
            assertEquals(pastTheEnd, built.at("/claims/nodes").isEmpty(), built.toString());
            more = built.at("/claims/pageInfo/hasNextPage").asBoolean();
            variables.put("after", built.at("/claims/pageInfo/endCursor").asText());
            pages++;
        }
        assertTrue(pages > 20, "the corpus's 159 claims are more than 20 pages of 7: " + pages);
    }

    @Test
    void theClaimListInAnotherOrderOrAfterAForeignCursorIsTheResolvers() {
        JsonNode newest = answer("{ claims(first: 3, orderBy: NEWEST) { nodes { id } } }", Map.of(), false);
        long first = newest.at("/claims/nodes/0/id").asLong();
        assertTrue(first > newest.at("/claims/nodes/1/id").asLong(), newest.toString());
        String articleCursor = answer("query ($id: ID!) { article(id: $id) { claims(first: 1) { pageInfo { endCursor } } } }",
                Map.of("id", corpusArticle()), true).at("/article/claims/pageInfo/endCursor").asText();
        for (String cursor : List.of(articleCursor, "not-a-cursor")) {
            GraphQL.post("query ($after: String) { claims(first: 2, after: $after) { nodes { id } } }", Map.of("after", cursor))
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_USER_INPUT"))
                    .body("errors[0].path", org.hamcrest.Matchers.equalTo(List.of("claims")));
        }
    }

    @Test
    void fragmentsDirectivesAliasesAndOtherRootFieldsKeepTheirPlaces() {
        String id = corpusArticle();
        String document = """
                query ($id: ID!, $yes: Boolean!) {
                  list: articles(first: 1) { nodes { id } }
                  one: article(id: $id) { ...Names t: title outlet @include(if: $yes) { name } url @skip(if: $yes) %s }
                  again: article(id: $id) { id %s }
                  topics { slug }
                }
                fragment Names on Article { id claims(first: 3) { edges { node { ...Quote } } } }
                fragment Quote on Claim { quote q: quote stance }
                """;
        JsonNode built = answer(document.formatted("", ""), Map.of("id", id, "yes", true), true);
        JsonNode resolved = answer(document.formatted("mentions { count }", "mentions { count }"), Map.of("id", id, "yes", true), false);
        ((ObjectNode) resolved.get("one")).remove("mentions");
        ((ObjectNode) resolved.get("again")).remove("mentions");
        assertEquals(resolved.toString(), built.toString());
        assertEquals(List.of("list", "one", "again", "topics"), fieldNames(built));
        assertEquals(List.of("id", "claims", "t", "outlet"), fieldNames(built.get("one")), "skipped url, fragment fields first");
    }

    @Test
    void theBuiltFieldIsDataBesideAnotherRootFieldsError() {
        // a response with errors is written by SmallRye, which reads the built JSON as a map
        String document = """
                query ($id: ID!) {
                  article(id: $id) { title claims(first: 2) { nodes { id quote sources { name } } } }
                  broken: article(id: $id) { claims(first: 0) { totalCount } }
                }
                """;
        String id = corpusArticle();
        String withError = GraphQL.post(document, Map.of("id", id))
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_USER_INPUT"))
                .body("errors[0].path", org.hamcrest.Matchers.equalTo(List.of("broken", "claims")))
                .body("data.broken", nullValue()).extract().asString();
        JsonNode alone = answer("query ($id: ID!) { article(id: $id) { title claims(first: 2) { nodes { id quote sources { name } } } } }",
                Map.of("id", id), true);
        try {
            assertEquals(alone.get("article").toString(), JSON.readTree(withError).at("/data/article").toString());
        } catch (java.io.IOException e) {
            throw new AssertionError(withError, e);
        }
        assertEquals(2, alone.at("/article/claims/nodes").size());
    }

    @Test
    void aCursorFromPostgresqlContinuesThePageInTheResolvers() {
        String id = corpusArticle();
        JsonNode first = answer("query ($id: ID!) { article(id: $id) { claims(first: 2) { pageInfo { endCursor } nodes { id } } } }",
                Map.of("id", id), true);
        String cursor = first.at("/article/claims/pageInfo/endCursor").asText();
        JsonNode next = answer("query ($id: ID!, $after: String) { article(id: $id) { claims(first: 2, after: $after) { nodes { id } } } }",
                Map.of("id", id, "after", cursor), false);
        JsonNode threeFirst = answer("query ($id: ID!) { article(id: $id) { claims(first: 4) { nodes { id } } } }", Map.of("id", id), true);
        assertEquals(threeFirst.at("/article/claims/nodes/2/id").asText(), next.at("/article/claims/nodes/0/id").asText());
        assertEquals(threeFirst.at("/article/claims/nodes/3/id").asText(), next.at("/article/claims/nodes/1/id").asText());
    }

    @Test
    void anUnknownIdIsNullAndARefusedPageIsTheResolversError() {
        assertTrue(answer("{ article(id: \"987654321\") { id title } }", Map.of(), false).get("article").isNull());
        assertTrue(answer("{ article(id: \"not-a-number\") { id title } }", Map.of(), false).get("article").isNull());
        GraphQL.post("query ($id: ID!) { article(id: $id) { title claims(first: 0) { totalCount } } }", Map.of("id", corpusArticle()))
                .body("data.article", nullValue())
                .body("errors[0].extensions.code", org.hamcrest.Matchers.equalTo("BAD_USER_INPUT"))
                .body("errors[0].path", org.hamcrest.Matchers.equalTo(List.of("article", "claims")));
    }

    /** The answer's {@code data}, checked to come from PostgreSQL ({@code builtInSql}) or from the resolvers. */
    private static JsonNode answer(String document, Map<String, Object> variables, boolean builtInSql) {
        String body = GraphQL.post(document, variables).body("errors", nullValue()).extract().asString();
        assertEquals(builtInSql, body.contains("\" : "), (builtInSql ? "built by PostgreSQL: " : "resolved: ") + body);
        try {
            return JSON.readTree(body).get("data");
        } catch (Exception e) {
            throw new AssertionError(body, e);
        }
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String corpusArticle() {
        return GraphQL.post("{ articles(first: 100) { nodes { id corpusFile } } }").extract().jsonPath()
                .getString("data.articles.nodes.find { it.corpusFile == '004_920713c5ea0235c0.txt' }.id");
    }

    /** An ingested article (no outlet, no date) with one of its claims rejected, so ranked DEPRECATED. */
    private static String articleWithADeprecatedClaim() {
        String marker = UUID.randomUUID().toString();
        Map<String, Object> input = new HashMap<>();
        input.put("text", "Report " + marker + "\n\nThe Wagner Group was paid in gold, officials said. "
                + "The junta postponed the elections, a minister said. Reference " + marker + ".\n");
        String id = GraphQL.post("mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }",
                Map.of("input", input)).body("errors", nullValue()).extract().path("data.ingestArticle.article.id");
        String claim = GraphQL.post("query ($id: ID!) { article(id: $id) { claims { nodes { id } } } }", Map.of("id", id))
                .extract().path("data.article.claims.nodes[0].id");
        assertNotNull(claim, "the ingested article has a claim");
        GraphQL.post("mutation ($input: ReviewClaimInput!) { reviewClaim(input: $input) { rank } }",
                        Map.of("input", Map.of("claim", claim, "reviewStatus", "REJECTED", "reviewer", "SqlJsonTest")))
                .body("errors", nullValue()).body("data.reviewClaim.rank", org.hamcrest.Matchers.equalTo("DEPRECATED"));
        return id;
    }
}
