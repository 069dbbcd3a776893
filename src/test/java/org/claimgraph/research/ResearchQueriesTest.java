package org.claimgraph.research;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.path.json.JsonPath;
import org.claimgraph.GraphQL;
import org.claimgraph.corpus.Annotations;
import org.claimgraph.corpus.CorpusLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Filters, groupings, paging, search, timeline and contradictions on the corpus. */
@QuarkusTest
class ResearchQueriesTest {

    @Inject
    EntityManager em;

    private final Annotations annotations = CorpusLoader.readBundledAnnotations();

    private int claimCount(String filter) {
        return GraphQL.post("{ claims(filter: " + filter + ") { totalCount } }")
                .body("errors", equalTo(null)).extract().path("data.claims.totalCount");
    }

    @Test
    void eachFilterNarrowsToWhatItNames() {
        // Curated claims only: the ingest tests add extracted claims to the same database.
        int all = claimCount("{ provenance: CURATED }");
        int everything = claimCount("{ provenance: CURATED, includeDeprecated: true }");
        assertEquals(annotatedClaims(), everything);
        assertTrue(all < everything, "deprecated claims are left out by default");
        GraphQL.post("{ claims(filter: { stance: [DENIED] }, first: 100) { nodes { stance } } }")
                .body("data.claims.nodes.stance", everyItem(equalTo("DENIED")));
        GraphQL.post("{ claims(filter: { sourceKind: ANONYMOUS }, first: 100) { nodes { sources { kind } } } }")
                .body("data.claims.nodes.collect { it.sources[0].kind }", everyItem(equalTo("ANONYMOUS")));
        GraphQL.post("{ claims(filter: { outlet: \"Olivium\" }, first: 100) { nodes { article { outlet { name } } } } }")
                .body("data.claims.nodes.article.outlet.name", everyItem(equalTo("Olivium")));
        GraphQL.post("{ claims(filter: { text: \"uranium\" }, first: 100) { nodes { statement quote } } }")
                .body("data.claims.nodes.size()", greaterThan(0));
        GraphQL.post("{ claims(filter: { from: \"2021-09-01\", to: \"2021-09-30\" }, first: 100) { nodes { refersFrom refersPrecision } } }")
                .body("data.claims.nodes.findAll { it.refersPrecision != 'YEAR' }.refersFrom",
                        everyItem(org.hamcrest.Matchers.startsWith("2021-09")));
        // extracted claims are born unreviewed; reviewClaim (ClaimReviewTest) confirms or rejects some of them
        assertEquals(claimCount("{ provenance: EXTRACTED, includeDeprecated: true }"),
                claimCount("{ provenance: EXTRACTED, reviewStatus: UNREVIEWED, includeDeprecated: true }")
                        + claimCount("{ provenance: EXTRACTED, reviewStatus: CONFIRMED, includeDeprecated: true }")
                        + claimCount("{ provenance: EXTRACTED, reviewStatus: REJECTED, includeDeprecated: true }"));
        assertEquals(all, claimCount("{ provenance: CURATED, reviewStatus: CONFIRMED, minConfidence: 0 }"));
        assertTrue(claimCount("{ provenance: CURATED, minConfidence: 0.95 }") < all, "some curated claims have a lower confidence");
        assertTrue(claimCount("{ about: \"Prigozhin\", topic: \"payments\" }") < claimCount("{ about: \"Prigozhin\" }"));
    }

    /** A claim dated only to September 2021 refers to every day of it, and one dated to 2021 to every day of the year. */
    @Test
    void aDateRangeMatchesClaimsWhosePeriodOverlapsIt() {
        String query = """
                query ($from: Date, $to: Date) { claims(filter: { from: $from, to: $to }, first: 100) {
                  nodes { refersFrom refersTo refersPrecision } } }
                """;
        List<Map<String, String>> tenth = GraphQL.post(query, Map.of("from", "2021-09-10", "to", "2021-09-10"))
                .body("errors", equalTo(null)).extract().path("data.claims.nodes");
        assertTrue(tenth.stream().anyMatch(c -> "2021-09-01".equals(c.get("refersFrom")) && "MONTH".equals(c.get("refersPrecision"))),
                "claims dated to September 2021: " + tenth);
        assertTrue(tenth.stream().anyMatch(c -> "YEAR".equals(c.get("refersPrecision"))), "claims dated to 2021: " + tenth);
        assertTrue(tenth.stream().noneMatch(c -> "DAY".equals(c.get("refersPrecision"))), "no claim is dated to that day: " + tenth);
        List<Map<String, String>> after = GraphQL.post(query, Map.of("from", "2021-10-01"))
                .body("errors", equalTo(null)).extract().path("data.claims.nodes");
        assertTrue(after.stream().noneMatch(c -> "2021-09-01".equals(c.get("refersFrom")) && c.get("refersTo") == null
                && !"YEAR".equals(c.get("refersPrecision"))), "September ends before October: " + after);
    }

