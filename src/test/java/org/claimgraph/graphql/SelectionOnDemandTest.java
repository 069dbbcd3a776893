package org.claimgraph.graphql;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * SmallRye's resolver fetchers must get {@link SelectionOnDemand}'s environment, or each copies the
 * selection below its field into JSON again. That resolvers still see what is selected (a
 * connection's `totalCount` counted only when asked for, first pages read ahead) is asserted by the
 * HTTP tests and by the statement counts of StatementCountTest.
 */
@QuarkusTest
class SelectionOnDemandTest {

    @Test
    void rootAndNestedResolversAreWrapped() {
        GraphQLSchema schema = Arc.container().instance(GraphQLSchema.class).get();
        GraphQLObjectType query = schema.getQueryType();
        assertInstanceOf(SelectionOnDemand.Fetcher.class, schema.getCodeRegistry().getDataFetcher(
                FieldCoordinates.coordinates(query, "claimGroups"), query.getFieldDefinition("claimGroups")));
        GraphQLObjectType mutation = schema.getMutationType();
        assertInstanceOf(SelectionOnDemand.Fetcher.class, schema.getCodeRegistry().getDataFetcher(
                FieldCoordinates.coordinates(mutation, "ingestArticle"), mutation.getFieldDefinition("ingestArticle")));
    }
}
