package io.zonewarden.app.server;

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
    public static ConfigurableApplicationContext start(ServerSettings settings, String... springArguments) {
        var application = new SpringApplication(ZoneWardenServer.class);
        var properties = properties(settings);
        application.addInitializers(context -> {
            var sources = context.getEnvironment().getPropertySources();
            var source = new MapPropertySource("zonewarden-serve", properties);
            if (sources.contains("commandLineArgs")) sources.addAfter("commandLineArgs", source);
            else sources.addFirst(source);
        });
        return application.run(springArguments);
    }

    static Map<String, Object> properties(ServerSettings settings) {
        var p = new LinkedHashMap<String, Object>();
        p.put("server.port", settings.port());
        p.put(
                "zonewarden.data-directory",
                settings.dataDirectory().toAbsolutePath().toString());
        p.put("spring.datasource.url", settings.jdbcUrl());
        if (settings.databaseUser() != null) p.put("spring.datasource.username", settings.databaseUser());
        if (settings.databasePassword() != null) p.put("spring.datasource.password", settings.databasePassword());
        if (settings.adminUser() != null) p.put("zonewarden.admin.username", settings.adminUser());
        if (settings.adminPassword() != null) p.put("zonewarden.admin.password", settings.adminPassword());
        p.put("zonewarden.demo", settings.demo());
        return p;
    }
}
