package org.claimgraph.claim;

import org.claimgraph.graphql.BatchedPages;
import org.eclipse.microprofile.graphql.Description;

@Description("What claims are grouped by.")
public enum ClaimGrouping {
    @Description("The immediate source (who said it); `source` holds it.")
    SOURCE("SELECT source_id AS parent_id, claim_id AS child_id FROM claim_source WHERE position = 0"),
    @Description("The outlet that published the article; `outlet` holds it, null for articles whose outlet is unknown.")
    OUTLET("SELECT coalesce(a.outlet_id, 0) AS parent_id, c.id AS child_id FROM claim c JOIN article a ON a.id = c.article_id"),
    @Description("Each actor the claim is about (a claim about two actors is in both groups); `actor` holds it.")
    ACTOR("SELECT actor_id AS parent_id, claim_id AS child_id FROM claim_subject"),
    @Description("Each topic the claim is filed under; `topic` holds it.")
    TOPIC("SELECT topic_id AS parent_id, claim_id AS child_id FROM claim_topic"),
    @Description("The stance; `stance` holds it.")
    STANCE("SELECT CASE stance WHEN 'ASSERTED' THEN 1 WHEN 'REPORTED' THEN 2 WHEN 'DENIED' THEN 3 "
            + "WHEN 'SPECULATED' THEN 4 ELSE 5 END AS parent_id, id AS child_id FROM claim"),
    @Description("The article the claim is reported in; `article` holds it.")
    ARTICLE("SELECT article_id AS parent_id, id AS child_id FROM claim"),
    @Description("The month the claim refers to; `month` holds it (YYYY-MM). A claim dated only to a year is in that "
            + "year's group (`month` YYYY), not in January; undated claims are in the `none` group.")
    // key: year * 100 + month, year * 100 for a claim dated only to a year, 0 undated
    MONTH("SELECT CASE WHEN refers_from IS NULL THEN 0 WHEN refers_precision = 'YEAR' THEN extract(year FROM refers_from) * 100"
            + " ELSE extract(year FROM refers_from) * 100 + extract(month FROM refers_from) END::bigint AS parent_id, "
            + "id AS child_id FROM claim");

    private final String pairsSql;

    ClaimGrouping(String pairsSql) {
        this.pairsSql = pairsSql;
    }

    String pairsSql() {
        return pairsSql;
    }

    BatchedPages claimLists() {
        return new BatchedPages(pairsSql, "claim", "id");
    }

    static Stance stanceOf(long key) {
        return Stance.values()[(int) key - 1];
    }
}
