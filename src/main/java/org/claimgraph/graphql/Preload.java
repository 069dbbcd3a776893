package org.claimgraph.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.api.Context;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.spi.ClassloadingService;
import org.jboss.logging.Logger;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves a page's nested batched fields together with the page. When a connection has loaded its
 * nodes ({@link BatchedPages#assemble}), the batched fields selected below `edges.node` (or `nodes`)
 * that take no arguments — a claim's article and that article's outlet, its sources, subjects, topics,
 * quantity — are resolved here, each by its own resolver called once with all the nodes: the statement
 * graphql-java's data loader would run one level later, still one per field and page whatever the
 * rows. {@link LeanBatches}
 * then hands graphql-java those values in hand, and it completes the page's nodes synchronously. Through
 * the data loaders every such value was a future, queued, dispatched per level and completed: in bench
 * question (a) futures, data-loader queues and per-level dispatch bookkeeping were on top of 40 % of
 * the CPU samples (docs/BENCHMARKS.md, "Profiling on a new machine").
 *
 * <p>Fields with arguments (nested pages) keep the data-loader path. So does any field whose resolver
 * fails here: graphql-java then calls it the usual way, and its error is reported at its own path.
 */
public final class Preload {

    private static final Logger LOG = Logger.getLogger(Preload.class);

    /** What {@link #value} returns for a field that was not resolved ahead. */
    static final Object ABSENT = new Object();

    /** Batched fields without arguments, by "Type.field"; filled when the schema is built. */
    private static volatile Map<String, Resolver> resolvers = Map.of();

    private Preload() {
    }

    /** Takes the schema's batched fields ("Type.field" to SmallRye's operation); keeps those without arguments. */
    static void install(Map<String, Operation> batchedFields) {
        Map<String, Resolver> found = new HashMap<>();
        batchedFields.forEach((coordinates, operation) -> resolver(operation).ifPresent(resolver -> found.put(coordinates, resolver)));
        resolvers = Map.copyOf(found);
    }

    private static Optional<Resolver> resolver(Operation operation) {
        if (!operation.getArguments().stream().allMatch(argument -> argument.isSourceArgument())) {
            return Optional.empty();
        }
        try {
            Class<?> api = ClassloadingService.get().loadClass(operation.getClassName());
            Class<?> source = ClassloadingService.get().loadClass(operation.getSourceFieldOn().getClassName());
            return Arrays.stream(api.getMethods())
                    .filter(method -> method.getName().equals(operation.getMethodName()) && method.getParameterCount() == 1
                            && List.class.isAssignableFrom(method.getParameterTypes()[0]))
                    .findFirst().map(method -> new Resolver(api, method, source));
        } catch (RuntimeException notFound) {
            return Optional.empty(); // served through its data loader, as every field with arguments is
        }
    }

    /**
     * Resolves the no-argument batched fields selected below `edges.node` (or `nodes`) of the connection field
     * being resolved, for all of {@code nodes}. Does nothing outside a GraphQL request.
     */
    public static void pageNodes(Collection<?> nodes) {
        if (nodes.isEmpty() || resolvers.isEmpty()) {
            return;
        }
        DataFetchingEnvironment environment = currentEnvironment();
        if (environment == null) {
            return;
        }
        List<SelectedField> selected = environment.getSelectionSet().getFields("edges/node/*", "nodes/*");
        if (!selected.isEmpty()) {
            resolve(distinct(nodes), selected, store(environment));
        }
    }

    /** The value resolved ahead for this field of the environment's source, or {@link #ABSENT}. */
    static Object value(DataFetchingEnvironment environment, String fieldName) {
        Store store = environment.getGraphQlContext().get(Store.class);
        return store == null ? ABSENT : store.get(environment.getSource(), fieldName);
    }

    private static void resolve(List<Object> parents, List<SelectedField> selected, Store store) {
        Map<String, List<SelectedField>> byField = new LinkedHashMap<>();
        for (SelectedField field : selected) {
            if (field.getObjectTypeNames().size() == 1) {
                byField.computeIfAbsent(field.getObjectTypeNames().get(0) + "." + field.getName(), key -> new ArrayList<>())
                        .add(field);
            }
        }
        byField.forEach((coordinates, fields) -> {
            Resolver resolver = resolvers.get(coordinates);
            List<?> values = resolver == null ? null : resolver.resolve(parents);
            if (values == null) {
                return;
            }
            if (LOG.isDebugEnabled()) {
                LOG.debugf("%s resolved with the page for %d parents", coordinates, parents.size());
            }
            String fieldName = fields.get(0).getName();
            for (int i = 0; i < parents.size(); i++) {
                store.put(parents.get(i), fieldName, values.get(i));
            }
            List<SelectedField> below = new ArrayList<>();
            fields.forEach(field -> below.addAll(field.getSelectionSet().getImmediateFields()));
            List<Object> children = objects(values);
            if (!below.isEmpty() && !children.isEmpty()) {
                resolve(children, below, store);
            }
        });
    }

    /** The objects among resolved values (lists flattened), each once. */
    private static List<Object> objects(List<?> values) {
        List<Object> flat = new ArrayList<>();
        for (Object value : values) {
            if (value instanceof Collection<?> list) {
                flat.addAll(list);
            } else if (value != null) {
                flat.add(value);
            }
        }
        return distinct(flat);
    }

    private static List<Object> distinct(Collection<?> objects) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Object> distinct = new ArrayList<>(objects.size());
        for (Object object : objects) {
            if (object != null && seen.add(object)) {
                distinct.add(object);
            }
        }
        return distinct;
    }

    private static DataFetchingEnvironment currentEnvironment() {
        try {
            var handle = Arc.container().instance(Context.class);
            return handle.isAvailable() ? handle.get().unwrap(DataFetchingEnvironment.class) : null;
        } catch (RuntimeException outsideARequest) {
            return null;
        }
    }

    private static Store store(DataFetchingEnvironment environment) {
        return environment.getGraphQlContext().computeIfAbsent(Store.class, key -> new Store());
    }

    /** A batched resolver method of a GraphQL API bean, called with a list of its sources. */
    private record Resolver(Class<?> api, Method method, Class<?> sourceType) {

        /** One value per parent, or null when this resolver cannot serve these parents or fails. */
        List<?> resolve(List<Object> parents) {
            if (!parents.stream().allMatch(sourceType::isInstance)) {
                return null;
            }
            try {
                Object result = method.invoke(Arc.container().instance(api).get(), parents);
                return result instanceof List<?> values && values.size() == parents.size() ? values : null;
            } catch (IllegalAccessException | InvocationTargetException | RuntimeException failed) {
                return null; // resolved again through the data loader, which reports the error where it belongs
            }
        }
    }

    /** Values resolved ahead in one request, by source object (identity) and field name. */
    private static final class Store {
        private final Map<Object, Map<String, Object>> values = new IdentityHashMap<>();

        synchronized void put(Object source, String fieldName, Object value) {
            values.computeIfAbsent(source, key -> new HashMap<>(8)).put(fieldName, value);
        }

        synchronized Object get(Object source, String fieldName) {
            Map<String, Object> fields = values.get(source);
            return fields == null ? ABSENT : fields.getOrDefault(fieldName, ABSENT);
        }
    }
}
