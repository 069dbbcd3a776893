package org.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

import java.util.List;

@Description("Claims on a filter, counted by the date they refer to.")
public record Timeline(
        @NonNull @Description("The buckets that have claims, earliest first.") List<@NonNull TimelineBucket> buckets,
        @Description("Claims that match the filter but refer to no date.") int undatedCount,
        @Description("Claims that match the filter but are dated less precisely than a bucket is wide (only to a month "
                + "on a DAY or WEEK timeline, only to a year on any but a YEAR one): they are in no bucket, since their "
                + "day or month is unknown. Wider buckets place them.") int impreciseCount) {
}
