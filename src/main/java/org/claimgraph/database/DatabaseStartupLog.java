package org.claimgraph.database;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.util.Optional;

/** The start-up lines an operator looks for: which database is in use and where GraphiQL is. */
@Singleton
class DatabaseStartupLog {

    private static final Logger LOG = Logger.getLogger(DatabaseStartupLog.class);

    void onStart(@Observes StartupEvent event,
                 @ConfigProperty(name = DatabaseBootstrap.DESCRIPTION_PROPERTY) Optional<String> description,
                 @ConfigProperty(name = "quarkus.datasource.jdbc.url") Optional<String> url,
                 @ConfigProperty(name = "quarkus.http.port", defaultValue = "8080") int port,
                 @ConfigProperty(name = "quarkus.http.test-port", defaultValue = "8081") int testPort,
                 @ConfigProperty(name = "claimgraph.graphiql-enabled", defaultValue = "true") boolean graphiql,
                 @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true") boolean listening) {
        if (LaunchMode.current() == LaunchMode.TEST) {
            port = testPort;
        }
        LOG.infof("Database: %s", description.orElse("PostgreSQL at " + url.orElse("(unset)")));
        if (!listening) {
            return; // a batch command (import): no HTTP listener, so no URL to give
        }
        if (graphiql) {
            LOG.infof("GraphiQL: http://localhost:%d/q/graphql-ui/  (GraphQL endpoint http://localhost:%d/graphql)", port, port);
        } else {
            LOG.infof("GraphQL endpoint: http://localhost:%d/graphql (GraphiQL disabled)", port);
        }
    }
}
