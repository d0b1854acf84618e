package io.zonewarden.app.server;

import java.io.IOException;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** The Spring Boot application behind {@code zonewarden serve}. */
@SpringBootApplication
public class ZoneWardenServer {

    /**
     * Starts the server. The settings sit just below Spring's own command-line arguments, so an expert can still
     * pass any {@code --spring.*} or {@code --server.*} property after them.
     */
    public static ConfigurableApplicationContext start(ServerSettings settings, String... springArguments)
            throws CannotStart {
        var application = new SpringApplication(ZoneWardenServer.class);
        var properties = properties(prepare(settings));
        application.addInitializers(context -> {
            var sources = context.getEnvironment().getPropertySources();
            var source = new MapPropertySource("zonewarden-serve", properties);
            if (sources.contains("commandLineArgs")) sources.addAfter("commandLineArgs", source);
            else sources.addFirst(source);
        });
        return application.run(springArguments);
    }

    /** The server could not prepare its data directory or its embedded database. */
    public static final class CannotStart extends Exception {
        private static final long serialVersionUID = 1L;

        CannotStart(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * Makes the data directory private (removing what a killed run left half-written) and, for the embedded
     * database, settles its password: the generated one in the data directory, given to a database of an earlier
     * version that still has the empty password.
     */
    static ServerSettings prepare(ServerSettings settings) throws CannotStart {
        var directory = settings.dataDirectory().toAbsolutePath();
        try {
            DataDirectory.prepare(directory);
        } catch (IOException e) {
            throw new CannotStart("cannot prepare the data directory " + directory + ": " + e.getMessage(), e);
        }
        if (settings.databaseUrl() != null || settings.databasePassword() != null) return settings;
        try {
            var password = EmbeddedDatabase.password(directory);
            EmbeddedDatabase.setPassword(settings.jdbcUrl(), directory, password);
            return settings.withDatabasePassword(password);
        } catch (IOException e) {
            throw new CannotStart("cannot read or create the database password: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new CannotStart("cannot open the embedded database in " + directory + ": " + e.getMessage(), e);
        }
    }

    static Map<String, Object> properties(ServerSettings settings) {
        var p = new LinkedHashMap<String, Object>();
        p.put("server.port", settings.port());
        p.put(
                "zonewarden.data-directory",
                settings.dataDirectory().toAbsolutePath().toString());
        p.put(
                "spring.servlet.multipart.location",
                settings.dataDirectory()
                        .toAbsolutePath()
                        .resolve(DataDirectory.SPOOL)
                        .toString());
        p.put("spring.datasource.url", settings.jdbcUrl());
        if (settings.databaseUrl() == null) p.put("spring.datasource.username", EmbeddedDatabase.USER);
        if (settings.databaseUser() != null) p.put("spring.datasource.username", settings.databaseUser());
        if (settings.databasePassword() != null) p.put("spring.datasource.password", settings.databasePassword());
        if (settings.adminUser() != null) p.put("zonewarden.admin.username", settings.adminUser());
        if (settings.adminPassword() != null) p.put("zonewarden.admin.password", settings.adminPassword());
        p.put("zonewarden.demo", settings.demo());
        p.put("zonewarden.audit.key-file", settings.auditKey().toAbsolutePath().toString());
        if (settings.keystorePassword() != null) p.put("server.ssl.key-store-password", settings.keystorePassword());
        return p;
    }
}
