package org.claimgraph.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.DelegatingDataFetchingEnvironment;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.SelectedField;
import io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher;

import java.util.List;
import java.util.Map;

/**
 * Each time one of SmallRye's fetchers runs, SmallRye copies the whole selection below the field
 * into its request context as JSON, twice (with and without source fields): for a root field that
 * is the entire query. In bench question (a) that was 6.5 % of the CPU samples for the root field
 * alone and 5 % more for the batched fields (docs/BENCHMARKS.md, "Profiling after run 10").
 * claimgraph never reads the copy: {@link Selection} asks graphql-java's selection set, which works
 * out what it is asked when it is asked. So SmallRye's fetchers get an environment whose selection
 * set lists no fields when asked for all of them (the one call SmallRye's copy makes) and answers
 * every other question from graphql-java's. The price: SmallRye's {@code Context.getSelectedFields()}
 * is empty in claimgraph's resolvers; use {@link Selection}.
 */
final class SelectionOnDemand {

    private SelectionOnDemand() {
    }

    /** The schema's code registry with SmallRye's resolver fetchers handed {@link #of} environments. */
    static GraphQLCodeRegistry wrap(GraphQLSchema schema, GraphQLCodeRegistry registry) {
        return SmallRyeHooks.replaceFetchers(schema, registry, (coordinates, fetcher) ->
                fetcher instanceof AbstractDataFetcher<?, ?> smallRyes ? new Fetcher(smallRyes) : null);
    }

    /** The environment with a selection set that leaves SmallRye's copy empty. */
    static DataFetchingEnvironment of(DataFetchingEnvironment environment) {
        return environment instanceof OnDemand ? environment : new OnDemand(environment);
    }

    /** SmallRye's resolver fetcher, given an {@link #of} environment. */
    static final class Fetcher implements DataFetcher<Object> {
        private final AbstractDataFetcher<?, ?> smallRyes;

        Fetcher(AbstractDataFetcher<?, ?> smallRyes) {
            this.smallRyes = smallRyes;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            return smallRyes.get(of(environment));
        }
    }

    private static final class OnDemand extends DelegatingDataFetchingEnvironment {
        OnDemand(DataFetchingEnvironment delegate) {
            super(delegate);
        }

        @Override
        public DataFetchingFieldSelectionSet getSelectionSet() {
            return new NoFullListing(delegateEnvironment.getSelectionSet());
        }
    }

    private record NoFullListing(DataFetchingFieldSelectionSet selection) implements DataFetchingFieldSelectionSet {
        @Override
        public List<SelectedField> getFields() {
            return List.of();
        }

        @Override
        public boolean contains(String fieldGlobPattern) {
            return selection.contains(fieldGlobPattern);
        }

        @Override
        public boolean containsAnyOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return selection.containsAnyOf(fieldGlobPattern, fieldGlobPatterns);
        }

        @Override
        public boolean containsAllOf(String fieldGlobPattern, String... fieldGlobPatterns) {
            return selection.containsAllOf(fieldGlobPattern, fieldGlobPatterns);
        }

        @Override
        public List<SelectedField> getImmediateFields() {
            return selection.getImmediateFields();
        }

        @Override
        public List<SelectedField> getFields(String fieldGlobPattern, String... fieldGlobPatterns) {
            return selection.getFields(fieldGlobPattern, fieldGlobPatterns);
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey() {
            return selection.getFieldsGroupedByResultKey();
        }

        @Override
        public Map<String, List<SelectedField>> getFieldsGroupedByResultKey(String fieldGlobPattern, String... fieldGlobPatterns) {
            return selection.getFieldsGroupedByResultKey(fieldGlobPattern, fieldGlobPatterns);
        }
    }
}
