package org.claimgraph.graphql;

import graphql.ExecutionResult;
import graphql.ExecutionResultImpl;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataLoaderDispatchStrategy;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.ResultNodesInfo;
import graphql.normalized.ExecutableNormalizedField;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import org.jboss.logging.Logger;


import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

import static graphql.execution.ExecutionStrategyParameters.newParameters;

/**
 * graphql-java's query strategy, with the scalar and enum fields that {@link PlainFields} reads from
 * a Java field or getter completed in one pass over each object instead of one field at a time.
 *
 * <p>Why: per field, graphql-java builds parameters, a result path, step info, suppliers, a fetched
 * value and a field value info, asks the instrumentation four times, and takes the data-loader
 * dispatcher's lock to count the fetch. For a plain value that bookkeeping is nearly all the work, and
 * responses are mostly plain values: bench question (a)'s has 1,850 fields, three in four of them
 * scalars or nulls (docs/BENCHMARKS.md, run 32: its JVM CPU per request went down 5-7 %). Here such a value
 * is read, unboxed and serialized by its scalar or enum type exactly as graphql-java would, and put
 * into the object's result in the order of the selection; the object's other fields (resolvers,
 * objects, lists, {@code __typename}) go through graphql-java as before.
 *
 * <p>What keeps this equal to graphql-java's own execution:
 * <ul>
 *   <li>Only when the instrumentation is {@link RequestHooks} alone, whose field hooks are
 *       graphql-java's no-ops; with any other (SmallRye's complexity or depth limits, federation
 *       tracing) it is not installed.</li>
 *   <li>Not with incremental delivery ({@code @defer}) or a result-node limit, which count fields.</li>
 *   <li>A value that would be an error — a null for a non-null field, a value its scalar refuses, a
 *       getter that throws — is not completed here: that field takes graphql-java's path, which
 *       reports the error where the specification puts it.</li>
 *   <li>The data-loader dispatcher counts an object's fields to know when a level has been fetched
 *       and its batches can be dispatched. It is told about the fields that go through graphql-java
 *       and, for an object with no such field, about one fetch, so that the last object of a level
 *       still triggers the dispatch (graphql-java only checks for it when a field is fetched).</li>
 * </ul>
 *
 * <p>Before any of that, the root fields {@link SqlJson} covers are answered by PostgreSQL whole
 * ({@link #execute}); only the other root fields are executed as above.
 */
final class PlainLeaves extends AsyncExecutionStrategy {

    private static final Logger LOG = Logger.getLogger(PlainLeaves.class);

    /** Per object type of the schema, its plain scalar and enum fields by name. */
    private final Map<GraphQLObjectType, Map<String, Leaf>> leaves;
    /** The root fields features answer in SQL themselves, by name. */
    private final Map<String, SqlJson.Root> roots;
    /** Reads the answers of root fields that {@link SqlJson} covers, or gives them again; null: never by SQL. */
    private final Answers answers;

    private PlainLeaves(GraphQLSchema schema, Map<String, SqlJson.Root> roots, Answers answers) {
        super(new ExceptionHandler());
        leaves = leavesOf(schema);
        this.roots = roots;
        this.answers = answers;
    }

    /**
     * Installs the strategy when SmallRye left graphql-java's default query strategy in place (it
     * sets its own exception handler as the default, which this one uses too) and the instrumentation
     * is {@link RequestHooks} alone; otherwise the builder is returned as it is.
     */
    static GraphQL.Builder install(GraphQL.Builder builder, List<SqlJson.Root> roots, Answers answers) {
        GraphQL configured = builder.build();
        Map<String, SqlJson.Root> byName = new HashMap<>();
        roots.forEach(root -> byName.put(root.field(), root));
        return configured.getQueryStrategy().getClass() == AsyncExecutionStrategy.class
                && configured.getInstrumentation() instanceof RequestHooks
                ? builder.queryExecutionStrategy(new PlainLeaves(configured.getGraphQLSchema(), Map.copyOf(byName), answers))
                : builder;
    }

