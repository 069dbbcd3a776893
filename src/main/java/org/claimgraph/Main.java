package org.claimgraph;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.claimgraph.database.DatabaseBootstrap;
import org.claimgraph.database.EmbeddedDatabase;
import org.claimgraph.ingest.ImportCommand;
import org.claimgraph.ingest.eval.ExtractionEvaluation;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Entry point. The datasource is configured when Quarkus starts, so the embedded PostgreSQL
 * (used when no external database is configured) has to be running before {@link Quarkus#run}.
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        String command = args.length == 0 ? "serve" : args[0];
        switch (command) {
            case "serve", "import" -> { }
            case "evaluate" -> {
                // Pure pipeline on the corpus files: no database, no HTTP.
                System.exit(evaluate(Arrays.asList(args).subList(1, args.length)));
                return;
            }
            default -> {
                System.err.println("usage: java -jar quarkus-run.jar [serve | import FOLDER | evaluate [CORPUS_FOLDER]]");
                System.exit(2);
                return;
            }
        }
        boolean serving = command.equals("serve");
        if (!serving) {
            // A batch command: no HTTP listener (a running service may hold the port), no corpus load.
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("claimgraph.load-corpus", "false");
        }
        Optional<EmbeddedDatabase> embedded;
        try {
            embedded = new DatabaseBootstrap().prepare(serving);
        } catch (DatabaseBootstrap.StartupProblem problem) {
            System.err.println("claimgraph cannot start: " + problem.getMessage());
            System.exit(1);
            return;
        }
        // zonky also registers a shutdown hook; closing here covers a normal Quarkus.run return.
        embedded.ifPresent(database -> Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(database))));
        if (serving) {
            Quarkus.run(args);
        } else {
            Quarkus.run(ImportCommand.class, args);
        }
    }

    private static int evaluate(List<String> args) {
        try {
            return ExtractionEvaluation.run(args, System.out, System.err);
        } catch (IOException e) {
            System.err.println("claimgraph evaluate: " + e.getMessage());
            return 2;
        }
    }

    private static void closeQuietly(EmbeddedDatabase database) {
        try {
            database.close();
        } catch (Exception e) {
            System.err.println("claimgraph: embedded PostgreSQL did not stop cleanly: " + e.getMessage());
        }
    }
}
