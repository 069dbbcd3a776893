package org.claimgraph.ingest;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.claimgraph.GraphQL;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ingestArticle over HTTP and the import command, on texts written for these tests (none is in the corpus). */
@QuarkusTest
class IngestTest {

    private static final String INGEST = """
            mutation ($input: IngestArticleInput!) {
              ingestArticle(input: $input) {
                created claimsExtracted reusedArticles warnings
                candidateActors { name kind reviewStatus }
                article {
                  id title outlet { name }
                  claims(first: 100) { totalCount nodes {
                    quote stance reportingVerb provenance pipelineVersion reviewStatus
                    sources { name kind anonymousCount actor { name } }
                    quantity { text amount currency period usdPerMonth }
                  } }
                  mentions { actor { name } }
                }
              }
            }
            """;

    /** A made-up report, shaped like agency copy: attributions, a denial, anonymous sources, money. */
    private static String report(String marker) {
        return """
                Wagner deal stirs new row over Sahel security

                The Malian junta is close to hiring the Wagner Group to guard senior officials, three diplomatic sources told Reuters on Monday.

                The contractors would be paid about 4 billion CFA francs a month, according to two of the sources.

                "There is no agreement and no negotiation," a spokesman for the transitional government said on Tuesday.

                Jean-Yves Le Drian warned that such a deployment would be incompatible with the French presence in Mali.

                Analysts at the Ouagadougou Security Forum said the talks had been under way since the summer. Ref %s.
                """.formatted(marker);
    }

    private static JsonPath ingest(Map<String, Object> input) {
        return GraphQL.post(INGEST, Map.of("input", input)).body("errors", nullValue()).extract().jsonPath();
    }

    @Test
    void aNewReportBecomesUnreviewedClaimsWithSourcesStancesAndMoney() {
        JsonPath first = ingest(Map.of("text", report(UUID.randomUUID().toString())));
        assertTrue(first.getBoolean("data.ingestArticle.created"));
        assertEquals("Wagner deal stirs new row over Sahel security", first.getString("data.ingestArticle.article.title"));
        List<Map<String, Object>> claims = first.getList("data.ingestArticle.article.claims.nodes");
        assertTrue(claims.size() >= 3, "claims: " + claims);
        assertTrue(claims.stream().allMatch(claim -> "EXTRACTED".equals(claim.get("provenance"))
                && "UNREVIEWED".equals(claim.get("reviewStatus")) && claim.get("pipelineVersion") != null));
        assertTrue(claims.stream().anyMatch(claim -> "DENIED".equals(claim.get("stance"))), "the spokesman's denial");
        Map<String, Object> money = claims.stream().map(claim -> (Map<String, Object>) claim.get("quantity"))
                .filter(quantity -> quantity != null && "XOF".equals(quantity.get("currency"))).findFirst().orElseThrow();
        // 4e9 XOF a month at 1.1827/655.957 USD per XOF
        assertEquals(7212058.11, ((Number) money.get("usdPerMonth")).doubleValue(), 1.0);
        assertTrue(first.getList("data.ingestArticle.article.mentions.actor.name").contains("Wagner Group"));
    }

    /** Agency copy opens with "PLACE, date (Agency) - ": the date is the article's, and no claim quotes the dateline. */
    @Test
    void aWireDatelineDatesTheArticleAndStaysOutOfItsClaims() {
        String text = report(UUID.randomUUID().toString())
                .replace("\n\nThe Malian junta", "\n\nBAMAKO, 3 March 2022 (Reuters) - The Malian junta");
        JsonPath stored = ingest(Map.of("text", text));
        List<String> quotes = stored.getList("data.ingestArticle.article.claims.nodes.quote");
        assertTrue(quotes.stream().anyMatch(quote -> quote.startsWith("The Malian junta is close to hiring")), "quotes: " + quotes);
        assertTrue(quotes.stream().noneMatch(quote -> quote.contains("BAMAKO")), "quotes: " + quotes);
        GraphQL.post("query ($id: ID!) { article(id: $id) { publishedAt } }",
                        Map.of("id", stored.getString("data.ingestArticle.article.id")))
                .body("data.article.publishedAt", equalTo("2022-03-03"));
    }

