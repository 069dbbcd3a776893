package org.claimgraph.database;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

import java.util.Collection;

/**
 * HQL function `array_has(:values, value)`, rendered as PostgreSQL's `value = any(?)` with the
 * values bound as one array ({@link #of}). For the batched look-ups behind nested lists
 * (`where e.id in :ids`): Hibernate expands an `in` list into one parameter per value, so the
 * statement differs with the number of ids. PostgreSQL plans `= any(array)` on an indexed column
 * as an index scan, like the `in` list. (Hibernate's own `array_contains` renders `@>`, which
 * cannot use a b-tree index.)
 *
 * <p>The array comes first on purpose. Hibernate lets the last argument of a function take a
 * multi-valued parameter (varargs), and a query with a parameter that could be multi-valued gets
 * no cached plan: with the array last (this function's first form, `in_array(value, :values)`),
 * every execution translated the query to SQL again — 6.6 % of claimgraph's CPU on bench question
 * (a) (docs/BENCHMARKS.md, run 16). ArrayHasTest checks that the plan is cached.
 *
 * <p>Registered through META-INF/services/org.hibernate.boot.model.FunctionContributor.
 */
public class ArrayHas implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions.getFunctionRegistry().patternDescriptorBuilder("array_has", "(?2 = any(?1))")
                .setExactArgumentCount(2)
                .setInvariantType(functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.BOOLEAN))
                .register();
    }

    /**
     * The ids as the array parameter of `array_has`. Typed Object so that Panache's varargs
     * (`list(query, Object... params)`) take the array as one parameter, not one per id.
     */
    public static Object of(Collection<Long> ids) {
        return ids.toArray(Long[]::new);
    }
}
