package org.claimgraph.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DelegatingDataFetchingEnvironment;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import org.dataloader.DataLoader;

/**
 * Serves batched fields (a claim's article, sources, subjects, quantity, a group's claims page, an
 * article's claims page, …) with a lighter per-parent fetcher than SmallRye's. Per parent, SmallRye's
 * batch fetcher builds a request context with the selection below the field as JSON and wraps the
 * data loader's future in a context-propagating Mutiny pipeline; for (a)'s 85 claims that was about
 * a fifth of the CPU, and for its 20 groups' claim pages (whose selection is the largest) 14 % more
 * (docs/BENCHMARKS.md).
 *
 * <p>SmallRye's batch loader only reads the key context of the first parent of a batch: the
 * arguments, converted, and the environment it rebuilds the request context from before it calls
 * our resolver. So the first parent of each batch goes through SmallRye's fetcher, which computes
 * all of that, and the others are only queued on the same data loader, with no key context. That
 * loader is the one of the field's place in the document ({@link DataLoadersOnDemand}), whose parents
 * all have the first one's arguments and selection.
 */
final class LeanBatches {

    private LeanBatches() {
    }

    /** The schema's code registry with SmallRye's batch fetchers replaced. */
    static GraphQLCodeRegistry replace(GraphQLSchema schema) {
        return SmallRyeHooks.replaceFetchers(schema, schema.getCodeRegistry(), (coordinates, fetcher) ->
                fetcher instanceof BatchDataFetcher<?> smallRyes
                        ? new Fetcher(coordinates.getTypeName() + "_" + coordinates.getFieldName(), smallRyes) : null);
    }

    private static final class Fetcher implements DataFetcher<Object> {
        private final String loaderName;
        private final BatchDataFetcher<?> smallRyes;

        Fetcher(String loaderName, BatchDataFetcher<?> smallRyes) {
            this.loaderName = loaderName;
            this.smallRyes = smallRyes;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            DataLoader<Object, Object> loader = DataLoadersOnDemand.atPlace(environment, loaderName);
            if (loader == null) {
                return smallRyes.get(SelectionOnDemand.of(environment));
            }
            // Nothing queued yet: this parent opens the batch, and its key context is the one read.
            // A size limit would open batches we cannot see: then every parent goes SmallRye's way.
            if (loader.dispatchDepth() == 0 || loader.getOptions().maxBatchSize() > 0) {
                return smallRyes.get(new WithLoader(SelectionOnDemand.of(environment), loaderName, loader));
            }
            return loader.load(environment.getSource());
        }
    }

    /** The environment in which SmallRye's fetcher, asking for the field's loader by name, gets this place's. */
    private static final class WithLoader extends DelegatingDataFetchingEnvironment {
        private final String loaderName;
        private final DataLoader<Object, Object> loader;

        WithLoader(DataFetchingEnvironment environment, String loaderName, DataLoader<Object, Object> loader) {
            super(environment);
            this.loaderName = loaderName;
            this.loader = loader;
        }

        @Override
        @SuppressWarnings("unchecked")
        public <K, V> DataLoader<K, V> getDataLoader(String name) {
            return loaderName.equals(name) ? (DataLoader<K, V>) loader : super.getDataLoader(name);
        }
    }
}