    @Test
    void aBlankTitleBylineOrOutletIsOneNotGivenAndTheTextsOwnIsUsed() {
        String text = report(UUID.randomUUID().toString()).replaceFirst("\n\n", "\n\nBy Jane Doe\n\n");
        JsonPath stored = ingest(Map.of("text", text, "title", "  ", "author", "", "outlet", " \t"));
        assertEquals("Wagner deal stirs new row over Sahel security", stored.getString("data.ingestArticle.article.title"));
        String id = stored.getString("data.ingestArticle.article.id");
        GraphQL.post("query ($id: ID!) { article(id: $id) { author outlet { name } } }", Map.of("id", id))
                .body("errors", nullValue())
                .body("data.article.author", equalTo("Jane Doe"))
                .body("data.article.outlet", nullValue());
    }

    @Test
    void markupInAnArticleIsEscapedInSearchSnippetsAndOnlyTheMatchesAreMarked() {
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        String text = "A page about markup\n\nThe tag <img src=x onerror=alert(1)> appears next to " + word
                + " & \"quoted\" words, and 5 < 6 is true.";
        ingest(Map.of("text", text, "format", "TEXT"));
        String snippet = GraphQL.post(GraphQL.document("search.graphql"), Map.of("query", word))
                .body("errors", nullValue())
                .extract().jsonPath().getString("data.search.edges[0].node.snippet");
        assertTrue(snippet.contains("&lt;img src=x onerror=alert(1)&gt;"), snippet);
        assertTrue(snippet.contains("<mark>" + word + "</mark>"), snippet);
        assertTrue(snippet.contains("&amp; &quot;quoted&quot;") && snippet.contains("5 &lt; 6"), snippet);
        assertEquals(snippet.replace("<mark>", "").replace("</mark>", ""), snippet.replaceAll("<[^>]*>", ""),
                "no tag but the marks");
    }

    @Test
    void anHtmlPagesDateAuthorLanguageAndKnownOutletComeFromItsMarkupWhenTheCallerGivesNone() {
        String page = "<html lang=\"en-GB\"><head><meta property=\"article:published_time\" content=\"2021-09-14T10:00:00Z\"></head><body>"
                + "<article><h1>Wagner deal stirs new row</h1><p>" + report(UUID.randomUUID().toString()).replace("\n\n", "</p><p>")
                + "</p></article></body></html>";
        String id = ingest(Map.of("text", page.replace("<head>",
                "<head><meta property=\"og:site_name\" content=\"Reuters\"><meta name=\"author\" content=\"John Irish\">")))
                .getString("data.ingestArticle.article.id");
        GraphQL.post("query ($id: ID!) { article(id: $id) { publishedAt author outlet { name } language } }", Map.of("id", id))
                .body("data.article.language", equalTo("en-GB"))
                .body("data.article.publishedAt", equalTo("2021-09-14"))
                .body("data.article.author", equalTo("John Irish"))
                .body("data.article.outlet.name", equalTo("Reuters"));
        String given = "<html><head><meta property=\"article:published_time\" content=\"2021-09-14\"></head><body><p>"
                + report(UUID.randomUUID().toString()).replace("\n\n", "</p><p>") + "</p></body></html>";
        String givenId = ingest(Map.of("text", given, "publishedAt", "2021-09-20")).getString("data.ingestArticle.article.id");
        GraphQL.post("query ($id: ID!) { article(id: $id) { publishedAt } }", Map.of("id", givenId))
                .body("data.article.publishedAt", equalTo("2021-09-20"));
        // a site no one knows yet, named by its own markup, is a candidate outlet (it was no outlet at all)
        String site = "Sahel Ledger " + UUID.randomUUID().toString().substring(0, 8);
        String unknownId = ingest(Map.of("text", page.replace("<head>", "<head><meta property=\"og:site_name\" content=\""
                + site + "\">").replace("Wagner deal", "Wagner row " + UUID.randomUUID())))
                .getString("data.ingestArticle.article.id");
        GraphQL.post("query ($id: ID!) { article(id: $id) { outlet { name kind reviewStatus } } }", Map.of("id", unknownId))
                .body("data.article.outlet.name", equalTo(site))
                .body("data.article.outlet.kind", equalTo("MEDIA_OUTLET"))
                .body("data.article.outlet.reviewStatus", equalTo("UNREVIEWED"));
    }

