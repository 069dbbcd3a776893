package org.claimgraph.claim;

import io.quarkus.hibernate.orm.panache.Panache;
import org.claimgraph.graphql.BatchedPages;
import org.claimgraph.graphql.ById;
import org.claimgraph.graphql.Page;

import java.util.List;
import java.util.Map;

/** The lists of claims the graph offers (per article, per subject actor, per source, …), batched. */
public final class ClaimLists {

    /** Claims of each article, in reading order. */
    public static final BatchedPages OF_ARTICLE =
            new BatchedPages("SELECT article_id AS parent_id, id AS child_id FROM claim", "claim", "start_offset");
    /** Claims about each actor (the actor is a subject). */
    public static final BatchedPages ABOUT_ACTOR =
            new BatchedPages("SELECT actor_id AS parent_id, claim_id AS child_id FROM claim_subject", "claim", "id");
    /** Claims whose attribution chain includes each source, at any position. */
    public static final BatchedPages OF_SOURCE = new BatchedPages(
            "SELECT DISTINCT source_id AS parent_id, claim_id AS child_id FROM claim_source", "claim", "id");
    /** Claims attributed to a source backed by each actor: what the actor said. */
    public static final BatchedPages BY_ACTOR = new BatchedPages(
            "SELECT DISTINCT s.actor_id AS parent_id, cs.claim_id AS child_id FROM claim_source cs "
                    + "JOIN source s ON s.id = cs.source_id WHERE s.actor_id IS NOT NULL", "claim", "id");
    /** Claims filed under each topic. */
    public static final BatchedPages ON_TOPIC =
            new BatchedPages("SELECT topic_id AS parent_id, claim_id AS child_id FROM claim_topic", "claim", "id");
    /** All claims, as the single parent 0. */
    public static final BatchedPages ALL =
            BatchedPages.all("claim");

    private ClaimLists() {
    }

    /** Claim pages of every parent, unfiltered but for deprecated claims unless they are asked for. */
    public static List<ClaimConnection> pages(BatchedPages lists, List<Long> parentIds, Page page, Boolean includeDeprecated) {
        return pages(lists, parentIds, page, ClaimConditions.of(ClaimFilter.includingDeprecated(includeDeprecated)));
    }

    public static List<ClaimConnection> pages(BatchedPages lists, List<Long> parentIds, Page page, ClaimConditions conditions) {
        return conditions.applyTo(lists).connections(Panache.getEntityManager(), parentIds, page, Claim.class, ClaimEdge::new,
                ClaimConnection::new);
    }

    /** Claim pages from rows and totals read ahead by the parent's resolver. */
    public static List<ClaimConnection> assemble(BatchedPages lists, List<Long> parentIds, Page page,
                                                 Map<Long, List<BatchedPages.Row>> rows, Map<Long, Long> totals) {
        return lists.assemble(parentIds, page, rows, totals, ids -> ById.load(Claim.class, ids), ClaimEdge::new,
                ClaimConnection::new);
    }
}
