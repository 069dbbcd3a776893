package org.claimgraph.graphql;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

/**
 * Hands SmallRye's GraphQL builder to {@link QueryLimits} and its schema to {@link LeanBatches}.
 * A service-loaded SmallRye extension (META-INF/services) rather than a CDI observer: observing
 * the builder needs `quarkus.smallrye-graphql.events.enabled`, which also fires CDI events before
 * and after every field of every request: 9 % of the CPU samples of bench question (b) went to
 * finding their observers. No config key: always on.
 */
public class SmallRyeHooks implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    /** The builder has no getter for the code registry SmallRye set, so it is read from a throw-away build. */
    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        return builder.codeRegistry(LeanBatches.replace(builder.build()));
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return Arc.container().instance(QueryLimits.class).get().install(builder);
    }
}