    @Test
    void plainWireCopyIsPublishedByTheAgencyItsDatelineCreditsAndReadsAsEnglish() {
        String reuters = report(UUID.randomUUID().toString())
                .replace("\n\nThe Malian junta", "\n\nBAMAKO, Sept 14, 2021 (Reuters) - The Malian junta");
        String id = ingest(Map.of("text", reuters)).getString("data.ingestArticle.article.id");
        GraphQL.post("query ($id: ID!) { article(id: $id) { outlet { name } language publishedAt } }", Map.of("id", id))
                .body("data.article.outlet.name", equalTo("Reuters"))
                .body("data.article.language", equalTo("en"))
                .body("data.article.publishedAt", equalTo("2021-09-14"));
        // a wire service no one knows yet is a candidate outlet, and its name in the text links to that outlet
        String agency = "Sahel Wire " + UUID.randomUUID().toString().substring(0, 8).replaceAll("\\d", "x");
        JsonPath unknown = ingest(Map.of("text", reuters.replace("(Reuters)", "(" + agency + ")"), "language", "fr"));
        assertEquals(List.of(), unknown.getList("data.ingestArticle.candidateActors.findAll { it.name == '" + agency + "' }"),
                "not a second, UNKNOWN candidate of the same name");
        GraphQL.post("query ($id: ID!) { article(id: $id) { outlet { name kind reviewStatus } language mentions { actor { name } } } }",
                        Map.of("id", unknown.getString("data.ingestArticle.article.id")))
                .body("data.article.outlet.name", equalTo(agency))
                .body("data.article.outlet.kind", equalTo("MEDIA_OUTLET"))
                .body("data.article.outlet.reviewStatus", equalTo("UNREVIEWED"))
                .body("data.article.language", equalTo("fr"))
                .body("data.article.mentions.actor.name", hasItem(agency));
    }

    @Test
    void aNewNameIsFiledByWhatItsLastWordSaysItIs() {
        String word = UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        String place = "Kel" + word.substring(0, Math.min(6, word.length()));
        String text = ("Sahel talks stall again\n\nThe %1$s Institute for Security Studies said on Monday that the talks had stalled, "
                + "while the %1$s State Department said it was not involved. The %1$s Daily News reported the same, and "
                + "Moussa %1$s, a farmer, said he had seen no soldiers.").formatted(place);
        Map<String, String> kinds = new java.util.HashMap<>();
        for (Map<String, Object> candidate : ingest(Map.of("text", text)).<Map<String, Object>>getList("data.ingestArticle.candidateActors")) {
            kinds.put(candidate.get("name").toString(), candidate.get("kind").toString());
        }
        assertEquals(Map.of(place + " Institute for Security Studies", "ORGANISATION", place + " State Department", "GOVERNMENT_BODY",
                place + " Daily News", "MEDIA_OUTLET", "Moussa " + place, "UNKNOWN"), kinds);
    }

    @Test
    void aLivePageDatedOnlyByItsLastUpdateDatesItsWeekdaysFromThatDay() {
        String text = "Live: Sahel crisis " + UUID.randomUUID() + "\n\nUpdated 18 February 2022\n\n"
                + "The junta said on Thursday that the French ambassador had been ordered to leave within 72 hours.";
        JsonPath stored = GraphQL.post("""
                mutation ($input: IngestArticleInput!) {
                  ingestArticle(input: $input) { article { publishedAt updatedAt claims { nodes { refersFrom } } } }
                }""", Map.of("input", Map.of("text", text))).body("errors", nullValue()).extract().jsonPath();
        assertEquals(null, stored.getString("data.ingestArticle.article.publishedAt"), "an update is no publication date");
        assertEquals("2022-02-18", stored.getString("data.ingestArticle.article.updatedAt"));
        assertEquals("2022-02-17", stored.getString("data.ingestArticle.article.claims.nodes[0].refersFrom"), stored.prettify());
    }

    @Test
    void anArticleNotInEnglishIsStoredWithoutClaimsAndSaysWhy() {
        String french = """
                Mali : la junte dément tout accord %s

                « Il n'y a aucun accord avec Wagner », a déclaré le porte-parole du gouvernement à la télévision nationale.
                Selon des sources diplomatiques, un millier de mercenaires pourraient être déployés pour un coût de six
                milliards de francs CFA par mois, ce que le gouvernement de transition dément dans un communiqué.
                """.formatted(UUID.randomUUID());
        JsonPath stored = GraphQL.post("""
                mutation ($input: IngestArticleInput!) {
                  ingestArticle(input: $input) { created claimsExtracted warnings article { language claims { totalCount } mentions { actor { name } } } }
                }""", Map.of("input", Map.of("text", french))).body("errors", nullValue()).extract().jsonPath();
        assertEquals("fr", stored.getString("data.ingestArticle.article.language"));
        assertEquals(0, stored.getInt("data.ingestArticle.claimsExtracted"));
        assertEquals(0, stored.getInt("data.ingestArticle.article.claims.totalCount"));
        assertTrue(stored.getString("data.ingestArticle.warnings[0]").contains("\"fr\""), stored.prettify());
        assertTrue(stored.getList("data.ingestArticle.article.mentions.actor.name").contains("Wagner Group"), "mentions still linked");
        assertEquals(List.of(), ingest(Map.of("text", report(UUID.randomUUID().toString()))).getList("data.ingestArticle.warnings"),
                "English text: nothing to say");
    }

