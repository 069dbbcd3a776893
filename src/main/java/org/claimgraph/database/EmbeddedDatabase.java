package org.claimgraph.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server run from the zonky binaries on the classpath, with its cluster in a
 * folder we choose. A kept folder survives restarts (initdb runs only when the folder has no
 * cluster yet); a throw-away folder gives tests a fresh server per run.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE_NAME = "claimgraph";
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;
    private final Path clusterDir;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path clusterDir) {
        this.postgres = postgres;
        this.clusterDir = clusterDir;
    }

    /**
     * Starts the server on {@code port} (0 picks a free one) with its cluster under
     * {@code dataDir/postgres}, creating the application database when missing.
     */
    public static EmbeddedDatabase start(Path dataDir, int port, boolean wipeOnClose) throws IOException, SQLException {
        Path clusterDir = dataDir.toAbsolutePath().normalize().resolve("postgres");
        Files.createDirectories(clusterDir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(clusterDir)
                .setCleanDataDirectory(wipeOnClose)
                .setServerConfig("max_connections", "100")
                .setServerConfig("shared_buffers", "128MB");
        if (port > 0) {
            builder.setPort(port);
        }
        EmbeddedPostgres postgres = builder.start();
        createApplicationDatabase(postgres);
        return new EmbeddedDatabase(postgres, clusterDir);
    }

    private static void createApplicationDatabase(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             PreparedStatement exists = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            exists.setString(1, DATABASE_NAME);
            try (ResultSet rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("CREATE DATABASE " + DATABASE_NAME);
            }
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE_NAME;
    }

    public int port() {
        return postgres.getPort();
    }

    public Path clusterDir() {
        return clusterDir;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
