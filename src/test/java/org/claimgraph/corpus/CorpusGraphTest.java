package org.claimgraph.corpus;

import io.quarkus.test.TestTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.claimgraph.ClaimgraphConfig;
import org.claimgraph.GraphQL;
import org.claimgraph.claim.Claim;
import org.claimgraph.claim.ClaimRelation;
import org.claimgraph.corpus.CorpusLoader.CorpusLoadException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The corpus as loaded at start-up, read back over GraphQL, and the loader's guarantees. */
@QuarkusTest
class CorpusGraphTest {

    @Inject
    CorpusLoader loader;

    @Inject
    ClaimgraphConfig config;

    private final Annotations annotations = CorpusLoader.readBundledAnnotations();

    @Test
    void everyCorpusFileIsAnArticle() throws Exception {
        List<String> files;
        try (Stream<Path> listing = Files.list(corpusDir())) {
            files = listing.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".txt")).sorted().toList();
        }
        List<String> loaded = GraphQL.post("{ articles(first: 100) { nodes { corpusFile } } }")
                .extract().jsonPath().getList("data.articles.nodes.findAll { it.corpusFile != null }.corpusFile");
        assertEquals(files, loaded.stream().sorted().toList());
    }

    @Test
    void everyAnnotatedClaimIsStoredWithItsArticle() {
        for (Map.Entry<String, Integer> expected : annotatedClaimCounts().entrySet()) {
            GraphQL.post("""
                    query ($id: ID!) { article(id: $id) { corpusFile claims(includeDeprecated: true) { totalCount } } }
                    """, Map.of("id", articleId(expected.getKey())))
                    .body("data.article.corpusFile", equalTo(expected.getKey()))
                    .body("data.article.claims.totalCount", equalTo(expected.getValue()));
        }
    }

    @Test
    void everyQuoteIsTheCleanedTextAtItsOffsets() {
        int checked = 0;
        for (String file : annotatedClaimCounts().keySet()) {
            String after = null;
            do {
                JsonPath page = GraphQL.post("""
                        query ($id: ID!, $after: String) {
                          article(id: $id) {
                            text
                            claims(first: 100, after: $after, includeDeprecated: true) {
                              nodes { key quote prefix suffix startOffset endOffset }
                              pageInfo { hasNextPage endCursor }
                            }
                          }
                        }
                        """, variables("id", articleId(file), "after", after)).extract().jsonPath();
                String text = page.getString("data.article.text");
                for (Map<String, Object> claim : page.<Map<String, Object>>getList("data.article.claims.nodes")) {
                    int start = (Integer) claim.get("startOffset");
                    int end = (Integer) claim.get("endOffset");
                    assertEquals(claim.get("quote"), codePoints(text, start, end), file + " " + claim.get("key"));
                    assertEquals(claim.get("prefix"), codePoints(text, Math.max(0, start - 32), start), "prefix of " + claim.get("key"));
                    assertEquals(claim.get("suffix"), codePoints(text, end, Math.min(text.codePointCount(0, text.length()), end + 32)),
                            "suffix of " + claim.get("key"));
                    checked++;
                }
                after = page.getBoolean("data.article.claims.pageInfo.hasNextPage")
                        ? page.getString("data.article.claims.pageInfo.endCursor") : null;
            } while (after != null);
        }
        assertEquals(annotatedClaimCounts().values().stream().mapToInt(Integer::intValue).sum(), checked);
    }

    @Test
    void oneQueryGoesFromAnArticleToTheActorsBehindItsSources() {
        GraphQL.postExact("""
                query ($id: ID!) {
                  article(id: $id) {
                    outlet { name kind }
                    author
                    claims(first: 100) {
                      nodes {
                        key quote stance
                        sources { name kind actor { name kind aliases } }
                        quantity { text amount currency period usdPerMonth }
                      }
                    }
                  }
                }
                """, Map.of("id", articleId("004_920713c5ea0235c0.txt")))
                .body("data.article.outlet.name", equalTo("Olivium"))
                .body("data.article.outlet.kind", equalTo("MEDIA_OUTLET"))
                .body("data.article.author", equalTo("Olivium's Editor"))
                .body("data.article.claims.nodes.find { it.key == 'c004-le-drian-irreconcilable' }.sources[0].actor.name",
                        equalTo("Jean-Yves Le Drian"))
                .body("data.article.claims.nodes.find { it.key == 'c004-le-drian-irreconcilable' }.sources[0].actor.aliases",
                        hasItems("Jean-Yves Le Drian", "Jean-Yves le Drian"))
                .body("data.article.claims.nodes.find { it.key == 'c004-four-sources-pay' }.sources.kind",
                        equalTo(List.of("ANONYMOUS", "NEWS_AGENCY")))
                .body("data.article.claims.nodes.find { it.key == 'c004-four-sources-pay' }.sources[1].actor.name",
                        equalTo("Reuters"))
                .body("data.article.claims.nodes.find { it.key == 'c004-four-sources-pay' }.quantity.currency", equalTo("XOF"))
                // 6e9 XOF × (1.1827 / 655.957) USD per XOF, per month
                .rootPath("data.article.claims.nodes.find { it.key == 'c004-four-sources-pay' }.quantity")
                .body("usdPerMonth", equalTo(new BigDecimal("10818087.16")));
    }

    @Test
    void reloadingChangesNoCountAndNoId() {
        Map<String, Long> before = claimIdsByKey();
        long relations = relationCount();
        loader.reload(corpusDir(), annotations);
        assertEquals(before, claimIdsByKey());
        assertEquals(relations, relationCount());
        assertEquals(5, GraphQL.post("{ articles(first: 100) { nodes { corpusFile } } }").extract().jsonPath()
                .getList("data.articles.nodes.findAll { it.corpusFile != null }").size());
    }

    @Test
    @TestTransaction
    void anEditedAnnotationUpdatesItsRecord() {
        String key = "c004-four-sources-pay";
        Long id = Claim.<Claim>findByKey(key).orElseThrow().id;
        loader.reload(corpusDir(), withClaim(annotations, key, claim -> copy(claim, "An edited statement.", claim.quote())));
        Claim edited = Claim.<Claim>findByKey(key).orElseThrow();
        assertEquals("An edited statement.", edited.statement);
        assertEquals(id, edited.id);
    }

    @Test
    void aQuoteNotInTheTextFailsTheLoadByNameAndWritesNothing() {
        String editedKey = "c000-le-drian-irreconcilable";
        String brokenKey = "c004-four-sources-pay";
        String brokenQuote = "According to five sources, the Wagner Group would be paid";
        Annotations broken = withClaim(withClaim(annotations, editedKey, claim -> copy(claim, "Must not be stored.", claim.quote())),
                brokenKey, claim -> copy(claim, claim.statement(), brokenQuote));

        CorpusLoadException failure = assertThrows(CorpusLoadException.class, () -> loader.reload(corpusDir(), broken));

        assertTrue(failure.getMessage().contains("004_920713c5ea0235c0.txt"), failure.getMessage());
        assertTrue(failure.getMessage().contains(brokenKey), failure.getMessage());
        assertTrue(failure.getMessage().contains(brokenQuote), failure.getMessage());
        GraphQL.post("query ($id: ID!) { claim(id: $id) { statement } }", Map.of("id", claimIdsByKey().get(editedKey)))
                .body("data.claim.statement", org.hamcrest.Matchers.not(equalTo("Must not be stored.")));
    }

    @Test
    void topicsLeadToTheirClaimsAndClaimsBackToTheirTopics() {
        int viaFilter = GraphQL.post("{ claims(filter: { topic: \"payments\" }) { totalCount } }")
                .extract().path("data.claims.totalCount");
        GraphQL.post("{ topic(slug: \"payments\") { name claims(first: 100) { totalCount nodes { topics } } } }")
                .body("data.topic.claims.totalCount", equalTo(viaFilter))
                .body("data.topic.claims.nodes.topics", org.hamcrest.Matchers.everyItem(hasItem("payments")));
    }

    @Test
    void actorsAreMentionedUnderEverySpelling() {
        GraphQL.post("""
                query ($id: ID!) { article(id: $id) { mentions { actor { name } count places { surface } } } }
                """, Map.of("id", articleId("000_0483caef16fc3d7b.txt")))
                .body("data.article.mentions.find { it.actor.name == 'Florence Parly' }.places.surface", hasItem("Florence Parlya"))
                .body("data.article.mentions.find { it.actor.name == 'Jean-Yves Le Drian' }.places.surface", hasItem("Jean-Yves le Drian"));
    }

    private Path corpusDir() {
        return config.resolvedCorpusDir().orElseThrow(() -> new IllegalStateException(
                "these tests read the corpus: set CLAIMGRAPH_CORPUS_DIR or keep it at ../shared/corpus"));
    }

    private Map<String, Integer> annotatedClaimCounts() {
        Map<String, Integer> counts = new TreeMap<>();
        annotations.articles().forEach((file, article) -> counts.put(file, article.claims().size()));
        return counts;
    }

    private static String articleId(String corpusFile) {
        return GraphQL.post("{ articles(first: 100) { nodes { id corpusFile } } }").extract().jsonPath()
                .getString("data.articles.nodes.find { it.corpusFile == '" + corpusFile + "' }.id");
    }

    /** The curated claims (the corpus's; other tests add extracted ones, which have no key). */
    private static Map<String, Long> claimIdsByKey() {
        Map<String, Long> ids = new TreeMap<>();
        String after = null;
        do {
            JsonPath page = GraphQL.post("""
                    query ($after: String) {
                      claims(first: 100, after: $after, filter: { includeDeprecated: true, provenance: CURATED }) {
                        nodes { id key } pageInfo { hasNextPage endCursor }
                      }
                    }
                    """, variables("after", after)).extract().jsonPath();
            for (Map<String, Object> claim : page.<Map<String, Object>>getList("data.claims.nodes")) {
                ids.put((String) claim.get("key"), Long.valueOf((String) claim.get("id")));
            }
            after = page.getBoolean("data.claims.pageInfo.hasNextPage") ? page.getString("data.claims.pageInfo.endCursor") : null;
        } while (after != null);
        return ids;
    }

    private static long relationCount() {
        return ClaimRelation.count();
    }

    private static String codePoints(String text, int start, int end) {
        return text.codePoints().skip(start).limit(end - start)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static Map<String, Object> variables(Object... pairs) {
        Map<String, Object> variables = new java.util.HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            variables.put((String) pairs[i], pairs[i + 1]);
        }
        return variables;
    }

    private static Annotations withClaim(Annotations source, String key, UnaryOperator<Annotations.ClaimEntry> change) {
        Map<String, Annotations.ArticleEntry> articles = new TreeMap<>();
        boolean[] found = {false};
        source.articles().forEach((file, article) -> {
            List<Annotations.ClaimEntry> claims = new ArrayList<>();
            for (Annotations.ClaimEntry claim : article.claims()) {
                if (claim.key().equals(key)) {
                    found[0] = true;
                    claims.add(change.apply(claim));
                } else {
                    claims.add(claim);
                }
            }
            articles.put(file, new Annotations.ArticleEntry(article.title(), article.url(), article.outlet(),
                    article.outletEvidence(), article.author(), article.publishedAt(), article.updatedAt(),
                    article.dateEvidence(), article.language(), claims));
        });
        assertTrue(found[0], "no claim " + key + " in the annotation file");
        return new Annotations(source.curator(), source.topics(), source.actors(), source.sources(), articles, source.relations());
    }

    private static Annotations.ClaimEntry copy(Annotations.ClaimEntry claim, String statement, String quote) {
        return new Annotations.ClaimEntry(claim.key(), statement, quote, claim.occurrence(), claim.sources(), claim.verb(),
                claim.stance(), claim.subjects(), claim.topics(), claim.when(), claim.quantities(), claim.confidence(),
                claim.rank(), claim.note());
    }
}
