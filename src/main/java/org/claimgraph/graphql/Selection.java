package org.claimgraph.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.smallrye.graphql.api.Context;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the current GraphQL field selects, from graphql-java's selection set in SmallRye's request
 * context. (SmallRye's own JSON copy of the selection is left empty, see {@link SelectionOnDemand}.)
 */
public final class Selection {

    private Selection() {
    }

    /** Whether the field being resolved selects `totalCount`; true when that cannot be known. */
    static boolean wantsTotalCount() {
        return read(context -> context.unwrap(DataFetchingEnvironment.class).getSelectionSet().contains("totalCount"), true);
    }

    /**
     * Rows to fetch ahead for the first page of the paged child list {@code child} of the field being
     * resolved: the largest `first` (default {@link Page#DEFAULT_SIZE}) among its selections without
     * `after`, plus one; 0 when the child is not selected, only with `after`, or the selection cannot be
     * read. A resolver that reads a list for all its results anyway can fetch those pages in the same
     * statement; the child's own resolver checks that its page is covered before using them.
     */
    public static int firstPageRows(String child) {
        return read(context -> {
            int rows = 0;
            for (SelectedField field : context.unwrap(DataFetchingEnvironment.class).getSelectionSet().getImmediateFields()) {
                Map<String, Object> arguments = field.getArguments();
                if (field.getName().equals(child) && arguments.get("after") == null) {
                    int first = Optional.ofNullable(arguments.get("first")).map(value -> ((Number) value).intValue())
                            .orElse(Page.DEFAULT_SIZE);
                    rows = Math.max(rows, Math.min(first, Page.MAX_SIZE) + 1);
                }
            }
            return rows;
        }, 0);
    }

    /** graphql-java's environment of the field being resolved; null outside a GraphQL request. */
    static DataFetchingEnvironment environment() {
        return read(context -> context.unwrap(DataFetchingEnvironment.class), null);
    }

    /** Reads SmallRye's context of the current field; {@code unknown} outside a GraphQL request. */
    private static <T> T read(Function<Context, T> reader, T unknown) {
        try (InstanceHandle<Context> handle = Arc.container().instance(Context.class)) {
            return handle.isAvailable() ? reader.apply(handle.get()) : unknown;
        } catch (RuntimeException outsideARequest) {
            return unknown;
        }
    }
}
