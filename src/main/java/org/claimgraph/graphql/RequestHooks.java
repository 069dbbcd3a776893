package org.claimgraph.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import io.smallrye.graphql.execution.QueryCache;
import org.dataloader.DataLoaderRegistry;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The one graphql-java instrumentation claimgraph runs: the request's data loaders (see
 * {@link DataLoadersOnDemand}), SmallRye's query cache at validation, the query limits before
 * execution, error codes on the result. One object rather than graphql-java's
 * ChainedInstrumentation, because a chain opens a context per member around every field of every
 * response and calls each member as the field completes — 11 % of the CPU samples of bench
 * question (b) (docs/BENCHMARKS.md) — and none of these hooks is about fields.
 *
 * <p>SmallRye's instrumentation is folded in only when it is what SmallRye installs by default, its
 * query cache, whose one hook is at validation (RequestHooksTest pins that down). With anything
 * more (SmallRye's query complexity or depth settings, federation tracing) it is kept whole and
 * chained before ours.
 */
final class RequestHooks extends SimplePerformantInstrumentation {

    private final QueryCache queryCache;
    private final Consumer<ExecutionContext> limits;
    private final Supplier<DataLoaderRegistry> dataLoaders;

    private RequestHooks(QueryCache queryCache, Consumer<ExecutionContext> limits, Supplier<DataLoaderRegistry> dataLoaders) {
        this.queryCache = queryCache;
        this.limits = limits;
        this.dataLoaders = dataLoaders;
    }

    /**
     * Called (by {@link SmallRyeHooks}) after SmallRye has set its own instrumentation. What
     * SmallRye set must keep working: it holds SmallRye's query cache, which only fills when its
     * validation hook runs — without it every request is parsed twice and validated again (bench
     * question (d): 217 requests/s with it replaced, 312 with it kept). The builder has no getter,
     * so SmallRye's instrumentation is read from a throw-away build.
     */
    static GraphQL.Builder install(GraphQL.Builder builder, Consumer<ExecutionContext> limits,
                                   Supplier<DataLoaderRegistry> dataLoaders) {
        return builder.instrumentation(around(builder.build().getInstrumentation(), limits, dataLoaders));
    }

    private static Instrumentation around(Instrumentation smallRyes, Consumer<ExecutionContext> limits,
                                          Supplier<DataLoaderRegistry> dataLoaders) {
        List<? extends Instrumentation> members = smallRyes instanceof ChainedInstrumentation chain
                ? chain.getInstrumentations() : List.of(smallRyes);
        if (members.size() == 1 && members.get(0) instanceof QueryCache queryCache) {
            return new RequestHooks(queryCache, limits, dataLoaders);
        }
        return new ChainedInstrumentation(List.of(smallRyes, new RequestHooks(null, limits, dataLoaders)));
    }

    @Override
    public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
                                                   InstrumentationState state) {
        return input.transform(builder -> builder.dataLoaderRegistry(dataLoaders.get()));
    }

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(InstrumentationValidationParameters parameters,
                                                                         InstrumentationState state) {
        // the cache never creates a state of its own: a chain would hand it null too
        return queryCache == null ? null : queryCache.beginValidation(parameters, null);
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                                                                         InstrumentationState state) {
        limits.accept(parameters.getExecutionContext());
        return null;
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                        InstrumentationExecutionParameters parameters,
                                                                        InstrumentationState state) {
        return CompletableFuture.completedFuture(ErrorCodes.withCodes(result));
    }
}