    /** `about` finds the actor by an exact alias (the quick path) and by a misspelling (the similarity search) alike. */
    @Test
    void aboutTakesAnExactAliasOrAMisspelling() {
        int exact = claimCount("{ about: \"Prigozhin\" }");
        assertTrue(exact > 0);
        assertEquals(exact, claimCount("{ about: \"prigozhin\" }"));
        assertEquals(exact, claimCount("{ about: \"Prigojine\" }"));
    }

    @Test
    void pagingWalksEveryClaimOnceInAStableOrder() {
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String after = null;
        do {
            JsonPath page = GraphQL.post("""
                    query ($after: String) { claims(first: 7, after: $after, orderBy: NEWEST) {
                      totalCount edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }
                    """, after == null ? Map.of() : Map.of("after", after)).extract().jsonPath();
            for (String id : page.<String>getList("data.claims.edges.node.id")) {
                assertTrue(seen.add(id), "claim " + id + " twice");
                order.add(id);
            }
            after = page.getBoolean("data.claims.pageInfo.hasNextPage") ? page.getString("data.claims.pageInfo.endCursor") : null;
        } while (after != null);
        assertEquals(claimCount("{}"), seen.size());
        List<Long> ids = order.stream().map(Long::valueOf).toList();
        assertEquals(ids.stream().sorted(java.util.Comparator.reverseOrder()).toList(), ids, "NEWEST runs from the highest id down");
    }

    @Test
    void everyGroupingPartitionsTheFilteredClaims() {
        int total = claimCount("{ about: \"Wagner\" }");
        for (String grouping : List.of("SOURCE", "OUTLET", "STANCE", "ARTICLE", "MONTH")) {
            List<Integer> counts = GraphQL.post("{ claimGroups(by: " + grouping + ", filter: { about: \"Wagner\" }, first: 100) "
                    + "{ key count claims(first: 1) { totalCount } } }").body("errors", equalTo(null))
                    .extract().jsonPath().getList("data.claimGroups.count");
            assertEquals(total, counts.stream().mapToInt(Integer::intValue).sum(), grouping + " groups add up");
        }
        GraphQL.post("{ claimGroups(by: TOPIC, filter: { about: \"Wagner\" }) { topic { slug } count } }")
                .body("data.claimGroups.topic.slug", hasItems("payments", "deployment"));
        GraphQL.post("{ claimGroups(by: ACTOR, filter: { topic: \"payments\" }) { actor { name } count } }")
                .body("data.claimGroups.actor.name", hasItem("Wagner Group"));
        GraphQL.post("{ claimGroups(by: MONTH, filter: { about: \"Wagner\" }, first: 100) { key month count } }")
                .body("data.claimGroups.key", hasItems("2021-09", "none"));
        GraphQL.post("{ claimGroups(by: OUTLET, filter: { about: \"Wagner\" }) { key outlet { name } } }")
                .body("data.claimGroups.find { it.key != 'none' }.outlet.name", equalTo("Olivium"));
    }

