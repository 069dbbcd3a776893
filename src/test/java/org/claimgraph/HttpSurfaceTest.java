package org.claimgraph;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

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
}
