package org.claimgraph;

import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ValidatableResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Posts GraphQL documents over HTTP, as a frontend does. */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse post(String query) {
        return post(query, Map.of());
    }

    public static ValidatableResponse post(String query, Map<String, Object> variables) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .post("/graphql")
                .then().statusCode(200);
    }

    /** Like {@link #post(String, Map)}, with JSON numbers read as BigDecimal, for exact amounts. */
    public static ValidatableResponse postExact(String query, Map<String, Object> variables) {
        return given().config(RestAssuredConfig.config().jsonConfig(
                        JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL)))
                .contentType(ContentType.JSON)
                .body(Map.of("query", query, "variables", variables))
                .post("/graphql")
                .then().statusCode(200);
    }

    /** A document of the cookbook, docs/queries/NAME (the files docs/QUERIES.md shows). */
    public static String document(String name) {
        try {
            return Files.readString(Path.of("docs", "queries", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