    @Test
    void theSameArticleTwiceIsOneArticle() {
        String text = report(UUID.randomUUID().toString());
        JsonPath first = ingest(Map.of("text", text));
        JsonPath again = ingest(Map.of("text", text));
        assertEquals(first.getString("data.ingestArticle.article.id"), again.getString("data.ingestArticle.article.id"));
        assertEquals(false, again.getBoolean("data.ingestArticle.created"));
        String url = "https://example.org/" + UUID.randomUUID();
        String page = report(UUID.randomUUID().toString());
        JsonPath byUrl = ingest(Map.of("text", page, "url", url));
        JsonPath sameUrl = ingest(Map.of("text", page + "\n\n", "url", url));
        assertEquals(byUrl.getString("data.ingestArticle.article.id"), sameUrl.getString("data.ingestArticle.article.id"));
        assertEquals(false, sameUrl.getBoolean("data.ingestArticle.created"));
    }

    /** A speaker no article named before is the speaker the first time too, not the author. */
    @Test
    void aNameSeenForTheFirstTimeIsTheSpeakerOfWhatItSaid() {
        String name = "Dravek " + "Ulm" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 5);
        JsonPath stored = ingest(Map.of("text", "Sahel report " + UUID.randomUUID() + "\n\n"
                + "Wagner fighters reached Gao on Monday, " + name + " said."));
        assertTrue(stored.getList("data.ingestArticle.candidateActors.name").contains(name));
        assertEquals(List.of(name), stored.getList("data.ingestArticle.article.claims.nodes[0].sources.name"));
    }

    /**
     * A long text stores all its claims: with every claim of the session checked at each flush, 300,000 characters
     * (5,000 claims) outran the 60 s transaction timeout and nothing was stored.
     */
    @Test
    void aLongTextIsStoredWithAllItsClaims() {
        StringBuilder text = new StringBuilder("A long record of the Sahel talks " + UUID.randomUUID() + "\n");
        for (int i = 1; text.length() < 300_000; i++) {
            text.append("\nOn day ").append(i).append(" the junta said that ").append(i * 3).append(" soldiers had reached Gao, ")
                    .append("according to ").append(i % 7 + 2).append(" diplomatic sources. \"We deny item ").append(i)
                    .append(",\" a spokesman told AFP.\n");
        }
        JsonPath stored = GraphQL.post("""
                mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) {
                  claimsExtracted article { claims(first: 1) { totalCount } } } }
                """, Map.of("input", Map.of("text", text.toString()))).body("errors", nullValue()).extract().jsonPath();
        int extracted = stored.getInt("data.ingestArticle.claimsExtracted");
        assertTrue(extracted > 5_000, "claims: " + extracted);
        assertEquals(extracted, stored.getInt("data.ingestArticle.article.claims.totalCount"));
    }

    /** A new version at a stored URL was answered with the stored article, and its text silently dropped. */
    @Test
    void otherTextAtAStoredUrlIsAConflictAndNothingIsWritten() {
        String url = "https://example.org/" + UUID.randomUUID();
        String original = report(UUID.randomUUID().toString());
        String id = ingest(Map.of("text", original, "url", url)).getString("data.ingestArticle.article.id");
        String revised = original.replace("on Monday", "on Sunday");
        int articles = GraphQL.post("{ articles(first: 1) { totalCount } }").extract().path("data.articles.totalCount");
        GraphQL.post(INGEST, Map.of("input", Map.of("text", revised, "url", url)))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("CONFLICT"))
                .body("errors[0].message", containsString("article " + id + " is stored for this URL with other text"));
        GraphQL.post("{ articles(first: 1) { totalCount } }").body("data.articles.totalCount", equalTo(articles));
        GraphQL.post("query ($id: ID!) { article(id: $id) { text } }", Map.of("id", id))
                .body("data.article.text", containsString("on Monday"));
        // without the URL the revision is an article of its own
        assertTrue(ingest(Map.of("text", revised)).getBoolean("data.ingestArticle.created"));
    }

    @Test
    void concurrentIdenticalIngestsStoreOneArticle() throws Exception {
        String text = report(UUID.randomUUID().toString());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<CompletableFuture<String>> calls = java.util.stream.IntStream.range(0, 4)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> ingest(Map.of("text", text))
                            .getString("data.ingestArticle.article.id"), pool)).toList();
            List<String> ids = calls.stream().map(CompletableFuture::join).distinct().toList();
            assertEquals(1, ids.size(), "ids: " + ids);
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void htmlPagesAreConvertedBeforeCleaning() {
        String page = "<html><head><title>t</title><script>var tracking = 1;</script></head><body><nav>Home | About</nav>"
                + "<article><h1>Mali talks</h1><p>The junta denied any deal with Wagner, its spokesman said on Friday. "
                + UUID.randomUUID() + "</p></article><footer>Copyright 2021</footer></body></html>";
        JsonPath result = ingest(Map.of("text", page, "outlet", "Test Wire " + UUID.randomUUID().toString().substring(0, 8)));
        String id = result.getString("data.ingestArticle.article.id");
        GraphQL.post("query ($id: ID!) { article(id: $id) { text outlet { name kind reviewStatus } } }", Map.of("id", id))
                .body("data.article.text", containsString("The junta denied"))
                .body("data.article.text", org.hamcrest.Matchers.not(containsString("tracking")))
                .body("data.article.outlet.kind", equalTo("MEDIA_OUTLET"))
                .body("data.article.outlet.reviewStatus", equalTo("UNREVIEWED"));
    }

    @Test
    void badInputIsRefusedAndNothingIsStored() {
        int before = articleCount();
        for (Map<String, Object> input : List.<Map<String, Object>>of(
                Map.of("text", "   "),
                Map.of("text", "a".repeat(Ingestor.MAX_CHARACTERS + 1)),
                Map.of("text", "PK\u0003\u0004\u0000\u0000binary\u0001\u0002"),
                Map.of("text", "Some text.", "url", "ftp://example.org/x"),
                Map.of("text", "Some text.", "language", "English"))) {
            GraphQL.post(INGEST, Map.of("input", input))
                    .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                    .body("data", nullValue());
        }
        assertEquals(before, articleCount());
    }

    @Test
    void mutationsAreNotServedOverGet() {
        io.restassured.RestAssured.given().queryParam("query", "mutation { ingestArticle(input: {text: \"x\"}) { created } }")
                .get("/graphql").then().statusCode(405);
    }

    @Test
    void claimsQuotedWordForWordFromAnArticleItSharesPassagesWithRepeatItsClaims() {
        String marker = UUID.randomUUID().toString();
        String original = report(marker);
        String earlier = ingest(Map.of("text", original)).getString("data.ingestArticle.article.id");
        String paragraphs = original.substring(original.indexOf("The Malian junta"), original.indexOf("Jean-Yves"));
        JsonPath copy = GraphQL.post("""
                mutation ($input: IngestArticleInput!) {
                  ingestArticle(input: $input) {
                    reusedArticles repeatedClaims
                    article { claims(first: 50) { nodes { quote relations { type assertedBy from { article { id } } to { quote article { id } } } } } }
                  }
                }
                """, Map.of("input", Map.of("text", "Sahel digest " + marker + "\n\nA round-up of the week's reports on "
                        + "the Sahel, compiled by our desk.\n\n" + paragraphs)))
                .body("errors", nullValue()).extract().jsonPath();
        // other tests' reports share these paragraphs too, so the copy may repeat more than the one it was made from
        assertTrue(copy.getInt("data.ingestArticle.reusedArticles") >= 1, copy.prettify());
        assertTrue(copy.getInt("data.ingestArticle.repeatedClaims") >= 3, copy.prettify());
        List<Map<String, Object>> claims = copy.getList("data.ingestArticle.article.claims.nodes");
        Map<String, Object> denial = claims.stream().filter(claim -> claim.get("quote").toString().contains("There is no agreement"))
                .findFirst().orElseThrow();
        Map<?, ?> relation = ((List<?>) denial.get("relations")).stream().map(link -> (Map<?, ?>) link)
                .filter(link -> earlier.equals(((Map<?, ?>) ((Map<?, ?>) link.get("to")).get("article")).get("id")))
                .findFirst().orElseThrow(() -> new AssertionError("no link to the article copied: " + denial));
        assertEquals("REPEATS", relation.get("type"));
        assertEquals("claimgraph-reuse/1.0", relation.get("assertedBy"));
        assertEquals(denial.get("quote"), ((Map<?, ?>) relation.get("to")).get("quote"));
    }

    @Test
    void extractedClaimsAreDatedByTheirOwnWordsAndTheTimelinePlacesThem() {
        String text = "Sahel week " + UUID.randomUUID() + "\n\nThe junta on Thursday denied paying the Wagner Group, "
                + "a minister said.\n\nTalks with Moscow began in September 2021, two diplomats said.\n\n"
                + "The contractors will be paid in gold, a source said.\n";
        String id = GraphQL.post("""
                mutation ($input: IngestArticleInput!) { ingestArticle(input: $input) { article { id } } }
                """, Map.of("input", Map.of("text", text, "publishedAt", "2022-02-18")))
                .body("errors", nullValue()).extract().path("data.ingestArticle.article.id");
        JsonPath claims = GraphQL.post("query ($f: ClaimFilter) { claims(filter: $f) { nodes { quote refersFrom refersPrecision } } }",
                Map.of("f", Map.of("article", id))).extract().jsonPath();
        // the first sentence has two attributions (the junta's denial, the minister's word), both on that Thursday
        assertEquals(java.util.Set.of("2022-02-17 DAY", "2021-09-01 MONTH"), new java.util.HashSet<>(claims.<String>getList(
                "data.claims.nodes.findAll { it.refersFrom }.collect { it.refersFrom + ' ' + it.refersPrecision }")));
        assertEquals(List.of("The contractors will be paid in gold, a source said."),
                claims.getList("data.claims.nodes.findAll { !it.refersFrom }.quote"));
        GraphQL.post("query ($f: ClaimFilter) { timeline(bucket: MONTH, filter: $f) { buckets { start count } undatedCount } }",
                        Map.of("f", Map.of("article", id)))
                .body("data.timeline.buckets.start", equalTo(List.of("2021-09-01", "2022-02-01")))
                .body("data.timeline.undatedCount", equalTo(1));
    }

    @Test
    void aNameFirstSeenUnderAPersonalTitleIsAPersonWhoseClaimsAreItsOwn() {
        String surname = "Q" + new java.util.Random().ints(7, 'a', 'z' + 1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);
        ingest(Map.of("text", "Bamako briefing " + UUID.randomUUID() + "\n\n\"No contract has been signed,\" government "
                + "spokesman Moussa " + surname + " told reporters in Bamako.\n"));
        GraphQL.post("query ($n: String) { actors(filter: { name: $n }, first: 1) { nodes { name kind reviewStatus "
                        + "claimsMade { totalCount nodes { sources { name kind } } } } } }", Map.of("n", "Moussa " + surname))
                .body("data.actors.nodes[0].name", equalTo("Moussa " + surname))
                .body("data.actors.nodes[0].kind", equalTo("PERSON"))
                .body("data.actors.nodes[0].reviewStatus", equalTo("UNREVIEWED"))
                .body("data.actors.nodes[0].claimsMade.totalCount", equalTo(1))
                .body("data.actors.nodes[0].claimsMade.nodes[0].sources[0].kind", equalTo("SPOKESPERSON"));
        // the title set off by commas before or after the name says as much
        ingest(Map.of("text", "Permits row " + UUID.randomUUID() + "\n\nMali's mining minister, Lamine " + surname
                + ", said in May that no permit had been granted to a foreign military company.\n\n\"The law is the same for "
                + "everyone,\" said Awa " + surname + ", a researcher at the University of Bamako.\n"));
        for (String name : List.of("Lamine " + surname, "Awa " + surname)) {
            GraphQL.post("query ($n: String) { actors(filter: { name: $n }, first: 1) { nodes { name kind "
                            + "claimsMade { totalCount nodes { sources { description } } } } } }", Map.of("n", name))
                    .body("data.actors.nodes[0].name", equalTo(name))
                    .body("data.actors.nodes[0].kind", equalTo("PERSON"))
                    .body("data.actors.nodes[0].claimsMade.totalCount", equalTo(1));
        }
    }

    @Test
    void theCorpusArticlesThatShareRewrittenPassagesAreLinkedAndNoOthers() {
        JsonPath articles = GraphQL.post("{ articles(first: 100) { nodes { corpusFile reuses { share article { corpusFile } } } } }")
                .body("errors", nullValue()).extract().jsonPath();
        java.util.Set<String> linked = new java.util.TreeSet<>();
        for (Map<String, Object> article : articles.<Map<String, Object>>getList("data.articles.nodes")) {
            if (article.get("corpusFile") == null) {
                continue;
            }
            for (Object reuse : (List<?>) article.get("reuses")) {
                Map<?, ?> link = (Map<?, ?>) reuse;
                Object other = ((Map<?, ?>) link.get("article")).get("corpusFile");
                if (other != null) {
                    assertTrue(((Number) link.get("share")).doubleValue() > 0.05, article.get("corpusFile") + " → " + other);
                    linked.add(article.get("corpusFile").toString().substring(0, 3) + "→" + other.toString().substring(0, 3));
                }
            }
        }
        // 004 rewrites passages of 002 (France 24) and, like 001, of the same Reuters report.
        assertEquals(java.util.Set.of("001→004", "002→004", "004→001", "004→002"), linked);
    }

    @Test
    void theImportCommandImportsAFolderAndReportsFailures() throws Exception {
        Path folder = Files.createTempDirectory("claimgraph-import-");
        Files.writeString(folder.resolve("a.txt"), report(UUID.randomUUID().toString()));
        Files.writeString(folder.resolve("b.html"), "<html><body><p>" + report(UUID.randomUUID().toString()) + "</p></body></html>");
        Files.write(folder.resolve("c.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        // a sub-folder was silently left out; a page in the encoding its markup declares was "not UTF-8"
        Files.createDirectories(folder.resolve("2021/september"));
        String page = "<html><head><meta charset=\"windows-1252\"></head><body><p>Le minist\u00e8re a d\u00e9menti. "
                + report(UUID.randomUUID().toString()) + "</p></body></html>";
        Files.write(folder.resolve("2021/september/d.html"), page.getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Files.writeString(folder.resolve("notes.md"), "not an article");
        Files.write(folder.resolve("f.txt"), ("Caf\u00e9 talks " + UUID.randomUUID()).getBytes(java.nio.charset.Charset.forName("windows-1252")));
        Files.writeString(folder.resolve("g.txt"), "La junte dément " + UUID.randomUUID() + "\n\n« Il n'y a aucun accord avec "
                + "Wagner », a déclaré le porte-parole du gouvernement à la télévision nationale. Selon des sources diplomatiques, "
                + "un millier de mercenaires pourraient être déployés pour un coût de six milliards de francs CFA par mois. "
                + "Le ministre français des Affaires étrangères a jugé qu'une telle décision serait incompatible avec la présence "
                + "française au Mali, et il l'a dit devant les députés de la commission de la défense.");
        Files.createDirectories(folder.resolve(".git"));
        Files.writeString(folder.resolve(".git/e.txt"), report(UUID.randomUUID().toString()));
        ImportCommand command = new ImportCommand();
        command.ingestor = ingestor;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = command.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                "import", folder.toString());
        assertEquals(1, exit, "a failed file makes the exit code non-zero");
        String summary = out.toString(StandardCharsets.UTF_8);
        assertTrue(summary.contains("4 new articles") && summary.contains("2 failed"), summary);
        assertTrue(summary.contains("Skipped 1 file not named .txt, .html or .htm."), summary);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("c.txt: binary data, not text"), err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("f.txt: not UTF-8 text (convert it first"), err.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("6/6"), "progress: " + err);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("note: g.txt: no claims were extracted: the article is in language \"fr\""),
                err.toString(StandardCharsets.UTF_8));
        GraphQL.post("{ search(query: \"ministère démenti\") { nodes { snippet } } }")
                .body("data.search.nodes[0].snippet", containsString("minist\u00e8re"));

        int again = command.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                "import", folder.toString());
        assertEquals(1, again);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("0 new articles, 4 already stored"), out.toString(StandardCharsets.UTF_8));
    }

    @Inject
    Ingestor ingestor;

    private static int articleCount() {
        return GraphQL.post("{ articles { totalCount } }").extract().path("data.articles.totalCount");
    }
}
