package org.claimgraph.graphql;

import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;
import io.smallrye.graphql.spi.config.Config;

import java.util.function.BiFunction;

/**
 * Hands SmallRye's GraphQL builder to {@link RequestHooks} (with {@link QueryLimits} and
 * {@link DataLoadersOnDemand}) and {@link PlainLeaves}, and its schema to {@link StrictInputs}, {@link LeanBatches} and
 * {@link SelectionOnDemand} (and a plain field visibility, see {@link #withPlainVisibility}).
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

    /**
     * The builder has no getter for the code registry SmallRye set, so it is read from a throw-away
     * build; the scalars {@link StrictInputs} changes are swapped in that build, which then becomes
     * the builder SmallRye finishes.
     */
    @Override
    public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
        GraphQLSchema built = StrictInputs.apply(builder.build());
        GraphQLCodeRegistry registry = SelectionOnDemand.wrap(built, LeanBatches.replace(built));
        return GraphQLSchema.newSchema(built).codeRegistry(withPlainVisibility(registry, Config.get().getFieldVisibility()));
    }

    /**
     * Quarkus hands its default field visibility, the word "default", to SmallRye, which reads any
     * value but "no-introspection" as patterns of fields to hide. Every field look-up of every
     * request then matched a regex that can match no field ("Type.field" never equals "default"):
     * 3.7 % of the CPU samples of bench question (a). graphql-java's default visibility shows the
     * same fields without it. Any other setting is left as SmallRye built it.
     */
    static GraphQLCodeRegistry withPlainVisibility(GraphQLCodeRegistry registry, String configured) {
        return "default".equals(configured)
                ? registry.transform(builder -> builder.fieldVisibility(DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY))
                : registry;
    }

    /**
     * The registry with the fetcher of every field of the schema's object and interface types (not
     * introspection's) passed through {@code replacement}, which returns a new fetcher or null to keep it.
     */
    static GraphQLCodeRegistry replaceFetchers(GraphQLSchema schema, GraphQLCodeRegistry registry,
                                               BiFunction<FieldCoordinates, DataFetcher<?>, DataFetcher<?>> replacement) {
        return registry.transform(builder -> {
            for (GraphQLType type : schema.getAllTypesAsList()) {
                if (!(type instanceof GraphQLFieldsContainer container) || container.getName().startsWith("__")) {
                    continue;
                }
                for (GraphQLFieldDefinition field : container.getFieldDefinitions()) {
                    FieldCoordinates coordinates = FieldCoordinates.coordinates(container.getName(), field.getName());
                    DataFetcher<?> replaced = replacement.apply(coordinates, registry.getDataFetcher(coordinates, field));
                    if (replaced != null) {
                        builder.dataFetcher(coordinates, replaced);
                    }
                }
            }
        });
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        QueryLimits limits = Arc.container().instance(QueryLimits.class).get();
        DataLoadersOnDemand dataLoaders = Arc.container().instance(DataLoadersOnDemand.class).get();
        return PlainLeaves.install(RequestHooks.install(builder, limits::check, dataLoaders::newRegistry),
                Arc.container().select(SqlJson.Root.class).stream().toList(), Arc.container().instance(Answers.class).get());
    }
}
