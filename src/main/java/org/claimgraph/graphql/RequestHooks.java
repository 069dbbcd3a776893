package org.claimgraph.graphql;

import graphql.ExecutionResult;
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

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The one graphql-java instrumentation claimgraph runs: SmallRye's query cache at validation, the
 * query limits before execution, error codes on the result. One object rather than graphql-java's
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

    private RequestHooks(QueryCache queryCache, Consumer<ExecutionContext> limits) {
        this.queryCache = queryCache;
        this.limits = limits;
    }

    static Instrumentation around(Instrumentation smallRyes, Consumer<ExecutionContext> limits) {
        List<? extends Instrumentation> members = smallRyes instanceof ChainedInstrumentation chain
                ? chain.getInstrumentations() : List.of(smallRyes);
        if (members.size() == 1 && members.get(0) instanceof QueryCache queryCache) {
            return new RequestHooks(queryCache, limits);
        }
        return new ChainedInstrumentation(List.of(smallRyes, new RequestHooks(null, limits)));
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
