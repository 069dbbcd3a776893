package org.claimgraph.graphql;

import graphql.GraphQL;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

/**
 * Hands SmallRye's GraphQL builder to {@link QueryLimits}. A service-loaded SmallRye extension
 * (META-INF/services) rather than a CDI observer: observing the builder needs
 * `quarkus.smallrye-graphql.events.enabled`, which also fires CDI events before and after every
 * field of every request: 9 % of the CPU samples of bench question (b) went to finding their
 * observers.
 * No config key: always on.
 */
public class InstallLimits implements EventingService {

    @Override
    public String getConfigKey() {
        return null;
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        return Arc.container().instance(QueryLimits.class).get().install(builder);
    }
}
