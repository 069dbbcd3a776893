package org.claimgraph.research;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.GraphQL;
import org.claimgraph.actor.ActorAlias;
import org.claimgraph.corpus.Annotations;
import org.claimgraph.corpus.CorpusLoader;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The documents frontends are written against, run verbatim on the corpus; expectations come from the annotation file. */
@QuarkusTest
class ContractQueriesTest {

    private final Annotations annotations = CorpusLoader.readBundledAnnotations();

    @Test
    void everyWagnerPaymentClaimAppearsUnderItsImmediateSource() {
        // From the annotation file: non-deprecated claims about Wagner filed under payments, by first source.
        Map<String, String> sourceNames = annotations.sources().stream()
                .collect(Collectors.toMap(Annotations.SourceEntry::key, Annotations.SourceEntry::name));
        Map<String, Set<String>> expected = new TreeMap<>();
        annotations.articles().values().forEach(article -> article.claims().stream()
                .filter(claim -> claim.subjects().contains("wagner-group") && claim.topics().contains("payments"))
                .filter(claim -> claim.rank() != org.claimgraph.claim.Rank.DEPRECATED)
                .forEach(claim -> expected.computeIfAbsent(sourceNames.get(claim.sources().get(0)), key -> new TreeSet<>())
                        .add(claim.statement())));
        assertFalse(expected.isEmpty());

        JsonPath response = GraphQL.post(GraphQL.document("wagner-payments-by-source.graphql"))
                .body("errors", equalTo(null)).extract().jsonPath();
        Map<String, Set<String>> actual = new TreeMap<>();
        for (Map<String, Object> group : response.<Map<String, Object>>getList("data.claimGroups")) {
            String source = ((Map<?, ?>) group.get("source")).get("name").toString();
            List<Map<String, Object>> edges = JsonPath.from(toJson(group)).getList("claims.edges");
            assertEquals(group.get("count"), edges.size(), "every claim of the group is on its first page: " + source);
            Set<String> statements = new TreeSet<>();
            for (Map<String, Object> edge : edges) {
                Map<?, ?> node = (Map<?, ?>) edge.get("node");
                List<?> chain = (List<?>) node.get("sources");
                assertEquals(source, ((Map<?, ?>) chain.get(0)).get("name"), "grouped by the immediate source");
                statements.add(node.get("statement").toString());
            }
            actual.put(source, statements);
        }
        // Every curated payment claim about Wagner is in the group of its immediate source (claims the
        // ingest tests extract may be there too: the document asks for all claims).
        expected.forEach((source, statements) -> assertTrue(actual.getOrDefault(source, Set.of()).containsAll(statements),
                source + ": expected " + statements + " in " + actual.get(source)));
    }

    @Test
    void paymentFiguresAreNormalisedToUsdPerMonth() {
        JsonPath response = GraphQL.post(GraphQL.document("wagner-payments-by-source.graphql")).extract().jsonPath();
        Map<String, Object> byWording = new HashMap<>();
        for (Object quantity : response.getList("data.claimGroups.claims.edges.flatten().node.quantity")) {
            if (quantity instanceof Map<?, ?> q) {
                byWording.put(q.get("text").toString(), q.get("usdPerMonth"));
            }
        }
        // 6e9 XOF at 1.1827/655.957 USD; 9e6 EUR at 1.1827 USD; USD as stated.
        assertEquals(10818087.16f, ((Number) byWording.get("approximately 6 billion CFA francs")).floatValue(), 1f);
        assertEquals(10644300f, ((Number) byWording.get("more than nine million euros per month")).floatValue(), 1f);
        assertEquals(10800000f, ((Number) byWording.get("10.8 million dollars a month")).floatValue(), 1f);
    }

    @Test
    void everyNameAnActorGoesByInTheTextsFindsIt() {
        Map<String, String> actorOfAlias = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Annotations.ActorEntry actor : annotations.actors()) {
            for (String alias : actor.aliases()) {
                String previous = actorOfAlias.putIfAbsent(ActorAlias.normalize(alias), actor.name());
                if (previous != null && !previous.equals(actor.name())) {
                    ambiguous.add(ActorAlias.normalize(alias));
                }
            }
        }
        int checked = 0;
        for (Annotations.ActorEntry actor : annotations.actors()) {
            for (String alias : actor.aliases()) {
                if (ambiguous.contains(ActorAlias.normalize(alias))) {
                    continue;
                }
                GraphQL.post(GraphQL.document("actor-by-any-name.graphql"), Map.of("name", alias))
                        .body("data.actors.edges[0].node.name", equalTo(actor.name()));
                checked++;
            }
        }
        assertTrue(checked > 150, "checked " + checked + " aliases");
    }

    @Test
    void misspellingsNotInTheAliasListStillFindTheActor() {
        Map<String, String> misspelt = Map.of(
                "Prigojine", "Yevgeny Prigozhin",
                "Florence Parli", "Florence Parly",
                "Jean Yves Ledrian", "Jean-Yves Le Drian",
                "Wagnr Group", "Wagner Group",
                "Assimi Goita", "Assimi Goïta");
        misspelt.forEach((name, actor) -> GraphQL.post(GraphQL.document("actor-by-any-name.graphql"), Map.of("name", name))
                .body("data.actors.edges[0].node.name", equalTo(actor)));
    }

    @Test
    void articleDetailHasItsOutletAndEveryClaimWithSourcesSubjectsAndTopics() {
        String id = GraphQL.post("{ articles(first: 100) { nodes { id corpusFile } } }").extract().jsonPath()
                .getString("data.articles.nodes.find { it.corpusFile == '004_920713c5ea0235c0.txt' }.id");
        long expected = annotations.articles().get("004_920713c5ea0235c0.txt").claims().stream()
                .filter(claim -> claim.rank() != org.claimgraph.claim.Rank.DEPRECATED).count();
        JsonPath article = GraphQL.post(GraphQL.document("article-detail.graphql"), Map.of("id", id))
                .body("errors", equalTo(null))
                .body("data.article.outlet.name", equalTo("Olivium"))
                .body("data.article.claims.totalCount", equalTo((int) expected))
                .body("data.article.claims.edges", hasSize((int) expected))
                .extract().jsonPath();
        for (Map<String, Object> node : article.<Map<String, Object>>getList("data.article.claims.edges.node")) {
            assertNotNull(node.get("quote"));
            assertFalse(((List<?>) node.get("sources")).isEmpty(), "every claim has a source");
            assertFalse(((List<?>) node.get("topics")).isEmpty(), "every claim has a topic");
        }
    }

    private static String toJson(Object value) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
