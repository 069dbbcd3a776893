package org.claimgraph;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.claimgraph.database.DatabaseBootstrap;
import org.claimgraph.database.EmbeddedDatabase;

import java.util.Optional;

/**
 * Entry point. The datasource is configured when Quarkus starts, so the embedded PostgreSQL
 * (used when no external database is configured) has to be running before {@link Quarkus#run}.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        Optional<EmbeddedDatabase> embedded;
        try {
            embedded = new DatabaseBootstrap().prepare();
        } catch (DatabaseBootstrap.StartupProblem problem) {
            System.err.println("claimgraph cannot start: " + problem.getMessage());
            System.exit(1);
            return;
        }
        // zonky also registers a shutdown hook; closing here covers a normal Quarkus.run return.
        embedded.ifPresent(database -> Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(database))));
        Quarkus.run(args);
    }

    private static void closeQuietly(EmbeddedDatabase database) {
        try {
            database.close();
        } catch (Exception e) {
            System.err.println("claimgraph: embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
