package org.claimgraph.graphql;

import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import io.quarkus.arc.Unremovable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.claimgraph.ClaimgraphConfig;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Refuses, before anything is fetched, an operation that asks too much: too deep, too complex,
 * too many aliases, or a page larger than {@link Page#MAX_SIZE}. Each refusal is a GraphQL error
 * with `extensions.code` LIMIT_EXCEEDED, the limit's name, the maximum and what was asked.
 *
 * <p>Complexity estimates the number of objects a response can hold: a field costs 1 plus its
 * selections, times its page size when it is paged (`first`, or the default 20 for a paged field
 * without one). Introspection (`__…` fields) is exempt: it is bounded by the schema.
 */
@Singleton
@Unremovable // looked up by SmallRyeHooks, which CDI cannot see
public class QueryLimits {

    private final ClaimgraphConfig.Limits limits;

    @Inject
    QueryLimits(ClaimgraphConfig config) {
        this(config.limits());
    }

    QueryLimits(ClaimgraphConfig.Limits limits) {
        this.limits = limits;
    }

    void check(ExecutionContext context) {
        Walk walk = new Walk(context.getFragmentsByName(), context.getCoercedVariables().toMap());
        long complexity = walk.cost(context.getOperationDefinition().getSelectionSet(), 1, new HashSet<>());
        if (walk.largestPage > Page.MAX_SIZE) {
            throw new Exceeded("page size", Page.MAX_SIZE, walk.largestPage,
                    "`first` is at most " + Page.MAX_SIZE + " (was " + walk.largestPage + "); page with `after`");
        }
        if (walk.depth > limits.maxDepth()) {
            throw new Exceeded("depth", limits.maxDepth(), walk.depth,
                    "the query is nested " + walk.depth + " levels deep; at most " + limits.maxDepth() + " are allowed");
        }
        if (walk.aliases > limits.maxAliases()) {
            throw new Exceeded("aliases", limits.maxAliases(), walk.aliases,
                    "the query uses " + walk.aliases + " aliases; at most " + limits.maxAliases() + " are allowed");
        }
        if (complexity > limits.maxComplexity()) {
            throw new Exceeded("complexity", limits.maxComplexity(), complexity, "the query could return about "
                    + complexity + " objects; at most " + limits.maxComplexity() + " are allowed: ask for smaller pages "
                    + "or fewer fields");
        }
    }

    /** One pass over the operation, following fragments, collecting the figures the limits check. */
    private static final class Walk {
        private final Map<String, FragmentDefinition> fragments;
        private final Map<String, Object> variables;
        int depth;
        int aliases;
        long largestPage;

        Walk(Map<String, FragmentDefinition> fragments, Map<String, Object> variables) {
            this.fragments = fragments;
            this.variables = variables;
        }

        long cost(SelectionSet selectionSet, int level, Set<String> fragmentPath) {
            if (selectionSet == null) {
                return 0;
            }
            long total = 0;
            for (Selection<?> selection : selectionSet.getSelections()) {
                if (selection instanceof Field field) {
                    if (field.getName().startsWith("__")) {
                        continue;
                    }
                    depth = Math.max(depth, level);
                    if (field.getAlias() != null) {
                        aliases++;
                    }
                    long children = cost(field.getSelectionSet(), level + 1, fragmentPath);
                    total = saturatedAdd(total, 1 + saturatedMultiply(pageSize(field), children));
                } else if (selection instanceof InlineFragment inline) {
                    total = saturatedAdd(total, cost(inline.getSelectionSet(), level, fragmentPath));
                } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())
                        && fragmentPath.add(spread.getName())) {
                    total = saturatedAdd(total, cost(fragments.get(spread.getName()).getSelectionSet(), level, fragmentPath));
                    fragmentPath.remove(spread.getName());
                }
            }
            return total;
        }

        /** `first` as given; 20 for a paged field without it (it has `edges`/`nodes`); else 1. */
        private long pageSize(Field field) {
            for (Argument argument : field.getArguments()) {
                if (argument.getName().equals("first")) {
                    long size = value(argument);
                    largestPage = Math.max(largestPage, size);
                    return Math.max(size, 1);
                }
            }
            boolean paged = field.getSelectionSet() != null && field.getSelectionSet().getSelections().stream()
                    .anyMatch(s -> s instanceof Field child && (child.getName().equals("edges") || child.getName().equals("nodes")));
            return paged || field.getName().equals("claimGroups") ? Page.DEFAULT_SIZE : 1;
        }

        private long value(Argument argument) {
            if (argument.getValue() instanceof IntValue literal) {
                return literal.getValue().longValue();
            }
            if (argument.getValue() instanceof VariableReference reference
                    && variables.get(reference.getName()) instanceof Number number) {
                return number.longValue();
            }
            return Page.DEFAULT_SIZE;
        }

        private static long saturatedAdd(long a, long b) {
            long sum = a + b;
            return sum < 0 ? Long.MAX_VALUE : sum;
        }

        private static long saturatedMultiply(long a, long b) {
            return b != 0 && a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
        }
    }

    /** graphql-java turns this into an error of the response and does not execute the operation. */
    static final class Exceeded extends AbortExecutionException {
        private final Map<String, Object> extensions = new LinkedHashMap<>();

        Exceeded(String limit, long maximum, long actual, String message) {
            super("Limit exceeded: " + message);
            extensions.put("code", "LIMIT_EXCEEDED");
            extensions.put("limit", limit);
            extensions.put("maximum", maximum);
            extensions.put("actual", actual);
        }

        @Override
        public Map<String, Object> getExtensions() {
            return extensions;
        }
    }
}
