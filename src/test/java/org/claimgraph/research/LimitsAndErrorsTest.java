package org.claimgraph.research;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.claimgraph.GraphQL;
import org.claimgraph.graphql.ApiError;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every refusal is a GraphQL error with a code a frontend can act on, and a message without internals. */
@QuarkusTest
class LimitsAndErrorsTest {

    /** SmallRye shows an exception's message only for the classes configured; any other is "System error". */
    @Test
    void everyApiErrorShowsItsMessage() {
        List<String> shown = List.of(ConfigProvider.getConfig()
                .getValue("quarkus.smallrye-graphql.show-runtime-exception-message", String.class).split(","));
        for (Class<?> error : ApiError.class.getDeclaredClasses()) {
            if (ApiError.class.isAssignableFrom(error)) {
                assertTrue(shown.contains(error.getName()), error.getName() + " is not in " + shown);
            }
        }
    }

    @Test
    void aQueryOverFiftyLevelsDeepIsRefused() {
        String query = "id";
        for (int level = 0; level < 17; level++) {
            query = "claims(first: 1) { nodes { article { " + query + " } } }";
        }
        GraphQL.post("{ " + query + " }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("depth"))
                .body("errors[0].extensions.actual", equalTo(52))
                .body("errors[0].message", containsString("levels deep"));
    }

    @Test
    void aPageOfAThousandIsRefused() {
        GraphQL.post("{ claims(first: 1000) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("page size"))
                .body("errors[0].extensions.maximum", equalTo(100));
        GraphQL.post("query ($n: Int) { claims(first: $n) { totalCount } }", java.util.Map.of("n", 1000))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"));
    }

    @Test
    void aHundredAliasesAreRefused() {
        String aliases = IntStream.range(0, 100).mapToObj(i -> "t" + i + ": topics { slug }").collect(Collectors.joining(" "));
        GraphQL.post("{ " + aliases + " }")
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("aliases"))
                .body("errors[0].extensions.actual", equalTo(100));
    }

    @Test
    void anExpensiveQueryIsRefusedForItsComplexity() {
        GraphQL.post("{ claims(first: 100) { nodes { subjects { claimsAbout(first: 100) { nodes { sources { claims(first: 100) { totalCount } } } } } } } }")
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].extensions.limit", equalTo("complexity"));
    }

    @Test
    void theHeadlineIsWithinTheLimits() {
        GraphQL.post(GraphQL.document("wagner-payments-by-source.graphql")).body("errors", nullValue());
    }

