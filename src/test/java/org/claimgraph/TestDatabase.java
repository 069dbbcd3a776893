package org.claimgraph;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link PostgresTestResource} once for every {@code @QuarkusTest} in the run. */
@QuarkusTestResource(PostgresTestResource.class)
public final class TestDatabase {
    private TestDatabase() {
    }
}
