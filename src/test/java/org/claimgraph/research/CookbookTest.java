package org.claimgraph.research;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.GraphQL;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every document of the cookbook (docs/queries, shown in docs/QUERIES.md) runs on the corpus, and
 * what the page says a document returns is checked here or in the contract and research tests.
 * Other tests ingest articles that mention Wagner and Le Drian, so the checks look at the corpus
 * articles' part of an answer.
 */
@QuarkusTest
class CookbookTest {

    @Test
    void everyDocumentOfTheCookbookRunsOnTheCorpusWithoutErrors() throws IOException {
        String article004 = corpusArticleId("004");
        // A new document needs its variables here, so that none is left unrun.
        Map<String, Map<String, Object>> variables = Map.of(
                "actor-by-any-name.graphql", Map.of("name", "Wagner"),
                "actor-profile.graphql", Map.of("name", "Jean-Yves le Drian"),
                "article-detail.graphql", Map.of("id", article004),
                "article-with-mentions.graphql", Map.of("id", article004),
                "articles-sharing-passages.graphql", Map.of(),
                "contradictions.graphql", Map.of(),
                "mercenary-numbers-by-stance.graphql", Map.of(),
                "search.graphql", Map.of("query", "Prigojine"),
                "timeline.graphql", Map.of(),
                "wagner-payments-by-source.graphql", Map.of());
        Set<String> documents;
        try (Stream<Path> files = Files.list(Path.of("docs", "queries"))) {
            documents = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".graphql"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(new TreeSet<>(variables.keySet()), documents, "documents in docs/queries");
        for (String document : documents) {
            GraphQL.post(GraphQL.document(document), variables.get(document))
                    .body("errors", nullValue())
                    .body("data", notNullValue());
        }
    }

    @Test
    void leDrianFoundByTheSpellingOf000WithWhatHeSaidAndWhere() {
        JsonPath actor = GraphQL.post(GraphQL.document("actor-profile.graphql"), Map.of("name", "Jean-Yves le Drian"))
                .body("errors", nullValue())
                .body("data.actors.nodes[0].name", equalTo("Jean-Yves Le Drian"))
                .body("data.actors.nodes[0].roles[0].title", equalTo("French Foreign Minister"))
                .body("data.actors.nodes[0].roles[0].since", equalTo("2017-06"))
                .extract().jsonPath();
        String a000 = corpusArticleId("000");
        String a002 = corpusArticleId("002");
        String a004 = corpusArticleId("004");
        Set<String> corpus = Set.of(a000, corpusArticleId("001"), a002, corpusArticleId("003"), a004);

        List<String> saidInCorpus = actor.<Map<String, Object>>getList("data.actors.nodes[0].claimsMade.nodes").stream()
                .filter(claim -> corpus.contains(((Map<?, ?>) claim.get("article")).get("id")))
                .map(claim -> ((Map<?, ?>) claim.get("article")).get("id") + " " + claim.get("reportingVerb"))
                .sorted().toList();
        assertEquals(List.of(a000 + " considers", a002 + " alluding to", a002 + " said", a002 + " said", a004 + " according to")
                .stream().sorted().toList(), saidInCorpus);
        assertTrue(actor.getInt("data.actors.nodes[0].claimsAbout.totalCount") >= 6, "6 claims about him in the corpus");
        assertTrue(actor.getList("data.actors.nodes[0].articles.nodes.id").containsAll(List.of(a000, a002, a004)));
    }

    @Test
    void article004WithItsMentionsByCountAndThePassagesItRewritesFrom001And002() {
        JsonPath article = GraphQL.post(GraphQL.document("article-with-mentions.graphql"), Map.of("id", corpusArticleId("004")))
                .body("errors", nullValue())
                .body("data.article.outlet.name", equalTo("Olivium"))
                .body("data.article.claims.totalCount", equalTo(42))
                .extract().jsonPath();

        Map<String, Integer> mentions = article.<Map<String, Object>>getList("data.article.mentions").stream()
                .collect(Collectors.toMap(mention -> ((Map<?, ?>) mention.get("actor")).get("name").toString(),
                        mention -> (Integer) mention.get("count")));
        assertEquals(15, mentions.get("Mali"));
        assertEquals(8, mentions.get("France"));
        assertEquals(8, mentions.get("Wagner Group"));
        assertEquals(8, mentions.get("Russia"));
        assertEquals(6, mentions.get("Reuters"));
        assertEquals(4, mentions.get("Vladimir Putin"));
        assertEquals("Mali", article.getString("data.article.mentions[0].actor.name"), "most mentioned first");

        List<Map<String, Object>> reuses = article.getList("data.article.reuses");
        assertEquals(List.of(corpusArticleId("002"), corpusArticleId("001")),
                reuses.stream().map(reuse -> ((Map<?, ?>) reuse.get("article")).get("id")).toList(), "largest share first");
        for (Map<String, Object> reuse : reuses) {
            assertTrue(((Number) reuse.get("share")).doubleValue() > 0.05, reuse.toString());
            List<Map<String, Object>> spans = (List<Map<String, Object>>) reuse.get("spans");
            assertFalse(spans.isEmpty());
            for (Map<String, Object> span : spans) {
                assertTrue((Integer) span.get("start") < (Integer) span.get("end"), span.toString());
                assertTrue((Integer) span.get("otherStart") < (Integer) span.get("otherEnd"), span.toString());
            }
        }
    }

    @Test
    void whoSaysAThousandMercenariesAndWhoDeniesGroupedByStance() {
        JsonPath groups = GraphQL.post(GraphQL.document("mercenary-numbers-by-stance.graphql"))
                .body("errors", nullValue())
                .body("data.claimGroups.stance", hasItems("ASSERTED", "REPORTED", "SPECULATED", "DENIED"))
                .extract().jsonPath();
        assertEquals(Set.of("Malian Ministry of Defence", "Author of 001 (unnamed outlet)"),
                sourcesOfFigure(groups, "ASSERTED", "thousand"));
        assertEquals(Set.of("press reports (unnamed)", "a European source tracking West Africa", "a security source in the area", "Reuters"),
                sourcesOfFigure(groups, "SPECULATED", "thousand|1,000"));
        List<String> denials = groups.getList("data.claimGroups.find { it.stance == 'DENIED' }.claims.nodes.statement");
        assertTrue(denials.stream().filter(statement -> statement.contains("Baba Cisse") || statement.contains("junta spokesman"))
                .count() >= 3, denials.toString());
    }

    /** The sources of the claims in a stance's group whose figure matches a pattern. */
    private static Set<String> sourcesOfFigure(JsonPath groups, String stance, String figure) {
        List<Map<String, Object>> claims = groups.getList("data.claimGroups.find { it.stance == '" + stance + "' }.claims.nodes");
        java.util.regex.Pattern pattern = java.util.regex.Pattern.compile(figure);
        return claims.stream()
                .filter(claim -> claim.get("quantity") != null
                        && pattern.matcher(((Map<?, ?>) claim.get("quantity")).get("text").toString()).find())
                .flatMap(claim -> ((List<?>) claim.get("sources")).stream().map(source -> ((Map<?, ?>) source).get("name").toString()))
                .collect(Collectors.toSet());
    }

    @Test
    void theCorpusArticlesSharingPassagesAre001And002And004EachWithTheOthers() {
        // Other tests ingest articles that reuse each other, newer than the corpus: page to the end.
        Map<String, Set<String>> partners = new java.util.TreeMap<>();
        String after = null;
        do {
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put("after", after);
            JsonPath articles = GraphQL.post(GraphQL.document("articles-sharing-passages.graphql"), variables)
                    .body("errors", nullValue()).extract().jsonPath();
            for (Map<String, Object> article : articles.<Map<String, Object>>getList("data.articles.nodes")) {
                if (article.get("corpusFile") != null) {
                    partners.put(article.get("corpusFile").toString().substring(0, 3), ((List<?>) article.get("reuses")).stream()
                            .map(reuse -> ((Map<?, ?>) ((Map<?, ?>) reuse).get("article")).get("id").toString())
                            .collect(Collectors.toCollection(TreeSet::new)));
                }
            }
            after = articles.getBoolean("data.articles.pageInfo.hasNextPage") ? articles.getString("data.articles.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(Map.of("001", Set.of(corpusArticleId("004")), "002", Set.of(corpusArticleId("004")),
                "004", Set.of(corpusArticleId("001"), corpusArticleId("002"))), partners);
    }

    private static String corpusArticleId(String prefix) {
        return GraphQL.post("{ articles(first: 100) { nodes { id corpusFile } } }").extract().jsonPath()
                .getString("data.articles.nodes.find { it.corpusFile != null && it.corpusFile.startsWith('" + prefix + "_') }.id");
    }
}