    /**
     * The operation's root fields that {@link SqlJson} covers are answered by one statement each, whose
     * JSON goes into the response as it is ({@link RawJson}); the others are executed by graphql-java,
     * and the two are put together in the order of the selection. A statement that fails leaves its
     * field to graphql-java, which reports whatever error the resolvers meet.
     */
    @Override
    public CompletableFuture<ExecutionResult> execute(ExecutionContext context, ExecutionStrategyParameters parameters) {
        if (answers == null || context.hasIncrementalSupport()
                || context.getGraphQLContext().hasKey(ResultNodesInfo.MAX_RESULT_NODES)) {
            return super.execute(context, parameters);
        }
        // nested resolvers may build what they return in SQL too (SqlJson.claimPages), from the same normalized fields
        context.getGraphQLContext().put(SqlJson.NORMALIZED, context.getNormalizedQueryTree());
        MergedSelectionSet fields = parameters.getFields();
        if (fields.getSubFieldsList().stream().noneMatch(field -> SqlJson.mayCover(field.getName(), roots))) {
            return super.execute(context, parameters);
        }
        Map<String, SqlJson.Statement> statements = new HashMap<>();
        List<ExecutableNormalizedField> topLevel;
        try {
            topLevel = context.getNormalizedQueryTree().get().getTopLevelFields();
        } catch (RuntimeException tooLarge) {
            // graphql-java's normalizer has limits of its own; what it refuses is executed as always
            return super.execute(context, parameters);
        }
        for (ExecutableNormalizedField root : topLevel) {
            SqlJson.Statement statement = fields.getSubField(root.getResultKey()) == null ? null : SqlJson.compile(root, roots);
            if (statement != null) {
                statements.put(root.getResultKey(), statement);
            }
        }
        if (statements.isEmpty()) {
            return super.execute(context, parameters);
        }
        return offTheEventLoop(() -> answers(statements))
                .exceptionally(refused -> Map.of())
                .thenCompose(answered -> withTheOthers(context, parameters, answered));
    }

    /**
     * The operation's result: the fields answered in SQL and the others executed by graphql-java, in the
     * order of the selection.
     */
    private CompletableFuture<ExecutionResult> withTheOthers(ExecutionContext context, ExecutionStrategyParameters parameters,
                                                             Map<String, Object> answered) {
        MergedSelectionSet fields = parameters.getFields();
        if (answered.isEmpty()) {
            return super.execute(context, parameters);
        }
        Map<String, MergedField> rest = new LinkedHashMap<>();
        for (String key : fields.getKeys()) {
            if (!answered.containsKey(key)) {
                rest.put(key, fields.getSubField(key));
            }
        }
        if (rest.isEmpty()) {
            return CompletableFuture.completedFuture(new ExecutionResultImpl(inOrder(fields.getKeys(), answered, Map.of()), context.getErrors()));
        }
        MergedSelectionSet others = MergedSelectionSet.newMergedSelectionSet().subFields(rest).build();
        return super.execute(context, parameters.transform(builder -> builder.fields(others))).thenApply(result ->
                result.getData() instanceof Map<?, ?> values
                        ? result.transform(builder -> builder.data(inOrder(fields.getKeys(), answered, values)))
                        : result);
    }

