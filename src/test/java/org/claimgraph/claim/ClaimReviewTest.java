package org.claimgraph.claim;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.GraphQL;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** reviewClaim over HTTP, on claims extracted from an article each test ingests, and on a curated corpus claim. */
@QuarkusTest
class ClaimReviewTest {

    private static final String REVIEW = """
            mutation ($input: ReviewClaimInput!) {
              reviewClaim(input: $input) { id reviewStatus rank note reviewedBy reviewedAt provenance }
            }
            """;

    /** The article's id and its first extracted claim's id. */
    private record Extracted(String article, String claim) {
    }

    private static Extracted extracted() {
        JsonPath stored = GraphQL.post("""
                mutation ($input: IngestArticleInput!) {
                  ingestArticle(input: $input) { article { id claims(first: 1) { nodes { id reviewStatus reviewedBy } } } }
                }
                """, Map.of("input", Map.of("text", "Convoy report " + UUID.randomUUID()
                        + "\n\nThe convoy reached Gao on Monday, a security source said.\n")))
                .body("errors", nullValue())
                .body("data.ingestArticle.article.claims.nodes[0].reviewStatus", equalTo("UNREVIEWED"))
                .body("data.ingestArticle.article.claims.nodes[0].reviewedBy", nullValue())
                .extract().jsonPath();
        return new Extracted(stored.getString("data.ingestArticle.article.id"),
                stored.getString("data.ingestArticle.article.claims.nodes[0].id"));
    }

    private static Map<String, Object> review(String claim, Object... fields) {
        Map<String, Object> input = new HashMap<>(Map.of("claim", claim, "reviewer", "ana.keita"));
        for (int i = 0; i < fields.length; i += 2) {
            input.put((String) fields[i], fields[i + 1]);
        }
        return Map.of("input", input);
    }

    private static List<String> claimIds(String article, boolean includeDeprecated) {
        return GraphQL.post("query ($f: ClaimFilter) { claims(filter: $f) { nodes { id } } }",
                        Map.of("f", Map.of("article", article, "includeDeprecated", includeDeprecated)))
                .extract().jsonPath().getList("data.claims.nodes.id");
    }

    @Test
    void aConfirmedClaimKeepsItsRankAndRecordsWhoReviewedIt() {
        Extracted e = extracted();
        GraphQL.post(REVIEW, review(e.claim(), "reviewStatus", "CONFIRMED"))
                .body("errors", nullValue())
                .body("data.reviewClaim.reviewStatus", equalTo("CONFIRMED"))
                .body("data.reviewClaim.rank", equalTo("NORMAL"))
                .body("data.reviewClaim.reviewedBy", equalTo("ana.keita"))
                .body("data.reviewClaim.reviewedAt", notNullValue());
        GraphQL.post("query ($id: ID!) { claim(id: $id) { reviewStatus reviewedBy } }", Map.of("id", e.claim()))
                .body("data.claim.reviewStatus", equalTo("CONFIRMED"))
                .body("data.claim.reviewedBy", equalTo("ana.keita"));
    }

    @Test
    void aRejectedClaimIsDeprecatedAndDropsOutOfDefaultResults() {
        Extracted e = extracted();
        GraphQL.post(REVIEW, review(e.claim(), "reviewStatus", "REJECTED", "note", "  The source is about Mopti, not Gao. "))
                .body("errors", nullValue())
                .body("data.reviewClaim.reviewStatus", equalTo("REJECTED"))
                .body("data.reviewClaim.rank", equalTo("DEPRECATED"))
                .body("data.reviewClaim.note", equalTo("The source is about Mopti, not Gao."));
        assertEquals(List.of(), claimIds(e.article(), false));
        assertEquals(List.of(e.claim()), claimIds(e.article(), true));
        GraphQL.post("query ($f: ClaimFilter) { claims(filter: $f) { nodes { id } } }",
                        Map.of("f", Map.of("article", e.article(), "reviewStatus", "REJECTED", "includeDeprecated", true)))
                .body("data.claims.nodes.id", equalTo(List.of(e.claim())));
    }

    @Test
    void aReviewThatContradictsItselfOrSaysNothingIsRefusedAndChangesNothing() {
        Extracted e = extracted();
        GraphQL.post(REVIEW, review(e.claim(), "reviewStatus", "REJECTED", "rank", "NORMAL"))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", equalTo("a REJECTED claim is known wrong, so its rank is DEPRECATED, not NORMAL"));
        GraphQL.post(REVIEW, review(e.claim()))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("at least one of"));
        GraphQL.post(REVIEW, review(e.claim(), "reviewStatus", "UNREVIEWED"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post(REVIEW, Map.of("input", Map.of("claim", e.claim(), "reviewer", "  ", "reviewStatus", "CONFIRMED")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
        GraphQL.post("query ($id: ID!) { claim(id: $id) { reviewStatus rank reviewedBy note } }", Map.of("id", e.claim()))
                .body("data.claim.reviewStatus", equalTo("UNREVIEWED"))
                .body("data.claim.rank", equalTo("NORMAL"))
                .body("data.claim.reviewedBy", nullValue());
    }

    @Test
    void curatedAndUnknownClaimsAreNotReviewedHere() {
        String curated = GraphQL.post("{ claims(filter: { provenance: CURATED }, first: 1) { nodes { id } } }")
                .extract().path("data.claims.nodes[0].id");
        GraphQL.post(REVIEW, review(curated, "rank", "PREFERRED"))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("is curated"));
        GraphQL.post(REVIEW, review("999999999", "reviewStatus", "CONFIRMED"))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }
}