    @Test
    void groupsPageWithTheirCursors() {
        JsonPath first = GraphQL.post("{ claimGroups(by: SOURCE, first: 3) { key cursor } }").extract().jsonPath();
        String cursor = first.getString("data.claimGroups[2].cursor");
        List<String> next = GraphQL.post("query ($after: String) { claimGroups(by: SOURCE, first: 3, after: $after) { key } }",
                Map.of("after", cursor)).extract().jsonPath().getList("data.claimGroups.key");
        List<String> sixAtOnce = GraphQL.post("{ claimGroups(by: SOURCE, first: 6) { key } }").extract().jsonPath()
                .getList("data.claimGroups.key");
        assertEquals(sixAtOnce.subList(3, 6), next);
        // a position among groups by source once paged the groups by topic from the wrong place
        GraphQL.post("query ($after: String) { claimGroups(by: TOPIC, after: $after) { key } }", Map.of("after", cursor))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void aMisspeltNameFindsTheActorsClaimsInSearch() {
        GraphQL.post(GraphQL.document("search.graphql"), Map.of("query", "Prigojine"))
                .body("errors", equalTo(null))
                .body("data.search.expandedNames", hasItem("Yevgeny Prigozhin"))
                .body("data.search.totalCount", greaterThan(3))
                .body("data.search.edges.node.kind", hasItems("CLAIM", "ARTICLE"))
                .body("data.search.edges[0].node.snippet", org.hamcrest.Matchers.containsString("<mark>"));
        GraphQL.post(GraphQL.document("search.graphql"), Map.of("query", "uranium"))
                .body("data.search.expandedNames.size()", equalTo(0))
                .body("data.search.edges.node.snippet", everyItem(org.hamcrest.Matchers.containsStringIgnoringCase("<mark>uranium</mark>")));
    }

    /** No text of the corpus says "payment(s)": the words alone found nothing for the headline question. */
    @Test
    void aQueryNamingATopicFindsTheClaimsFiledUnderIt() {
        JsonPath hits = GraphQL.post("""
                { search(query: "Wagner payments", first: 100) { totalCount expandedTopics
                  nodes { kind claim { statement quote topics } } } }
                """).body("errors", equalTo(null)).extract().jsonPath();
        assertEquals(List.of("Payments"), hits.getList("data.search.expandedTopics"));
        List<Map<String, Object>> claims = hits.<Map<String, Map<String, Object>>>getList("data.search.nodes").stream()
                .filter(hit -> hit.get("claim") != null).map(hit -> hit.get("claim")).toList();
        assertTrue(claims.stream().anyMatch(claim -> !(claim.get("statement") + " " + claim.get("quote")).toLowerCase().contains("payment")),
                "a claim on payments that does not say the word: " + claims);
        for (Map<String, Object> claim : claims) {
            String text = (claim.get("statement") + " " + claim.get("quote")).toLowerCase(java.util.Locale.ROOT);
            assertTrue(text.contains("wagner"), "every hit has the query's other word: " + claim);
            assertTrue(text.contains("payment") || ((List<?>) claim.get("topics")).contains("payments"), "on payments: " + claim);
        }
        GraphQL.post("{ search(query: \"\\\"Wagner payments\\\"\") { expandedTopics } }")
                .body("data.search.expandedTopics", equalTo(List.of()));
        GraphQL.post("{ search(query: \"Russian influence\") { expandedTopics } }")
                .body("data.search.expandedTopics", equalTo(List.of("Geopolitical influence")));
    }

    @Test
    void anExcludedNameIsExcludedAndBringsInNoActorsNames() {
        JsonPath hits = GraphQL.post("""
                { search(query: "-wagner mali", first: 100) { totalCount expandedNames
                  nodes { kind article { text } claim { statement quote } } } }
                """).body("errors", equalTo(null)).extract().jsonPath();
        assertEquals(List.of(), hits.getList("data.search.expandedNames"));
        assertTrue(hits.getInt("data.search.totalCount") > 0, "claims on Mali without Wagner");
        for (Map<String, Map<String, String>> hit : hits.<Map<String, Map<String, String>>>getList("data.search.nodes")) {
            String text = hit.get("claim") != null ? hit.get("claim").get("statement") + " " + hit.get("claim").get("quote")
                    : hit.get("article").get("text");
            assertFalse(text.toLowerCase(java.util.Locale.ROOT).contains("wagner"), "a hit with Wagner: " + text);
        }
        GraphQL.post("{ search(query: \"Jean-Yves Le Drian\") { expandedNames } }")
                .body("data.search.expandedNames", hasItem("Le Drian"));
    }

    @Test
    void aQueryOfStopWordsFindsNothingAndBringsInNoActorsNames() {
        // "the" is a word of "the Wagner Group", "the Junta", "the Russian state": it once expanded to those actors.
        for (String stopWords : List.of("the", "of the")) {
            GraphQL.post(GraphQL.document("search.graphql"), Map.of("query", stopWords))
                    .body("errors", equalTo(null))
                    .body("data.search.expandedNames.size()", equalTo(0))
                    .body("data.search.totalCount", equalTo(0));
        }
        GraphQL.post(GraphQL.document("search.graphql"), Map.of("query", "the Wagner Group"))
                .body("data.search.expandedNames", hasItem("Wagner"));
    }

    @Test
    void aNameSpeltExactlyOrTooShortForTyposBringsInNoLookalikes() {
        // "Putin" brought in Prigozhin ("Putin's chef"), "US" the USSR, "b" the junta (through "Bamako").
        GraphQL.post(GraphQL.document("search.graphql"), Map.of("query", "Putin"))
                .body("data.search.expandedNames", hasItem("Vladimir Putin"))
                .body("data.search.expandedNames", not(hasItem("Yevgeny Prigozhin")));
        GraphQL.post(GraphQL.document("search.graphql"), Map.of("query", "US"))
                .body("data.search.expandedNames", hasItem("United States"))
                .body("data.search.expandedNames", not(hasItem("Soviet Union")));
        for (String fragment : List.of("b", "Ma", "de")) {
            GraphQL.post(GraphQL.document("search.graphql"), Map.of("query", fragment))
                    .body("data.search.expandedNames.size()", equalTo(0));
            GraphQL.post("query ($a: String) { claims(filter: { about: $a }) { totalCount } }", Map.of("a", fragment))
                    .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
        }
        GraphQL.post(GraphQL.document("search.graphql"), Map.of("query", "Prigozin"))
                .body("data.search.expandedNames", hasItem("Yevgeny Prigozhin"));
    }

    @Test
    void anAliasThatIsAStopWordStillBringsInItsActor() {
        // "who" is an English stop word, so the text search alone cannot find the organisation.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                WITH who AS (INSERT INTO actor (key, name, kind) VALUES ('test-who', 'World Health Organization',
                                                                         'INTERNATIONAL_ORGANISATION') RETURNING id)
                INSERT INTO actor_alias (actor_id, alias, normalized) SELECT id, 'WHO', 'who' FROM who
                """).executeUpdate());
        try {
            GraphQL.post(GraphQL.document("search.graphql"), Map.of("query", "WHO"))
                    .body("errors", equalTo(null))
                    .body("data.search.expandedNames", hasItem("WHO"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM actor WHERE key = 'test-who'").executeUpdate());
        }
    }

    @Test
    void theTimelineCountsClaimsByTheMonthTheyReferTo() {
        JsonPath timeline = GraphQL.post(GraphQL.document("timeline.graphql")).body("errors", equalTo(null)).extract().jsonPath();
        int dated = timeline.<Integer>getList("data.timeline.buckets.count").stream().mapToInt(Integer::intValue).sum();
        assertEquals(claimCount("{ topic: \"deployment\" }"),
                dated + timeline.getInt("data.timeline.undatedCount") + timeline.getInt("data.timeline.impreciseCount"));
        assertTrue(timeline.<String>getList("data.timeline.buckets.start").contains("2021-09-01"));
        GraphQL.post("{ timeline(filter: { topic: \"deployment\" }, bucket: DAY) { buckets { start end } } }")
                .body("data.timeline.buckets.collect { it.start == it.end }", everyItem(equalTo(true)));
    }

    /**
     * A claim dated only to September 2021 is on no particular day of it: a DAY timeline that put it on the 1st
     * showed 45 claims on 1 September where 25 were dated only to the month; a MONTH timeline put year-dated
     * claims in January.
     */
    @ParameterizedTest
    @CsvSource({"DAY, DAY", "WEEK, DAY", "MONTH, DAY MONTH", "YEAR, DAY MONTH YEAR"})
    void aTimelinePlacesOnlyClaimsDatedAsPreciselyAsItsBuckets(String bucket, String fitting) {
        JsonPath timeline = GraphQL.post("""
                query ($bucket: TimeBucket!) { timeline(bucket: $bucket) { undatedCount impreciseCount
                  buckets { count claims(first: 100) { totalCount nodes { refersPrecision } } } } }
                """, Map.of("bucket", bucket)).body("errors", equalTo(null)).extract().jsonPath();
        List<String> placed = timeline.getList("data.timeline.buckets.claims.nodes.refersPrecision.flatten()");
        assertTrue(List.of(fitting.split(" ")).containsAll(placed), bucket + " buckets hold " + new HashSet<>(placed));
        assertEquals(timeline.<Integer>getList("data.timeline.buckets.count"),
                timeline.<Integer>getList("data.timeline.buckets.claims.totalCount"), "a bucket's count is its claims");
        int dated = timeline.<Integer>getList("data.timeline.buckets.count").stream().mapToInt(Integer::intValue).sum();
        int imprecise = timeline.getInt("data.timeline.impreciseCount");
        assertEquals(claimCount("{}"), dated + timeline.getInt("data.timeline.undatedCount") + imprecise);
        assertEquals(bucket.equals("YEAR"), imprecise == 0, "imprecise " + imprecise);
    }

    @Test
    void groupsByMonthKeepClaimsDatedOnlyToAYearInTheirYear() {
        GraphQL.post("{ claimGroups(by: MONTH, first: 60) { key month claims(first: 60) { nodes { refersFrom refersPrecision } } } }")
                .body("errors", equalTo(null))
                .body("data.claimGroups.findAll { it.month != null && it.month.length() == 4 }.claims.nodes.flatten()"
                        + ".collect { it.refersPrecision }.unique()", equalTo(List.of("YEAR")))
                .body("data.claimGroups.findAll { it.month != null && it.month.length() == 7 }.claims.nodes.flatten()"
                        + ".collect { it.refersPrecision }.unique().sort()", equalTo(List.of("DAY", "MONTH")))
                .body("data.claimGroups.find { it.key == '2014' }.claims.nodes.refersFrom", everyItem(equalTo("2014-01-01")))
                .body("data.claimGroups.find { it.key == '2014-01' }", equalTo(null));
    }

    @Test
    void contradictionsIncludeTheCuratedLinksAndComputedDenials() {
        JsonPath contradictions = GraphQL.post(GraphQL.document("contradictions.graphql"))
                .body("errors", equalTo(null)).extract().jsonPath();
        List<List<String>> reasons = contradictions.getList("data.contradictions.edges.node.reasons");
        assertTrue(reasons.stream().anyMatch(r -> r.contains("LINKED")));
        assertTrue(reasons.stream().anyMatch(r -> r.contains("STANCE")));
        GraphQL.post("{ contradictions(filter: { about: \"Wagner\" }, first: 100) { edges { node { reasons first { stance } second { stance } } } } }")
                .body("data.contradictions.edges.node.findAll { it.reasons == ['STANCE'] }.collect { [it.first.stance, it.second.stance].contains('DENIED') }",
                        everyItem(equalTo(true)));
        // the corpus's claims only: ingest tests add extracted payment claims whose figures do differ
        GraphQL.post("{ contradictions(filter: { about: \"Wagner\", topic: \"payments\", provenance: CURATED }, "
                + "tolerance: 0.001, first: 100) "
                + "{ edges { node { reasons explanation } } } }")
                .body("data.contradictions.edges.node.reasons.flatten()", hasItem("QUANTITY"));
        // "relative to the larger one": above 1 no two figures could disagree, so 5 is a mistake, not "very tolerant"
        GraphQL.post("{ contradictions(filter: { about: \"Wagner\", topic: \"payments\" }, tolerance: 5) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("must be less than or equal to 1.0"));
        GraphQL.post("{ contradictions(filter: { about: \"Wagner\", topic: \"payments\", provenance: CURATED }, "
                + "tolerance: 0.25, first: 100) "
                + "{ edges { node { reasons } } } }")
                .body("data.contradictions.edges.node.reasons.flatten()", not(hasItem("QUANTITY")));
    }

    /**
     * Scores PostgreSQL computes as `real` are printed as the real they are: 5.4, not the double it widens to,
     * 5.400000095367432, which tells a reader of the raw JSON about precision that is not there.
     */
    @Test
    void scoresArePrintedAtTheirOwnPrecision() {
        String body = GraphQL.post("""
                { search(query: "Wagner", first: 5) { nodes { rank } }
                  contradictions(filter: { about: "Wagner" }, first: 5) { nodes { similarity } }
                  articles { nodes { reuses { share } } } }
                """).body("errors", equalTo(null)).extract().asString();
        Matcher score = Pattern.compile("\"(rank|similarity|share)\":([0-9.eE+-]+)").matcher(body);
        int scores = 0;
        while (score.find()) {
            scores++;
            String printed = score.group(2);
            assertEquals(0, new BigDecimal(Float.toString(Float.parseFloat(printed))).compareTo(new BigDecimal(printed)),
                    score.group(1) + " printed as " + printed);
        }
        assertTrue(scores >= 12, "scores found: " + scores);
    }

    private int annotatedClaims() {
        return annotations.articles().values().stream().mapToInt(article -> article.claims().size()).sum();
    }
}
