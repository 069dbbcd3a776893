package org.claimgraph.graphql;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.claimgraph.ClaimgraphConfig;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

/**
 * The limits join SmallRye's instrumentation chain instead of replacing it: that chain holds
 * SmallRye's query cache, and without it every request is parsed and validated again.
 */
class QueryLimitsInstallTest {

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
    };

    private static final GraphQLSchema SCHEMA = new SchemaGenerator().makeExecutableSchema(
            new SchemaParser().parse("type Query { words(first: Int): [String] }"), RuntimeWiring.newRuntimeWiring().build());

    @Test
    void keepsTheChainSmallRyeInstalledFirst() {
        Instrumentation smallRyes = new SimplePerformantInstrumentation();
        GraphQL graphQL = new QueryLimits(LIMITS).install(GraphQL.newGraphQL(SCHEMA).instrumentation(smallRyes)).build();

        List<? extends Instrumentation> chain = ((ChainedInstrumentation) graphQL.getInstrumentation()).getInstrumentations();
        assertSame(smallRyes, chain.get(0));
        assertEquals(3, chain.size());
    }

    @Test
    void stillRefusesOversizedPages() {
        GraphQL graphQL = new QueryLimits(LIMITS).install(GraphQL.newGraphQL(SCHEMA)
                .instrumentation(new SimplePerformantInstrumentation())).build();

        ExecutionResult result = graphQL.execute("{ words(first: 101) }");

        assertEquals(1, result.getErrors().size());
        Map<String, Object> extensions = result.getErrors().get(0).getExtensions();
        assertEquals("LIMIT_EXCEEDED", extensions.get("code"));
        assertEquals(101L, extensions.get("actual"));
    }
}
