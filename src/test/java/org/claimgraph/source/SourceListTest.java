package org.claimgraph.source;

import io.quarkus.test.junit.QuarkusTest;
import org.claimgraph.GraphQL;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** `sources` with a filter, on the corpus's curated sources (other tests add extracted ones, so checks look for these). */
@QuarkusTest
class SourceListTest {

    private static final String SOURCES = """
            query ($filter: SourceFilter) {
              sources(filter: $filter, first: 100) { totalCount nodes { name kind actor { name } } }
            }
            """;

    @Test
    void wordsOfTheNameFindASourceInAnyOrderCaseAndAccents() {
        GraphQL.post(SOURCES, Map.of("filter", Map.of("name", "Diplomatic SOURCES", "kind", "ANONYMOUS")))
                .body("errors", nullValue())
                .body("data.sources.nodes.name", hasItems("seven diplomatic and security sources", "diplomatic sources"))
                .body("data.sources.nodes.name", not(hasItem("four security and diplomatic officials")))
                .body("data.sources.nodes.kind", everyItem(equalTo("ANONYMOUS")));
        GraphQL.post(SOURCES, Map.of("filter", Map.of("name", "keita")))
                .body("data.sources.nodes.name", hasItem("Ibrahim Boubacar Keïta (then President of Mali)"));
        // the description counts: "Reuters sources" is described as Reuters' anonymous diplomatic sources
        GraphQL.post(SOURCES, Map.of("filter", Map.of("name", "diplomatic sources")))
                .body("data.sources.nodes.name", hasItem("Reuters sources"));
    }

    @Test
    void wildcardsInANameAreLiteral() {
        GraphQL.post(SOURCES, Map.of("filter", Map.of("name", "%")))
                .body("errors", nullValue())
                .body("data.sources.totalCount", equalTo(0));
        GraphQL.post(SOURCES, Map.of("filter", Map.of("name", "_")))
                .body("data.sources.totalCount", equalTo(0));
    }

    @Test
    void theSourcesAnActorBacksAreFoundByAnyOfItsNames() {
        GraphQL.post(SOURCES, Map.of("filter", Map.of("actor", "Prigojine")))
                .body("errors", nullValue())
                .body("data.sources.nodes.name", equalTo(List.of("Yevgeny Prigozhin", "Prigozhin's press office")))
                .body("data.sources.nodes.actor.name", everyItem(equalTo("Yevgeny Prigozhin")));
        GraphQL.post(SOURCES, Map.of("filter", Map.of("actor", "Zzyzx Qwv Bureau")))
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        GraphQL.post(SOURCES, Map.of("filter", Map.of("name", " ")))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", org.hamcrest.Matchers.containsString("must not be blank"));
    }
}
