package io.zonewarden.app.server;

import java.util.Map;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Server-wide beans. */
@Configuration
class ServerConfiguration {

    /**
     * One migration script serves both databases; the large column types differ, so the script names them by
     * placeholder and the JDBC URL decides.
     */
    @Bean
    FlywayConfigurationCustomizer largeTypes(org.springframework.core.env.Environment environment) {
        return configuration -> {
            var url = environment.getProperty("spring.datasource.url", "");
            boolean postgres = url.startsWith("jdbc:postgresql:");
            configuration.placeholders(Map.of(
                    "big_text", postgres ? "text" : "clob",
                    "big_bytes", postgres ? "bytea" : "blob"));
        };
    }
}
