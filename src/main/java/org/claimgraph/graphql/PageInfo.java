package org.claimgraph.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where a page sits in its list (Relay cursor connections).")
public record PageInfo(
        @NonNull @Description("Whether more items follow this page.") boolean hasNextPage,
        @NonNull @Description("Whether items precede this page (true when `after` was given).") boolean hasPreviousPage,
        @Description("Cursor of the first item of the page; null for an empty page.") String startCursor,
        @Description("Cursor of the last item of the page: pass it as `after` for the next page.") String endCursor) {
}
