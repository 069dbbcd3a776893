package org.claimgraph.claim;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.claimgraph.GraphQL;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `claims(filter: { quantity })` on the curated corpus, checked against the quantities the API itself returns. */
@QuarkusTest
class QuantityFilterTest {

    private static final String PAGE = """
            query ($filter: ClaimFilter, $after: String) {
              claims(filter: $filter, first: 100, after: $after) {
                nodes { key quantities { kind unit amount lowerBound upperBound usdPerMonth } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    /** The curated claims matching the filter (every page), by key, with their quantities. */
    private static Map<String, List<Map<String, Object>>> curated(Map<String, Object> quantityFilter) {
        Map<String, Object> filter = new HashMap<>(Map.of("provenance", "CURATED", "includeDeprecated", true));
        if (quantityFilter != null) {
            filter.put("quantity", quantityFilter);
        }
        Map<String, List<Map<String, Object>>> claims = new HashMap<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>();
            variables.put("filter", filter);
            variables.put("after", after);
            JsonPath page = GraphQL.post(PAGE, variables).body("errors", equalTo(null)).extract().jsonPath();
            for (Map<String, Object> node : page.<Map<String, Object>>getList("data.claims.nodes")) {
                claims.put(node.get("key").toString(), page.getList("data.claims.nodes.find { it.key == '" + node.get("key")
                        + "' }.quantities"));
            }
            after = page.getBoolean("data.claims.pageInfo.hasNextPage") ? page.getString("data.claims.pageInfo.endCursor") : null;
        } while (after != null);
        return claims;
    }

    private static BigDecimal number(Map<String, Object> quantity, String field) {
        Object value = quantity.get(field);
        return value == null ? null : new BigDecimal(value.toString());
    }

    /** The keys of the claims with a quantity that {@code test} accepts. */
    private static Set<String> expected(Map<String, List<Map<String, Object>>> all, Predicate<Map<String, Object>> test) {
        Set<String> keys = new TreeSet<>();
        all.forEach((key, quantities) -> {
            if (quantities.stream().anyMatch(test)) {
                keys.add(key);
            }
        });
        return keys;
    }

    @Test
    void eachConditionKeepsTheClaimsWithANumberThatMeetsIt() {
        Map<String, List<Map<String, Object>>> all = curated(null);
        Set<String> withNumbers = expected(all, quantity -> true);
        assertTrue(withNumbers.size() >= 10, "the corpus states numbers: " + withNumbers);
        assertEquals(withNumbers, new TreeSet<>(curated(Map.of()).keySet()), "{} keeps the claims that state any number");

        Set<String> thousandOrMore = expected(all, q -> "COUNT".equals(q.get("kind"))
                && (number(q, "upperBound") != null ? number(q, "upperBound") : number(q, "amount")).compareTo(BigDecimal.valueOf(1000)) >= 0);
        assertTrue(thousandOrMore.contains("c001-thousand-contractors"), thousandOrMore.toString());
        assertFalse(thousandOrMore.contains("c002-helicopters-2016"));
        assertEquals(thousandOrMore, new TreeSet<>(curated(Map.of("kind", "COUNT", "atLeast", 1000)).keySet()));

        // "several hundred or even a thousand" (200 to 1,000) overlaps 300–500; "a thousand" does not
        Set<String> hundreds = new TreeSet<>(curated(Map.of("kind", "COUNT", "atLeast", 300, "atMost", 500)).keySet());
        assertTrue(hundreds.contains("c000-press-reports-troops"), hundreds.toString());
        assertFalse(hundreds.contains("c001-thousand-contractors"), hundreds.toString());

        assertEquals(expected(all, q -> "mercenaries".equals(q.get("unit"))),
                new TreeSet<>(curated(Map.of("unit", "Mercenary")).keySet()), "case and plural are ignored");
        assertEquals(Set.of("c001-thousand-contractors"), new TreeSet<>(curated(Map.of("unit", "contractor", "atLeast", 1000)).keySet()));

        Set<String> richest = expected(all, q -> number(q, "usdPerMonth") != null
                && number(q, "usdPerMonth").compareTo(new BigDecimal("10700000")) >= 0);
        assertTrue(richest.contains("c001-reuters-pay") && !richest.contains("c000-nine-million-euros"), richest.toString());
        assertEquals(richest, new TreeSet<>(curated(Map.of("minUsdPerMonth", 10700000)).keySet()));
    }

    @Test
    void theFilterWorksWhereverClaimsAreFilteredAndRejectsAnEmptyRange() {
        GraphQL.post("{ claimGroups(by: STANCE, filter: { provenance: CURATED, quantity: { kind: MONEY } }) { count "
                        + "claims(first: 100) { nodes { quantities { kind } } } } }")
                .body("errors", equalTo(null))
                .body("data.claimGroups.collect { it.claims.nodes.every { c -> c.quantities.any { q -> q.kind == 'MONEY' } } }"
                        + ".every { it }", equalTo(true));
        GraphQL.post("{ claims(filter: { quantity: { atLeast: 10, atMost: 5 } }) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("errors[0].message", containsString("atLeast"));
        GraphQL.post("{ claims(filter: { quantity: { atLeast: -1 } }) { totalCount } }")
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void aClaimMatchesOnlyWhenOneOfItsNumbersMeetsEveryCondition() {
        // c002-kalashnikov-deal states 3,000 weapons and more than €1 million: each condition alone finds it, but none
        // of its numbers is both in euros and 3,000
        assertTrue(curated(Map.of("unit", "weapons")).containsKey("c002-kalashnikov-deal"));
        assertTrue(curated(Map.of("unit", "EUR")).containsKey("c002-kalashnikov-deal"));
        assertTrue(curated(Map.of("atLeast", 3000, "atMost", 3000)).containsKey("c002-kalashnikov-deal"));
        assertFalse(curated(Map.of("unit", "EUR", "atLeast", 3000, "atMost", 3000)).containsKey("c002-kalashnikov-deal"));
    }
}
