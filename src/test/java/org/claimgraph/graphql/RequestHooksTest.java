package org.claimgraph.graphql;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.validation.ValidationError;
import io.smallrye.graphql.execution.QueryCache;
import org.claimgraph.ClaimgraphConfig;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * SmallRye's query cache keeps working once our hooks are installed (without its validation hook
 * every request is parsed and validated again), the limits and error codes apply, and anything
 * SmallRye installs beyond its cache is kept whole.
 */
class RequestHooksTest {

    private static final ClaimgraphConfig.Limits LIMITS = new ClaimgraphConfig.Limits() {
        @Override
        public int maxDepth() {
            return 15;
        }

        @Override
        public long maxComplexity() {
            return 25_000;
        }

        @Override
        public int maxAliases() {
            return 30;
        }

        @Override
        public int maxComparedClaims() {
            return 1000;
        }
    };

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse("type Query { words(first: Int): [String] }"), RuntimeWiring.newRuntimeWiring().build());

    /** What SmallRye installs by default: its query cache, alone in a chain. */
    private static GraphQL withSmallRyesDefault(QueryCache cache) {
        return RequestHooks.install(GraphQL.newGraphQL(SCHEMA)
                .instrumentation(new ChainedInstrumentation(List.of(cache))).preparsedDocumentProvider(cache),
                new QueryLimits(LIMITS)::check, DataLoaderRegistry::new).build();
    }

    @Test
    void foldsSmallRyesQueryCacheIntoOneInstrumentationThatStillFillsIt() {
        AtomicInteger validations = new AtomicInteger();
        QueryCache cache = new QueryCache() {
            @Override
            public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                                 InstrumentationState state) {
                validations.incrementAndGet();
                return super.beginValidation(parameters, state);
            }
        };
        GraphQL graphQL = withSmallRyesDefault(cache);

        assertInstanceOf(RequestHooks.class, graphQL.getInstrumentation());
        graphQL.execute("{ words }");
        int afterFirst = validations.get();
        graphQL.execute("{ words }");
        assertTrue(afterFirst > 0, "the cache saw the first request's validation");
        assertEquals(afterFirst, validations.get(), "the second request comes from SmallRye's cache, not validated again");
    }

    /** Folding is only right while the cache's one hook is at validation: this fails when SmallRye changes that. */
    @Test
    void smallRyesQueryCacheHooksOnlyIntoValidation() {
        Set<String> hooks = Arrays.stream(Instrumentation.class.getMethods()).map(Method::getName).collect(Collectors.toSet());
        Set<String> overridden = Arrays.stream(QueryCache.class.getDeclaredMethods())
                .filter(method -> !method.isSynthetic() && !Modifier.isStatic(method.getModifiers()))
                .map(Method::getName).filter(hooks::contains).collect(Collectors.toSet());
        assertEquals(Set.of("beginValidation"), overridden);
    }

    @Test
    void keepsAnyOtherInstrumentationOfSmallRyesWholeAndFirst() {
        Instrumentation fieldTracing = new SimplePerformantInstrumentation() {
            @Override
            public InstrumentationContext<Object> beginFieldFetch(InstrumentationFieldFetchParameters parameters,
                                                                  InstrumentationState state) {
                return null;
            }
        };
        GraphQL graphQL = RequestHooks.install(GraphQL.newGraphQL(SCHEMA).instrumentation(fieldTracing),
                new QueryLimits(LIMITS)::check, DataLoaderRegistry::new).build();

        List<? extends Instrumentation> chain = ((ChainedInstrumentation) graphQL.getInstrumentation()).getInstrumentations();
        assertSame(fieldTracing, chain.get(0));
        assertInstanceOf(RequestHooks.class, chain.get(1));
    }

    @Test
    void refusesOversizedPagesWithACode() {
        ExecutionResult result = withSmallRyesDefault(new QueryCache()).execute("{ words(first: 101) }");

        assertEquals(1, result.getErrors().size());
        Map<String, Object> extensions = result.getErrors().get(0).getExtensions();
        assertEquals("LIMIT_EXCEEDED", extensions.get("code"));
        assertEquals(101L, extensions.get("actual"));
    }

    @Test
    void codesErrorsThatHaveNone() {
        ExecutionResult result = withSmallRyesDefault(new QueryCache()).execute("{ nothing }");

        assertEquals("GRAPHQL_VALIDATION_FAILED", result.getErrors().get(0).getExtensions().get("code"));
    }
}
