package org.claimgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

/**
 * A page of a list (Relay cursor connection). Each node type has its named subclass
 * (ClaimConnection, …) so the schema reads as Relay clients expect.
 */
public abstract class Connection<E extends Edge<N>, N> {

    private final List<E> edges;
    private final PageInfo pageInfo;
    private final long total;
    /** The whole page as JSON built by PostgreSQL ({@link SqlJson#claimPages}), which {@link PlainLeaves} answers with; or null. */
    final RawJson prebuilt;

    /** A page whose JSON PostgreSQL built; only {@link PlainLeaves} reads it, the getters are empty. */
    protected Connection(RawJson prebuilt) {
        this.edges = List.of();
        this.pageInfo = new PageInfo(false, false, null, null);
        this.total = 0;
        this.prebuilt = prebuilt;
    }

    /**
     * @param edgesPlusOne edges fetched with one extra beyond {@code page.first()}: the extra one only
     *                     tells that a next page exists
     */
    protected Connection(List<E> edgesPlusOne, Page page, long totalCount) {
        boolean hasNext = edgesPlusOne.size() > page.first();
        this.edges = hasNext ? List.copyOf(edgesPlusOne.subList(0, page.first())) : edgesPlusOne;
        String start = edges.isEmpty() ? null : edges.get(0).getCursor();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).getCursor();
        this.pageInfo = new PageInfo(hasNext, page.after() != null, start, end);
        this.total = totalCount;
        this.prebuilt = null;
    }

    @NonNull
    @Description("The items of this page with their cursors.")
    public List<@NonNull E> getEdges() {
        return edges;
    }

    @NonNull
    @Description("The items of this page, without cursors.")
    public List<@NonNull N> getNodes() {
        return edges.stream().map(Edge::getNode).toList();
    }

    @NonNull
    @Description("Whether more pages follow, and the cursors to get them.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    @NonNull
    @Description("Number of items in the whole list (all pages). Counted only when selected.")
    public int getTotalCount() {
        return Math.toIntExact(total);
    }
}
