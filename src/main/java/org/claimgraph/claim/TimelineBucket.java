package org.claimgraph.claim;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.LocalDate;

@Description("The claims of a timeline that refer to one day, week, month or year.")
public class TimelineBucket {

    @Ignore
    final ClaimGroup.Origin origin;
    @Ignore
    final TimeBucket width;
    private final LocalDate start;
    private final int count;

    TimelineBucket(ClaimGroup.Origin origin, TimeBucket width, LocalDate start, int count) {
        this.origin = origin;
        this.width = width;
        this.start = start;
        this.count = count;
    }

    @NonNull
    @Description("First day of the bucket.")
    public LocalDate getStart() {
        return start;
    }

    @NonNull
    @Description("Last day of the bucket.")
    public LocalDate getEnd() {
        return switch (width) {
            case DAY -> start;
            case WEEK -> start.plusDays(6);
            case MONTH -> start.plusMonths(1).minusDays(1);
            case YEAR -> start.plusYears(1).minusDays(1);
        };
    }

    @Description("How many claims refer to a date in the bucket.")
    public int getCount() {
        return count;
    }

    long key() {
        return start.toEpochDay();
    }
}