    /**
     * Runs {@code work} on a worker thread when called on a Vert.x event loop (where SmallRye starts the
     * execution and nothing may block), else where it is called.
     */
    private static <T> CompletableFuture<T> offTheEventLoop(Callable<T> work) {
        Context vertx = Vertx.currentContext();
        if (vertx != null && Context.isOnEventLoopThread()) {
            return vertx.executeBlocking(work, false).toCompletionStage().toCompletableFuture();
        }
        try {
            return CompletableFuture.completedFuture(work.call());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The JSON of each root field whose statement ran, by result key; a field whose statement failed is left out. */
    private Map<String, Object> answers(Map<String, SqlJson.Statement> statements) {
        Map<String, Object> answered = new HashMap<>();
        statements.forEach((key, statement) -> {
            Object json = answer(statement);
            if (json != NO_ANSWER) {
                answered.put(key, json);
            }
        });
        return answered;
    }

    private static final Object NO_ANSWER = new Object();

    /**
     * The field's JSON (null when its row does not exist), or NO_ANSWER when the statement failed or
     * declined to answer. {@link Answers} runs its statements, each on a session opened as a resolver call's is
     * ({@link OwnSession}).
     */
    private Object answer(SqlJson.Statement statement) {
        try {
            String json = answers.read(statement);
            if (json == null && statement.declinesOnNull()) {
                return NO_ANSWER;
            }
            return json == null ? null : new RawJson(json);
        } catch (RuntimeException e) {
            LOG.warnf("a root field built in SQL failed (%s); its resolvers answer it", e.getMessage());
            return NO_ANSWER;
        }
    }

    private static Map<String, Object> inOrder(List<String> keys, Map<String, Object> answered, Map<?, ?> others) {
        Map<String, Object> data = new LinkedHashMap<>(keys.size() * 4 / 3 + 1);
        for (String key : keys) {
            data.put(key, answered.containsKey(key) ? answered.get(key) : others.get(key));
        }
        return data;
    }

    @Override
    protected Object executeObject(ExecutionContext context, ExecutionStrategyParameters parameters) {
        if (parameters.getSource() instanceof Connection<?, ?> page && page.prebuilt != null) {
            // built by PostgreSQL for this very selection (SqlJson.claimPages): nothing below it to execute
            countOneFetch(context, parameters, parameters.getFields().getKeys().get(0));
            return page.prebuilt;
        }
        Map<String, Leaf> leavesOfType = leaves.get(parameters.getExecutionStepInfo().getUnwrappedNonNullType());
        if (leavesOfType == null || context.hasIncrementalSupport()
                || context.getGraphQLContext().hasKey(ResultNodesInfo.MAX_RESULT_NODES)) {
            return super.executeObject(context, parameters);
        }
        MergedSelectionSet fields = parameters.getFields();
        // the object's result, in selection order: plain values, and a place for each other field
        Map<String, Object> result = null;
        Map<String, MergedField> rest = null;
        List<String> keys = fields.getKeys();
        for (String key : keys) {
            MergedField field = fields.getSubField(key);
            Leaf leaf = leavesOfType.get(field.getName());
            Object value = leaf == null ? Leaf.NO_VALUE : leaf.complete(context, parameters.getSource());
            if (value != Leaf.NO_VALUE) {
                if (result == null) {
                    result = new LinkedHashMap<>(keys.size() * 4 / 3 + 1);
                    if (rest != null) {
                        for (String earlier : rest.keySet()) {
                            result.put(earlier, null);
                        }
                    }
                }
                result.put(key, value);
            } else {
                if (rest == null) {
                    rest = new LinkedHashMap<>();
                }
                rest.put(key, field);
                if (result != null) {
                    result.put(key, null);
                }
            }
        }
        if (result == null) {
            return super.executeObject(context, parameters);
        }
        if (rest == null) {
            countOneFetch(context, parameters, keys.get(0));
            return result;
        }
        MergedSelectionSet others = MergedSelectionSet.newMergedSelectionSet().subFields(rest).build();
        Object resolved = super.executeObject(context, parameters.transform(builder -> builder.fields(others)));
        Map<String, Object> plain = result;
        if (resolved instanceof CompletableFuture<?> future) {
            return future.thenApply(values -> withOthers(plain, asMap(values)));
        }
        return withOthers(plain, asMap(resolved));
    }

    /**
     * What graphql-java's dispatcher hears about an object executed with one fetched field: the
     * level's count of objects and of fetches moves on, and the dispatch check runs.
     */
    private static void countOneFetch(ExecutionContext context, ExecutionStrategyParameters parameters, String firstKey) {
        DataLoaderDispatchStrategy dispatcher = context.getDataLoaderDispatcherStrategy();
        MergedSelectionSet one = MergedSelectionSet.newMergedSelectionSet()
                .subFields(Map.of(firstKey, parameters.getFields().getSubField(firstKey))).build();
        dispatcher.executeObject(context, parameters.transform(builder -> builder.fields(one)));
        ExecutionStrategyParameters fieldParameters = newParameters(parameters)
                .path(parameters.getPath().segment(firstKey)).build();
        dispatcher.fieldFetched(context, fieldParameters, null, null);
        dispatcher.executeObjectOnFieldValuesInfo(List.of(), parameters);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object values) {
        return (Map<String, Object>) values;
    }

    /**
     * The plain values with the other fields' values in their places (a map keeps the order in which
     * its keys were first put); null when graphql-java made the object null (a non-null field of it was).
     */
    private static Map<String, Object> withOthers(Map<String, Object> plain, Map<String, Object> others) {
        if (others == null) {
            return null;
        }
        plain.putAll(others);
        return plain;
    }

    private static Map<GraphQLObjectType, Map<String, Leaf>> leavesOf(GraphQLSchema schema) {
        Map<GraphQLObjectType, Map<String, Leaf>> leaves = new HashMap<>();
        for (GraphQLType type : schema.getAllTypesAsList()) {
            if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                continue;
            }
            Map<String, Leaf> ofType = new HashMap<>();
            for (GraphQLFieldDefinition definition : object.getFieldDefinitions()) {
                GraphQLType unwrapped = GraphQLTypeUtil.unwrapNonNull(definition.getType());
                if (schema.getCodeRegistry().getDataFetcher(object, definition) instanceof PlainFields.Fetcher plain
                        && (unwrapped instanceof GraphQLScalarType || unwrapped instanceof GraphQLEnumType)) {
                    ofType.put(definition.getName(), new Leaf(definition, plain, unwrapped, GraphQLTypeUtil.isNonNull(definition.getType())));
                }
            }
            if (!ofType.isEmpty()) {
                leaves.put(object, ofType);
            }
        }
        return leaves;
    }

    private record Leaf(GraphQLFieldDefinition definition, PlainFields.Fetcher fetcher, GraphQLType type, boolean nonNull) {

        static final Object NO_VALUE = new Object();

        /** The serialized value, or NO_VALUE when graphql-java must complete the field (to report its error). */
        Object complete(ExecutionContext context, Object source) {
            try {
                Object value = context.getValueUnboxer().unbox(fetcher.get(definition, source, null));
                if (value == null) {
                    return nonNull ? NO_VALUE : null;
                }
                Object serialized = type instanceof GraphQLScalarType scalar
                        ? scalar.getCoercing().serialize(value, context.getGraphQLContext(), context.getLocale())
                        : ((GraphQLEnumType) type).serialize(value, context.getGraphQLContext(), context.getLocale());
                return serialized == null && nonNull ? NO_VALUE : serialized;
            } catch (Exception refused) {
                return NO_VALUE;
            }
        }
    }
}
