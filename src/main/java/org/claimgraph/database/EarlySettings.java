package org.claimgraph.database;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads the handful of settings needed before Quarkus (and its config system) is running:
 * the embedded database must exist before the datasource is created. Same precedence as
 * Quarkus for these keys: system property, then environment variable, then
 * application.properties.
 */
final class EarlySettings {

    private final Properties applicationProperties = new Properties();

    EarlySettings() {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("application.properties")) {
            if (in != null) {
                applicationProperties.load(in);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read application.properties", e);
        }
    }

    Optional<String> get(String key) {
        String value = System.getProperty(key);
        if (isBlank(value)) {
            value = System.getenv(environmentName(key));
        }
        if (isBlank(value)) {
            value = applicationProperties.getProperty(key);
        }
        return isBlank(value) ? Optional.empty() : Optional.of(value.trim());
    }

    /** The MicroProfile Config rule: non-alphanumerics become '_', then upper case. */
    static String environmentName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
