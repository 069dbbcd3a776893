package org.claimgraph;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import org.claimgraph.database.EmbeddedDatabase;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Gives the test run a real PostgreSQL: a fresh embedded server in a temporary folder, or the
 * external server named by QUARKUS_DATASOURCE_JDBC_URL (then Quarkus reads that variable itself
 * and nothing is started here).
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase embedded;

    @Override
    public Map<String, String> start() {
        String external = System.getenv("QUARKUS_DATASOURCE_JDBC_URL");
        if (external != null && !external.isBlank()) {
            return Map.of("claimgraph.database.description", "external PostgreSQL at " + external);
        }
        try {
            Path dataDir = Files.createTempDirectory("claimgraph-test-");
            embedded = EmbeddedDatabase.start(dataDir, 0, true);
        } catch (Exception e) {
            throw new IllegalStateException("embedded PostgreSQL for tests did not start", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", embedded.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "claimgraph.database.description", "embedded PostgreSQL at " + embedded.jdbcUrl());
    }

    @Override
    public void stop() {
        if (embedded != null) {
            try {
                embedded.close();
            } catch (IOException e) {
                throw new IllegalStateException("embedded PostgreSQL for tests did not stop", e);
            }
        }
    }
}
