package org.claimgraph;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.LightDataFetcher;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.execution.ExecutionService;
import org.claimgraph.graphql.ResponseJson;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class HttpSurfaceTest {

    @Test
    void graphqlAnswersTypename() {
        given().contentType(ContentType.JSON)
                .body("""
                        {"query": "{ __typename }"}
                        """)
                .post("/graphql")
                .then().statusCode(200)
                .body("data.__typename", equalTo("Query"))
                .body("errors", org.hamcrest.Matchers.nullValue());
    }

    /** Quarkus's handler looks the service up by type: ours must be the one it finds, or responses go the slow way. */
    @Test
    void responsesAreWrittenByResponseJson() {
        ExecutionService service = Arc.container().instance(ExecutionService.class).get();
        assertEquals(ResponseJson.class, service.getClass().getEnclosingClass());
    }

    /** Quarkus's visibility setting "default" must not become a regex run on every field look-up. */
    @Test
    void fieldVisibilityIsGraphqlJavasDefault() {
        GraphQLSchema schema = Arc.container().instance(GraphQLSchema.class).get();
        assertSame(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY, schema.getCodeRegistry().getFieldVisibility());
    }

    /**
     * Plain fields must reach graphql-java as light fetchers, or it builds a DataFetchingEnvironment
     * for every value of a response; resolvers need theirs.
     */
    @Test
    void plainFieldsAreLightFetchers() {
        GraphQLSchema schema = Arc.container().instance(GraphQLSchema.class).get();
        GraphQLObjectType claim = schema.getObjectType("Claim");
        assertTrue(schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(claim, "statement"),
                claim.getFieldDefinition("statement")) instanceof LightDataFetcher<?>);
        assertFalse(schema.getCodeRegistry().getDataFetcher(FieldCoordinates.coordinates(claim, "article"),
                claim.getFieldDefinition("article")) instanceof LightDataFetcher<?>);
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void livenessIsUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void graphiqlIsServed() {
        given().get("/q/graphql-ui/").then().statusCode(200).body(containsString("GraphiQL"));
    }

    @Test
    void sdlIsServed() {
        given().get("/graphql/schema.graphql").then().statusCode(200).body(containsString("type Query"));
    }

    @Test
    void responsesAreUtf8UnlessTheClientAsksForAnotherCharset() {
        String query = """
                {"query": "{ articles(first: 5) { nodes { claims(first: 100) { nodes { quote } } } } }"}""";
        byte[] body = given().contentType(ContentType.JSON).body(query).post("/graphql")
                .then().statusCode(200).contentType(startsWith("application/json"))
                .extract().asByteArray();
        String text = new String(body, StandardCharsets.UTF_8);
        assertTrue(text.contains("Barkhane\u2019s soldiers"), "a curly apostrophe of the corpus, as UTF-8");

        given().contentType(ContentType.JSON).header("Accept", "application/json; charset=ISO-8859-1").body(query).post("/graphql")
                .then().statusCode(200).contentType(containsString("ISO-8859-1"))
                .body("data.articles.nodes", hasSize(5));
    }
}
