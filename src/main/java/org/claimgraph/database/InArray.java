package org.claimgraph.database;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

import java.util.Collection;

/**
 * HQL function `in_array(value, :values)`, rendered as PostgreSQL's `value = any(?)` with the
 * values bound as one array ({@link #of}). For the batched look-ups behind nested lists
 * (`where e.id in :ids`): Hibernate expands an `in` list into one parameter per value, so the
 * statement differs with the number of ids and is translated from HQL to SQL again on every
 * request — 10–11 % of the CPU samples of bench question (b) (docs/BENCHMARKS.md). With one
 * array parameter the translation is cached. PostgreSQL plans `= any(array)` on an indexed
 * column as an index scan, like the `in` list. (Hibernate's own `array_contains` renders `@>`,
 * which cannot use a b-tree index.)
 *
 * <p>Registered through META-INF/services/org.hibernate.boot.model.FunctionContributor.
 */
public class InArray implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry().patternDescriptorBuilder("in_array", "(?1 = any(?2))")
                .setExactArgumentCount(2)
                .setInvariantType(functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN))
                .register();
    }

    /**
     * The ids as the array parameter of `in_array`. Typed Object so that Panache's varargs
     * (`list(query, Object... params)`) take the array as one parameter, not one per id.
     */
    public static Object of(Collection<Long> ids) {
        return ids.toArray(Long[]::new);
    }
}
