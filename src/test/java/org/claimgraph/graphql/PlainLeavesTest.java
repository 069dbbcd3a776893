package org.claimgraph.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.ResultNodesInfo;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeRuntimeWiring;
import io.smallrye.graphql.execution.QueryCache;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.ReferenceType;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link PlainLeaves} answers exactly as graphql-java's own strategy does — values, key order, errors
 * and their paths, null bubbling, data-loader batches — while completing plain values itself.
 * Each query is run by both, with the same instrumentation ({@link RequestHooks}), and the two
 * results are compared whole.
 */
class PlainLeavesTest {

    public enum Kind { A, B }

    /** Read by {@link PlainFields} fetchers, as claimgraph's entities are. */
    public static final class Thing {
        public String name;
        public String label;
        public Kind kind;
        public Object count;
        public List<Thing> more = List.of();
        public Thing next;

        Thing(String name, String label, Kind kind, Object count) {
            this.name = name;
            this.label = label;
            this.kind = kind;
            this.count = count;
        }

        public String getBroken() {
            throw new IllegalStateException("broken getter");
        }
    }

    private static final String SDL = """
            type Query { things: [Thing!]! one: Thing }
            type Thing {
              name: String!
              label: String
              kind: Kind
              count: Int
              broken: String
              more: [Thing!]!
              next: Thing
              loud: String
              moreLater: [Thing!]!
              nextLater: Thing
            }
            enum Kind { A, B }
            """;

    private final AtomicInteger batches = new AtomicInteger();
    private List<Thing> things;

    private GraphQLSchema schema() {
        Reference owner = new Reference.Builder().className(Thing.class.getName()).name("Thing").type(ReferenceType.TYPE).build();
        TypeRuntimeWiring.Builder thing = TypeRuntimeWiring.newTypeWiring("Thing");
        for (String property : List.of("name", "label", "kind", "count", "more", "next")) {
            thing.dataFetcher(property, new PlainFields.Fetcher(new Field(null, property, property, owner), owner));
        }
        thing.dataFetcher("broken", new PlainFields.Fetcher(new Field("getBroken", "broken", "broken", owner), owner));
        thing.dataFetcher("loud", environment -> environment.getDataLoader("loud").load(((Thing) environment.getSource()).name));
        thing.dataFetcher("moreLater", environment -> environment.getDataLoader("more").load(environment.getSource()));
        thing.dataFetcher("nextLater", environment -> environment.getDataLoader("next").load(environment.getSource()));
        DataFetcher<?> all = environment -> things;
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", query -> query.dataFetcher("things", all).dataFetcher("one", environment -> things.get(0)))
                .type(thing)
                .build();
        return new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
    }

    private DataLoaderRegistry loaders() {
        DataLoaderRegistry registry = new DataLoaderRegistry();
        registry.register("loud", DataLoaderFactory.newDataLoader((List<String> names) -> {
            batches.incrementAndGet();
            return CompletableFuture.completedFuture(names.stream().map(name -> name == null ? null : name.toUpperCase()).toList());
        }));
        registry.register("more", DataLoaderFactory.newDataLoader((List<Thing> of) ->
                CompletableFuture.completedFuture(of.stream().map(thing -> thing.more).toList())));
        registry.register("next", DataLoaderFactory.newDataLoader((List<Thing> of) ->
                CompletableFuture.completedFuture(of.stream().map(thing -> thing.next).toList())));
        return registry;
    }

    /** What SmallRye hands our hooks: its exception handler and query cache; with or without ours. */
    private GraphQL graphQL(boolean plainLeaves) {
        QueryCache cache = new QueryCache();
        GraphQL.Builder builder = RequestHooks.install(GraphQL.newGraphQL(schema())
                        .defaultDataFetcherExceptionHandler(new ExceptionHandler())
                        .instrumentation(new ChainedInstrumentation(List.of(cache))).preparsedDocumentProvider(cache),
                context -> { }, this::loaders);
        return (plainLeaves ? PlainLeaves.install(builder, List.of(), null) : builder).build();
    }

    private record Run(ExecutionResult result, int resultNodes, int batches) {
    }

    private Run run(boolean plainLeaves, String query) throws Exception {
        batches.set(0);
        ExecutionInput input = ExecutionInput.newExecutionInput(query).build();
        ExecutionResult result = graphQL(plainLeaves).executeAsync(input).get(10, TimeUnit.SECONDS);
        ResultNodesInfo nodes = input.getGraphQLContext().get(ResultNodesInfo.RESULT_NODES_INFO);
        return new Run(result, nodes.getResultNodesCount(), batches.get());
    }

