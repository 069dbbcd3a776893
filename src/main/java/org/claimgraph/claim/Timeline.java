package org.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("Claims on a filter, counted by the date they refer to.")
public record Timeline(
        @NonNull @Description("The buckets that have claims, earliest first.") List<@NonNull TimelineBucket> buckets,
        @Description("Claims that match the filter but refer to no date.") int undatedCount) {
}