    @Test
    void aMalformedCursorIsNamedByItsStartNotEchoedWhole() {
        GraphQL.post("query ($after: String) { claims(after: $after) { totalCount } }", Map.of("after", "A".repeat(20_000)))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("`after` is not a cursor returned by this API: \"" + "A".repeat(80) + "…\""));
    }

    @Test
    void aCursorOnlyContinuesTheListAndOrderItCameFrom() {
        String newest = GraphQL.post("{ claims(first: 2, orderBy: NEWEST) { edges { cursor } } }")
                .extract().jsonPath().getString("data.claims.edges[1].cursor");
        String readingOrder = GraphQL.post("{ articles(first: 1) { nodes { claims(first: 2) { edges { cursor } } } } }")
                .extract().jsonPath().getString("data.articles.nodes[0].claims.edges[1].cursor");
        String hit = GraphQL.post("{ search(query: \"Wagner\", first: 2) { edges { cursor } } }")
                .extract().jsonPath().getString("data.search.edges[1].cursor");
        String query = """
                query ($after: String) {
                  stored: claims(first: 2, after: $after) { edges { node { id } } }
                }""";
        for (String foreign : List.of(newest, readingOrder, hit)) {
            GraphQL.post(query, Map.of("after", foreign))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", containsString("another list or order"));
        }
        GraphQL.post("query ($after: String) { actors(filter: { name: \"Wagner\" }, after: $after) { nodes { name } } }",
                        Map.of("after", hit))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        // The same list and order, under another parent or filter, is a position it can continue from.
        GraphQL.post("query ($after: String) { claims(first: 2, orderBy: NEWEST, after: $after) { edges { node { id } } } }",
                        Map.of("after", newest))
                .body("errors", nullValue())
                .body("data.claims.edges", hasSize(2));
    }

    @Test
    void aNullStanceOrAnActorNamedWithStopWordsIsRefusedAndAnEmptyStanceListIsNoCondition() {
        GraphQL.post("{ claims(filter: { stance: [null] }) { totalCount } }")
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        int all = GraphQL.post("{ claims { totalCount } }").extract().jsonPath().getInt("data.claims.totalCount");
        GraphQL.post("{ claims(filter: { stance: [] }) { totalCount } }")
                .body("errors", nullValue())
                .body("data.claims.totalCount", equalTo(all));
        // "the" is a word of "the Wagner Group" and "the Junta", and once stood for the first of them.
        GraphQL.post("{ claims(filter: { about: \"the\" }) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", containsString("\"the\""));
    }

    @Test
    void badInputIsNamedAndCoded() {
        GraphQL.post("{ claims(filter: { topic: \"paymnts\" }) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"))
                .body("errors[0].message", containsString("paymnts"));
        GraphQL.post("{ claims(filter: { about: \"Zzyzx Qwv\" }) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.post("{ claims(after: \"not-a-cursor\") { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("not-a-cursor"));
        GraphQL.post("{ claims(filter: { minConfidence: 2 }) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("minConfidence"));
        GraphQL.post("{ claims(filter: { from: \"2022-01-01\", to: \"2021-01-01\" }) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post("{ claims(first: 0) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post("{ contradictions(filter: {}) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post("{ noSuchField }")
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    /** One request error naming the variable, no data: not a field error plus a null in a non-null field. */
    @Test
    void aVariableOfTheWrongKindIsARequestErrorThatSaysWhatWasExpected() {
        String claims = "query ($f: ClaimFilter, $n: Int) { claims(filter: $f, first: $n) { totalCount } }";
        Object[][] cases = {
                {Map.of("n", "abc"), "Variable 'n'", "Expected an integer"},
                {Map.of("n", 1.5), "Variable 'n'", "Expected an integer"},
                {Map.of("n", 3_000_000_000L), "Variable 'n'", "Expected an integer from"},
                {Map.of("f", Map.of("minConfidence", "high")), "Variable 'f'", "Expected a number"},
                {Map.of("f", Map.of("from", "yesterday")), "Variable 'f'", "Expected a date as yyyy-MM-dd"},
                {Map.of("f", Map.of("to", "2024/01/31")), "Variable 'f'", "Expected a date as yyyy-MM-dd"},
                {Map.of("f", Map.of("article", java.util.List.of(16))), "Variable 'f'", "Expected an id"},
        };
        for (Object[] wrong : cases) {
            @SuppressWarnings("unchecked")
            Map<String, Object> variables = (Map<String, Object>) wrong[0];
            GraphQL.post(claims, variables)
                    .body("data", nullValue())
                    .body("errors.size()", equalTo(1))
                    .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                    .body("errors[0].message", containsString((String) wrong[1]))
                    .body("errors[0].message", containsString((String) wrong[2]));
        }
        GraphQL.post("{ claims(filter: { from: \"yesterday\" }) { totalCount } }")
                .body("data", nullValue())
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("Expected a date as yyyy-MM-dd"));
        GraphQL.post("query ($id: ID!) { claim(id: $id) { id } }", Map.of("id", Map.of("id", 16)))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("Expected an id (a string or an integer), but it was an object"));
        GraphQL.post("query ($a: ID!, $b: ID!) { a: claim(id: $a) { id } b: claim(id: $b) { id } }", Map.of("a", "16", "b", 16))
                .body("errors", nullValue())
                .body("data.a.id", equalTo("16"))
                .body("data.b.id", equalTo("16"));
        // what was accepted before still is: numbers (also as strings), ISO dates
        GraphQL.post(claims, Map.of("n", "2", "f", Map.of("from", "2000-01-01", "minConfidence", 0.5)))
                .body("errors", nullValue())
                .body("data.claims.totalCount", equalTo(GraphQL.post("{ claims(filter: { from: \"2000-01-01\", minConfidence: 0.5 }) "
                        + "{ totalCount } }").extract().path("data.claims.totalCount")));
    }

    @Test
    void unknownIdsAreNullNotErrors() {
        GraphQL.post("{ article(id: \"999999\") { id } claim(id: \"abc\") { id } actor(id: \"-1\") { id } }")
                .body("errors", nullValue())
                .body("data.article", nullValue())
                .body("data.claim", nullValue())
                .body("data.actor", nullValue());
        GraphQL.post("{ claims(filter: { text: \"zzzqqqxxx\" }) { totalCount edges { cursor } } }")
                .body("errors", nullValue())
                .body("data.claims.totalCount", equalTo(0));
    }

    /** Every pair of the filtered claims is compared: "about Wagner" at a million claims ran for two minutes. */
    @Test
    void contradictionsAmongTooManyClaimsIsALimitNotAnHourOfWork() {
        // names of no actor the other tests ask about, so that their "about Wagner" stays the corpus's
        String place = "Qorvath" + java.util.UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 4);
        StringBuilder text = new StringBuilder("A long record of denials " + java.util.UUID.randomUUID() + "\n");
        for (int i = 1; text.length() < 80_000; i++) {
            text.append("\nOn day ").append(i).append(" the council denied that ").append(i * 3).append(" fighters had ")
                    .append("reached ").append(place).append(", a spokesman said. The fighters were paid ").append(i)
                    .append(" million dollars, two sources said.\n");
        }
        String article = GraphQL.post("""
                mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { claimsExtracted article { id } } }
                """, Map.of("input", Map.of("text", text.toString()))).body("errors", nullValue())
                .body("data.ingestArticle.claimsExtracted", org.hamcrest.Matchers.greaterThan(1000))
                .extract().path("data.ingestArticle.article.id");
        GraphQL.post("query ($a: ID!) { contradictions(filter: { article: $a }) { totalCount } }", Map.of("a", article))
                .body("errors[0].extensions.code", equalTo("LIMIT_EXCEEDED"))
                .body("errors[0].message", containsString("more than 1000 claims"));
        GraphQL.post("query ($a: ID!) { contradictions(filter: { article: $a, from: \"2000-01-01\" }) { totalCount } }",
                        Map.of("a", article))
                .body("errors", nullValue())
                .body("data.contradictions.totalCount", equalTo(0));
    }

    /** A blank name was NOT_FOUND ("no actor matches") or an empty list, where an empty one was BAD_USER_INPUT. */
    @Test
    void aBlankNameIsBadInput() {
        for (String query : List.of("query ($q: String!) { claims(filter: { about: $q }) { totalCount } }",
                "query ($q: String!) { claims(filter: { outlet: $q }) { totalCount } }",
                "query ($q: String!) { actors(filter: { name: $q }) { totalCount } }",
                "query ($q: String!) { articles(filter: { outlet: $q }) { totalCount } }",
                "query ($q: String!) { articles(filter: { mentions: $q }) { totalCount } }",
                "query ($q: String!) { articles(filter: { url: $q }) { totalCount } }")) {
            GraphQL.post(query, Map.of("q", " \t "))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", containsString("must not be blank"));
        }
    }

    @Test
    void textThePostgresDriverWouldRejectIsBadInputWithoutInternals() {
        for (String query : java.util.List.of("query ($q: String!) { claims(filter: { text: $q }) { totalCount } }",
                "query ($q: String!) { search(query: $q) { totalCount } }",
                "query ($q: String!) { actors(filter: { name: $q }) { totalCount } }",
                "query ($q: String!) { articles(filter: { mentions: $q }) { totalCount } }",
                "query ($q: String!) { articles(filter: { url: $q }) { totalCount } }",
                "query ($q: String!) { sources(filter: { name: $q }) { totalCount } }")) {
            GraphQL.post(query, java.util.Map.of("q", "a\u0000b"))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("errors[0].message", containsString("NUL"))
                    .body(not(containsString("Exception")))
                    .body(not(containsString("SELECT")))
                    .body(not(containsString("at org.")));
        }
    }

    @Test
    void aDocumentThatDoesNotParseSaysWhereAndIsCoded() {
        String unclosed = """
                {
                  articles(first: 1) { nodes { id }
                """;
        GraphQL.post(unclosed).body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].message", containsString("Invalid syntax"))
                .body("errors[0].locations[0].line", equalTo(3));
        given().contentType("application/graphql")
                .body("{ articles(first: 1) { nodes { id } } ) }".getBytes(StandardCharsets.UTF_8)).post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].message", containsString("')'"))
                .body("errors[0].locations[0].column", equalTo(39));
    }

    @Test
    void onlyGraphQLContentTypesArePostedAndGetIsClosed() {
        given().contentType("text/plain").body("{\"query\":\"{ __typename }\"}").post("/graphql")
                .then().statusCode(415).body("errors[0].extensions.code", equalTo("UNSUPPORTED_CONTENT_TYPE"));
        given().contentType(ContentType.URLENC).formParam("query", "{ __typename }").post("/graphql")
                .then().statusCode(415);
        given().queryParam("query", "{ __typename }").get("/graphql").then().statusCode(405)
                .header("Allow", "POST, OPTIONS")
                .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"))
                .body("errors[0].message", containsString("POST the request"));
        for (String method : List.of("PUT", "PATCH", "DELETE")) {
            given().contentType(ContentType.JSON).body("{\"query\":\"{ __typename }\"}").request(method, "/graphql")
                    .then().statusCode(405).header("Allow", "POST, OPTIONS")
                    .body("errors[0].extensions.code", equalTo("METHOD_NOT_ALLOWED"));
        }
        given().head("/graphql").then().statusCode(405).header("Allow", "POST, OPTIONS");
        given().get("/graphql/schema.graphql").then().statusCode(200);
    }

    @Test
    void aBodyThatIsNotAGraphQLRequestIsABadRequestWithACode() {
        String[][] bodies = {
                {"{\"query\": \"{ __typename }\"", "not JSON"},
                {"[{\"query\": \"{ __typename }\"}]", "not an object"},
                {"{\"operationName\": \"Q\"}", "\"query\" is missing"},
                {"{\"query\": 7}", "\"query\" is not a string"},
                {"{\"query\": \"{ __typename }\", \"variables\": [1]}", "\"variables\" is not an object"},
                {"{\"query\": \"{ __typename }\", \"operationName\": 3}", "\"operationName\" is not a string"},
                {"", "empty"},
        };
        for (String[] body : bodies) {
            given().contentType(ContentType.JSON).body(body[0]).post("/graphql")
                    .then().statusCode(400).contentType(ContentType.JSON)
                    .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                    .body("errors[0].message", containsString(body[1]));
        }
        given().contentType("application/graphql").body(" ".getBytes(StandardCharsets.UTF_8)).post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void aWellFormedRequestStillPassesTheGuard() {
        String textBlockWithRawLineBreaks = "{\"query\": \"query Q {\n\t__typename\n}\", \"variables\": null, \"operationName\": \"Q\"}";
        given().contentType(ContentType.JSON).body(textBlockWithRawLineBreaks).post("/graphql")
                .then().statusCode(200).body("data.__typename", equalTo("Query"));
        given().contentType("application/graphql").body("{ __typename }".getBytes(StandardCharsets.UTF_8)).post("/graphql")
                .then().statusCode(200).body("data.__typename", equalTo("Query"));
    }

    @Test
    void aClientOfTheGraphQLResponseMediaTypeGetsStatus400ForRequestErrorsOnly() {
        String graphQLResponse = "application/graphql-response+json";
        given().contentType(ContentType.JSON).accept(graphQLResponse).body(Map.of("query", "{ articles(first: 1) {")).post("/graphql")
                .then().statusCode(400).contentType(containsString(graphQLResponse))
                .body("data", nullValue()).body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
        given().contentType(ContentType.JSON).accept(graphQLResponse).body(Map.of("query", "{ noSuchField }")).post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        given().contentType(ContentType.JSON).accept(graphQLResponse)
                .body(Map.of("query", "query A($id: ID!) { article(id: $id) { id } }", "variables", Map.of()))
                .post("/graphql")
                .then().statusCode(400).body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        // An error in a field is not a request error: the response has data, and the status stays 200.
        given().contentType(ContentType.JSON).accept(graphQLResponse)
                .body(Map.of("query", "{ claims(filter: { topic: \"paymnts\" }) { totalCount } }")).post("/graphql")
                .then().statusCode(200).body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        given().contentType(ContentType.JSON).accept(graphQLResponse).body(Map.of("query", "{ __typename }")).post("/graphql")
                .then().statusCode(200).contentType(containsString(graphQLResponse)).body("data.__typename", equalTo("Query"));
    }

    @Test
    void aClientThatNamesNoMediaTypeGetsApplicationJsonAndStatus200() {
        for (String accept : new String[] {"*/*", "application/json"}) {
            given().contentType(ContentType.JSON).accept(accept).body(Map.of("query", "{ articles(first: 1) {")).post("/graphql")
                    .then().statusCode(200).contentType(startsWith("application/json"))
                    .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"));
        }
        given().contentType(ContentType.JSON).noFilters().header("Accept", "").body(Map.of("query", "{ __typename }")).post("/graphql")
                .then().statusCode(200).contentType(startsWith("application/json")).body("data.__typename", equalTo("Query"));
    }
}
