package org.claimgraph.claim;

import org.claimgraph.graphql.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;

import java.time.Year;
import java.time.YearMonth;
import java.util.List;

@Description("Claims that share a key — a source, outlet, actor, topic, stance, article or month — with their count, "
        + "the claims themselves as a connection, and statistics over their money amounts.")
public class ClaimGroup {

    /** The grouping and filter this group came from; its claims are fetched with them. */
    record Origin(ClaimGrouping grouping, ClaimConditions conditions) {
    }

    @Ignore
    final Origin origin;
    @Ignore
    final long groupKey;
    private final int count;
    private final QuantityStats usdPerMonth;
    private final String cursor;
    /** The group's first claim ids in list order, read with the groups; null when not read ahead. */
    @Ignore
    final List<Long> firstClaimIds;

    ClaimGroup(Origin origin, long key, int count, QuantityStats usdPerMonth, String cursor, List<Long> firstClaimIds) {
        this.origin = origin;
        this.groupKey = key;
        this.count = count;
        this.usdPerMonth = usdPerMonth;
        this.cursor = cursor;
        this.firstClaimIds = firstClaimIds;
    }

    /** Whether the read-ahead ids hold the first page of this size (all claims of a smaller group). */
    boolean coversFirstPage(Page page) {
        return firstClaimIds != null && page.after() == null
                && firstClaimIds.size() >= Math.min(count, page.fetchSize());
    }

    @NonNull
    @Description("The group's key as text: the id of its source, outlet, actor, topic or article; the stance; "
            + "the month as YYYY-MM (the year as YYYY for claims dated only to a year); or `none` for claims without one "
            + "(unknown outlet, undated).")
    public String getKey() {
        if (groupKey == 0 && (origin.grouping() == ClaimGrouping.OUTLET || origin.grouping() == ClaimGrouping.MONTH)) {
            return "none";
        }
        return switch (origin.grouping()) {
            case STANCE -> ClaimGrouping.stanceOf(groupKey).name();
            case MONTH -> getMonth();
            default -> Long.toString(groupKey);
        };
    }

    @Description("How many claims are in the group.")
    public int getCount() {
        return count;
    }

    @Description("Money amounts of the group's claims in US dollars per month.")
    public @NonNull QuantityStats getUsdPerMonth() {
        return usdPerMonth;
    }

    @Description("Position of this group: pass it as `after` to get the groups that follow.")
    public @NonNull String getCursor() {
        return cursor;
    }

    @Description("For STANCE grouping: the stance.")
    public Stance getStance() {
        return origin.grouping() == ClaimGrouping.STANCE ? ClaimGrouping.stanceOf(groupKey) : null;
    }

    @Description("For MONTH grouping: the month, YYYY-MM, or the year, YYYY, for claims dated only to a year; null for "
            + "undated claims.")
    public String getMonth() {
        if (origin.grouping() != ClaimGrouping.MONTH || groupKey == 0) {
            return null;
        }
        int year = (int) (groupKey / 100);
        int month = (int) (groupKey % 100);
        return month == 0 ? Year.of(year).toString() : YearMonth.of(year, month).toString();
    }
}
