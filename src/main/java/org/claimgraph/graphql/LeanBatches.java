package org.claimgraph.graphql;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.execution.datafetcher.BatchDataFetcher;
import io.smallrye.graphql.schema.model.Operation;
import org.dataloader.DataLoader;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;

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
 * all of that, and the others are only queued on the same data loader, with no key context.
 *
 * <p>A value {@link Preload} resolved together with its parent's page is returned as it is, with no
 * data loader at all.
 */
final class LeanBatches {

    private LeanBatches() {
    }

    /** The schema's code registry with SmallRye's batch fetchers replaced (and registered with {@link Preload}). */
    static GraphQLCodeRegistry replace(GraphQLSchema schema) {
        Map<String, Operation> batched = new HashMap<>();
        GraphQLCodeRegistry registry = SmallRyeHooks.replaceFetchers(schema, schema.getCodeRegistry(), (coordinates, fetcher) -> {
            if (!(fetcher instanceof BatchDataFetcher<?> smallRyes)) {
                return null;
            }
            batched.put(coordinates.getTypeName() + "." + coordinates.getFieldName(), operation(smallRyes));
            return new Fetcher(coordinates.getTypeName() + "_" + coordinates.getFieldName(), coordinates.getFieldName(), smallRyes);
        });
        Preload.install(batched);
        return registry;
    }

    private static final Field OPERATION = operationField();

    private static Field operationField() {
        try {
            Field field = BatchDataFetcher.class.getDeclaredField("operation");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("SmallRye's BatchDataFetcher changed: review LeanBatches", e);
        }
    }

    private static Operation operation(BatchDataFetcher<?> fetcher) {
        try {
            return (Operation) OPERATION.get(fetcher);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("SmallRye's BatchDataFetcher changed: review LeanBatches", e);
        }
    }

    private static final class Fetcher implements DataFetcher<Object> {
        private final String loaderName;
        private final String fieldName;
        private final BatchDataFetcher<?> smallRyes;

        Fetcher(String loaderName, String fieldName, BatchDataFetcher<?> smallRyes) {
            this.loaderName = loaderName;
            this.fieldName = fieldName;
            this.smallRyes = smallRyes;
        }

        @Override
        public Object get(DataFetchingEnvironment environment) throws Exception {
            Object preloaded = Preload.value(environment, fieldName);
            if (preloaded != Preload.ABSENT) {
                return preloaded;
            }
            DataLoader<Object, Object> loader = environment.getDataLoader(loaderName);
            // Nothing queued yet: this parent opens the batch, and its key context is the one read.
            // A size limit would open batches we cannot see: then every parent goes SmallRye's way.
            if (loader == null || loader.dispatchDepth() == 0 || loader.getOptions().maxBatchSize() > 0) {
                return smallRyes.get(SelectionOnDemand.of(environment));
            }
            return loader.load(environment.getSource());
        }
    }
}
