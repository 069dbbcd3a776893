package org.claimgraph.graphql;

import graphql.execution.MergedField;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.claimgraph.GraphQL;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A request's registry starts empty and makes one loader per batched field per place in the
 * document, registered so that graphql-java dispatches it; the same field under two aliases gets
 * the answer its own arguments and selection ask for. That every batched field still resolves is
 * asserted by every HTTP test that reads one.
 */
@QuarkusTest
class DataLoadersOnDemandTest {

    private static final String TWO_PAGES_OF_EACH_ARTICLE = """
            { articles(first: 5) { edges { node {
                id
                one: claims(first: 1) { edges { node { id } } }
                two: claims(first: 2) { totalCount edges { node { id } } }
                three: claims(first: 1) { totalCount }
            } } } }
            """;

    @Inject
    DataLoadersOnDemand dataLoaders;

    private static DataFetchingEnvironment at(Field place, DataLoaderRegistry registry) {
        return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .mergedField(MergedField.newMergedField(place).build()).dataLoaderRegistry(registry).build();
    }

    @Test
    void makesOneRegisteredLoaderPerPlaceWhenItIsFirstAskedFor() {
        DataLoaderRegistry registry = dataLoaders.newRegistry();
        assertTrue(registry.getKeys().isEmpty());
        Field one = Field.newField("article").alias("one").build();
        Field two = Field.newField("article").alias("two").build();

        DataLoader<Object, Object> atOne = DataLoadersOnDemand.atPlace(at(one, registry), "Claim_article");

        assertNotNull(atOne);
        assertSame(atOne, DataLoadersOnDemand.atPlace(at(one, registry), "Claim_article"));
        assertEquals(List.of(atOne), registry.getDataLoaders(), "registered as returned, so what is queued on it is dispatched");
        DataLoader<Object, Object> atTwo = DataLoadersOnDemand.atPlace(at(two, registry), "Claim_article");
        assertNotSame(atOne, atTwo);
        assertEquals(2, registry.getKeys().size());
        assertNull(DataLoadersOnDemand.atPlace(at(one, registry), "Claim_noSuchField"));
        assertEquals(2, registry.getKeys().size());
    }

    @Test
    void eachRequestGetsItsOwnLoaders() {
        Field place = Field.newField("article").build();
        assertNotSame(DataLoadersOnDemand.atPlace(at(place, dataLoaders.newRegistry()), "Claim_article"),
                DataLoadersOnDemand.atPlace(at(place, dataLoaders.newRegistry()), "Claim_article"));
    }

    @Test
    void anotherRegistryIsLeftToSmallRye() {
        assertNull(DataLoadersOnDemand.atPlace(at(Field.newField("article").build(), new DataLoaderRegistry()), "Claim_article"));
    }

    @Test
    void sameParentAskedWithOtherArgumentsGetsItsOwnAnswer() {
        JsonPath response = GraphQL.post(TWO_PAGES_OF_EACH_ARTICLE).extract().jsonPath();
        assertEquals(5, response.getList("data.articles.edges").size());
        boolean sawTwo = false;
        for (int i = 0; i < 5; i++) {
            String article = "data.articles.edges[" + i + "].node.";
            List<String> one = response.getList(article + "one.edges.node.id");
            List<String> two = response.getList(article + "two.edges.node.id");
            int total = response.getInt(article + "two.totalCount");
            assertEquals(Math.min(1, total), one.size(), response.getString(article + "id"));
            assertEquals(Math.min(2, total), two.size(), response.getString(article + "id"));
            assertEquals(total, response.getInt(article + "three.totalCount"), "same arguments as `one`, other selection");
            if (two.size() == 2) {
                assertEquals(one.get(0), two.get(0));
                sawTwo = true;
            }
        }
        assertTrue(sawTwo, "the corpus has an article with two claims or more");
    }
}
