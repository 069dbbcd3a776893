package org.claimgraph.database;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * Runs before Quarkus starts: decides which PostgreSQL the service uses and checks the settings
 * that would otherwise fail late with a wall of stack traces (database unreachable, data folder
 * unwritable, HTTP port taken). Each problem becomes one {@link StartupProblem} with a message
 * that names the setting to change.
 */
public final class DatabaseBootstrap {

    /** Set for the running service; {@link DatabaseStartupLog} prints it. */
    public static final String DESCRIPTION_PROPERTY = "claimgraph.database.description";

    private final EarlySettings settings = new EarlySettings();

    /** Returns the embedded server it started, if it started one; the caller closes it at exit. */
    public Optional<EmbeddedDatabase> prepare(boolean serveHttp) {
        if (serveHttp) {
            checkHttpPortFree();
        }
        Optional<String> externalUrl = settings.get("quarkus.datasource.jdbc.url");
        if (externalUrl.isPresent()) {
            checkExternalReachable(externalUrl.get());
            System.setProperty(DESCRIPTION_PROPERTY, "external PostgreSQL at " + externalUrl.get());
            return Optional.empty();
        }
        EmbeddedDatabase embedded = startEmbedded();
        System.setProperty("quarkus.datasource.jdbc.url", embedded.jdbcUrl());
        System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
        System.setProperty(DESCRIPTION_PROPERTY, "embedded PostgreSQL at " + embedded.jdbcUrl()
                + ", data in " + embedded.clusterDir());
        return Optional.of(embedded);
    }

    private EmbeddedDatabase startEmbedded() {
        Path dataDir = Path.of(settings.get("claimgraph.data-dir").orElse("data")).toAbsolutePath().normalize();
        try {
            Files.createDirectories(dataDir);
        } catch (AccessDeniedException e) {
            throw new StartupProblem("cannot create the data folder " + dataDir + ": permission denied on "
                    + e.getFile() + ". Set CLAIMGRAPH_DATA_DIR to a writable folder.");
        } catch (IOException | SecurityException e) {
            throw new StartupProblem("cannot create the data folder " + dataDir + ": " + e
                    + ". Set CLAIMGRAPH_DATA_DIR to a writable folder.");
        }
        if (!Files.isWritable(dataDir)) {
            throw new StartupProblem("the data folder " + dataDir
                    + " is not writable. Set CLAIMGRAPH_DATA_DIR to a writable folder.");
        }
        int port = settings.get("claimgraph.embedded.port").map(DatabaseBootstrap::parsePort).orElse(0);
        try {
            return EmbeddedDatabase.start(dataDir, port, false);
        } catch (IOException | SQLException | RuntimeException e) {
            throw new StartupProblem("the embedded PostgreSQL did not start in " + dataDir + ": " + rootMessage(e)
                    + ". Is another claimgraph using this data folder? Use another CLAIMGRAPH_DATA_DIR, or set "
                    + "QUARKUS_DATASOURCE_JDBC_URL to use an external PostgreSQL.");
        }
    }

    private void checkExternalReachable(String url) {
        Properties credentials = new Properties();
        settings.get("quarkus.datasource.username").ifPresent(user -> credentials.setProperty("user", user));
        settings.get("quarkus.datasource.password").ifPresent(password -> credentials.setProperty("password", password));
        credentials.setProperty("connectTimeout", "5");
        credentials.setProperty("loginTimeout", "10");
        try (Connection ignored = DriverManager.getConnection(url, credentials)) {
            // reachable, credentials accepted
        } catch (SQLException e) {
            throw new StartupProblem("cannot connect to PostgreSQL at " + url + " as "
                    + credentials.getProperty("user", "(no user)") + ": " + rootMessage(e)
                    + ". Check QUARKUS_DATASOURCE_JDBC_URL, QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD,"
                    + " or unset QUARKUS_DATASOURCE_JDBC_URL to use the embedded database.");
        }
    }

    private void checkHttpPortFree() {
        int port = settings.get("quarkus.http.port").map(DatabaseBootstrap::parsePort).orElse(8080);
        if (port == 0) {
            return;
        }
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            throw new StartupProblem("HTTP port " + port + " is already in use (" + e.getMessage()
                    + "). Stop the other process or set QUARKUS_HTTP_PORT to a free port.");
        }
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new StartupProblem("'" + value + "' is not a port number (0-65535).");
    }

    private static String rootMessage(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return message == null ? root.getClass().getSimpleName() : message.strip();
    }

    /** A configuration problem the operator can fix; printed as one line, without a stack trace. */
    public static final class StartupProblem extends RuntimeException {
        StartupProblem(String message) {
            super(message, null, false, false);
        }
    }
}
