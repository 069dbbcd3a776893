package org.claimgraph.graphql;

import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import io.quarkus.arc.Unremovable;
import io.smallrye.graphql.bootstrap.DataFetcherFactory;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A request's data loaders: one per batched field per place in the query document, made when the
 * first parent there asks for it.
 *
 * <p>Per place, because SmallRye's batch loader calls our resolver once per batch with the arguments
 * and the selection of the batch's first parent. SmallRye keeps one loader per batched field, so
 * the same field asked twice under aliases (`one: claims(first: 1)`, `two: claims(first: 2) {
 * totalCount }`) went into one batch and both got the first one's page. At one place in the
 * document every parent has the same arguments and selection: the arguments are literals or
 * variables, never values of the parent.
 *
 * <p>On demand, because SmallRye made a loader for every batched field of the schema (37, each with a
 * new batch loader) before every request, and graphql-java dispatches every registered loader at
 * every level of the response: 4 % of the CPU samples of bench question (b), 2 % of (a)'s; made on
 * demand, the JVM's CPU per request went down 1.4 % on (b), 1.8 % on (a) (docs/BENCHMARKS.md,
 * run 18). SmallRye's execution service is handed {@link #withoutBatchOperations
 * the schema model without its batch operations}, so it makes none; {@link RequestHooks} gives each
 * request a {@link #newRegistry registry}, and {@link LeanBatches} asks it {@link #atPlace} for
 * each parent's loader. A loader is registered when it is made, before anything is queued on it, so
 * graphql-java's dispatch sees every loader that has work.
 */
@Singleton
@Unremovable // looked up by SmallRyeHooks, which CDI cannot see
public class DataLoadersOnDemand {

    private final Map<String, Operation> operations = new HashMap<>();
    private final Map<String, Type> types;
    private final DataFetcherFactory fetchers = new DataFetcherFactory();

    @Inject
    DataLoadersOnDemand(Schema schema) {
        BatchLoaderHelper names = new BatchLoaderHelper();
        for (Operation operation : schema.getBatchOperations()) {
            operations.put(names.getName(operation), operation);
        }
        types = schema.getTypes();
    }

    /** What SmallRye's execution service reads of the schema model, with no batch operations in it. */
    static Schema withoutBatchOperations(Schema schema) {
        Schema view = new Schema();
        view.setSubscriptions(schema.getSubscriptions());
        return view;
    }

    DataLoaderRegistry newRegistry() {
        return new Registry();
    }

    /**
     * The loader of the batched field {@code loaderName} at the place in the document being resolved;
     * null when the request's registry is not one of ours or has no such field.
     */
    static DataLoader<Object, Object> atPlace(DataFetchingEnvironment environment, String loaderName) {
        return environment.getDataLoaderRegistry() instanceof Registry registry
                ? registry.atPlace(new Place(loaderName, environment.getField())) : null;
    }

    /** A batched field where the document asks for it; the AST node is compared by identity (graphql-java's nodes do not override equals). */
    private record Place(String loaderName, Field field) {
    }

    private final class Registry extends DataLoaderRegistry {
        private final Map<Place, DataLoader<Object, Object>> byPlace = new ConcurrentHashMap<>();
        private final AtomicInteger made = new AtomicInteger();

        DataLoader<Object, Object> atPlace(Place place) {
            DataLoader<Object, Object> loader = byPlace.get(place);
            if (loader != null) {
                return loader;
            }
            Operation operation = operations.get(place.loaderName());
            return operation == null ? null : byPlace.computeIfAbsent(place, key -> {
                String name = key.loaderName() + "#" + made.incrementAndGet();
                // the one the registry holds: it copies a loader whose name differs, or to instrument it
                return registerAndGet(name, newLoader(name, operation));
            });
        }
    }

    private DataLoader<Object, Object> newLoader(String name, Operation operation) {
        // SmallRye looks the type up by the operation's name and passes what it finds (usually nothing); so do we.
        // No cache key with the arguments, as SmallRye's has: they are the same for every key of a loader here.
        BatchLoaderWithContext<Object, Object> batches = fetchers.getSourceBatchLoader(operation, types.get(operation.getName()));
        return DataLoaderFactory.newDataLoader(name, batches, DataLoaderOptions.newDefaultOptions());
    }
}
