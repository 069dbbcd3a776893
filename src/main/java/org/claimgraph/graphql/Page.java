package org.claimgraph.graphql;

/**
 * Validated paging arguments: {@code first} items after the keyset position {@code after}
 * (null for the first page). Bounds are checked here so every list shares them.
 * {@code countTotal} is whether the request selected `totalCount`: counting a long list costs
 * more than its page, so it is only done when asked for.
 */
public record Page(int first, Cursor after, boolean countTotal) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    public static Page of(Integer first, String after) {
        int size = first == null ? DEFAULT_SIZE : first;
        if (size > MAX_SIZE) {
            throw ApiError.limitExceeded("`first` is at most " + MAX_SIZE + " (was " + size + "); page with `after`");
        }
        if (size < 1) {
            throw ApiError.badInput("`first` must be at least 1 (was " + size + ")");
        }
        return new Page(size, after == null || after.isEmpty() ? null : Cursor.decode(after), Selection.wantsTotalCount());
    }

    /** The cursor to continue after, checked to be one of {@code list}; null on a first page. */
    public Cursor after(String list) {
        return after == null ? null : after.in(list);
    }

    /** For lists paged by position (ranked results): how many items the cursor of {@code list} is past. */
    public int offset(String list) {
        if (after == null) {
            return 0;
        }
        Cursor cursor = after.in(list);
        if (cursor.sortKey() < 0 || cursor.sortKey() > Integer.MAX_VALUE) {
            throw ApiError.badInput("`after` is not a cursor of this list");
        }
        return (int) cursor.sortKey();
    }

    /** Rows to fetch: one more than the page, to learn whether a next page exists. */
    public int fetchSize() {
        return first + 1;
    }
}