    /** Runs the query both ways, asserts equal answers, and returns PlainLeaves' run and graphql-java's. */
    private Run[] same(String query) throws Exception {
        Run stock = run(false, query);
        Run plain = run(true, query);
        assertEquals(stock.result().toSpecification(), plain.result().toSpecification());
        assertEquals(keyOrder(stock.result().getData()), keyOrder(plain.result().getData()), "keys in selection order");
        assertEquals(stock.batches(), plain.batches(), "data-loader batches");
        return new Run[] {plain, stock};
    }

    /** Every object's keys, depth first, in their order (Map equality ignores order). */
    private static String keyOrder(Object value) {
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream().map(entry -> entry.getKey() + keyOrder(entry.getValue()))
                    .collect(Collectors.joining(",", "{", "}"));
        }
        if (value instanceof List<?> list) {
            return list.stream().map(PlainLeavesTest::keyOrder).collect(Collectors.joining(",", "[", "]"));
        }
        return "";
    }

    /** The value at a path of map keys and list indexes. */
    private static Object at(Object value, Object... path) {
        for (Object step : path) {
            value = step instanceof Integer index ? ((List<?>) value).get(index) : ((Map<?, ?>) value).get(step);
        }
        return value;
    }

    private static Thing thing(String name, Kind kind, Thing... more) {
        Thing thing = new Thing(name, name == null ? null : "label of " + name, kind, name == null ? null : name.length());
        thing.more = List.of(more);
        return thing;
    }

    @Test
    void isInstalledOnlyInPlaceOfGraphQLJavasDefaultStrategy() {
        assertInstanceOf(PlainLeaves.class, graphQL(true).getQueryStrategy());
        AsyncExecutionStrategy custom = new AsyncExecutionStrategy() {
        };
        GraphQL kept = PlainLeaves.install(GraphQL.newGraphQL(schema()).queryExecutionStrategy(custom), List.of(), null).build();
        assertSame(custom, kept.getQueryStrategy());
        GraphQL traced = PlainLeaves.install(GraphQL.newGraphQL(schema()).instrumentation(new SimplePerformantInstrumentation()), List.of(), null).build();
        assertInstanceOf(AsyncExecutionStrategy.class, traced.getQueryStrategy());
        assertFalse(traced.getQueryStrategy() instanceof PlainLeaves, "not with an instrumentation that may watch fields");
    }

    @Test
    void completesPlainValuesItselfWithTheSameAnswer() throws Exception {
        things = List.of(thing("alpha", Kind.A, thing("beta", Kind.B), thing("gamma", null)), thing("delta", Kind.B));

        Run[] runs = same("""
                { things { __typename first: name label kind ...counted more { name kind loud alias: name }
                           skipped: label @skip(if: true) loud next { name } } }
                fragment counted on Thing { count name }
                """);

        Object data = runs[0].result().getData();
        assertEquals("alpha", at(data, "things", 0, "first"));
        assertEquals("BETA", at(data, "things", 0, "more", 0, "loud"));
        assertTrue(runs[0].batches() > 0);
        assertTrue(runs[0].resultNodes() < runs[1].resultNodes(), "plain values did not go through graphql-java's fetch, "
                + "which counts every value it fetches: " + runs[0].resultNodes() + " against " + runs[1].resultNodes());
    }

    @Test
    void objectsOfPlainValuesOnlyStillLetTheirLevelDispatch() throws Exception {
        // Level 3 holds the batched `moreLater` things, whose `loud` is queued there, and the batched
        // `nextLater` things, which select plain values only. graphql-java dispatches level 3 once it has
        // counted every object of it: were the second kind not counted, `loud` would never be dispatched.
        things = List.of(thing("alpha", Kind.A, thing("beta", Kind.B)), thing("delta", Kind.B, thing("epsilon", Kind.A)));
        things.get(0).next = thing("zeta", Kind.A);
        things.get(1).next = thing("eta", Kind.B);

        Run[] runs = same("{ things { moreLater { loud } nextLater { name kind } } }");

        assertEquals("EPSILON", at(runs[0].result().getData(), "things", 1, "moreLater", 0, "loud"));
        assertEquals(1, runs[0].batches());
    }

    @Test
    void leavesErrorsToGraphQLJava() throws Exception {
        Thing nameless = thing(null, Kind.A);
        Thing uncountable = thing("omega", Kind.B);
        uncountable.count = "not a number";
        things = new ArrayList<>(List.of(thing("alpha", Kind.A), uncountable));
        things.get(0).next = nameless;

        Run[] runs = same("{ things { name count broken next { kind name } } }");

        List<String> messages = runs[0].result().getErrors().stream().map(error -> error.getPath() + " " + error.getErrorType()).toList();
        assertEquals(3 + 1, messages.size(), messages.toString());
        assertTrue(messages.contains("[things, 0, next, name] NullValueInNonNullableField"), messages.toString());
        assertTrue(messages.contains("[things, 1, count] DataFetchingException"), messages.toString());
    }
}
