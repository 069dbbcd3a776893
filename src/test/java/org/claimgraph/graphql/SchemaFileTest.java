package org.claimgraph.graphql;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The served schema must equal the reviewed copy in docs/schema.graphql, so every schema change
 * shows up in a diff. On a difference the served schema is written to target/schema.graphql:
 * review it, then copy it over docs/schema.graphql.
 */
@QuarkusTest
class SchemaFileTest {

    private static final Path CHECKED_IN = Path.of("docs", "schema.graphql");
    private static final Path SERVED_COPY = Path.of("target", "schema.graphql");

    @Test
    void servedSchemaEqualsTheCheckedInFile() throws IOException {
        String served = given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
        Files.createDirectories(SERVED_COPY.getParent());
        Files.writeString(SERVED_COPY, served);
        String checkedIn = Files.exists(CHECKED_IN) ? Files.readString(CHECKED_IN) : "";
        assertEquals(checkedIn, served, "The served GraphQL schema differs from " + CHECKED_IN
                + ". Review the change in " + SERVED_COPY + ", then copy it over " + CHECKED_IN + ".");
    }
}
