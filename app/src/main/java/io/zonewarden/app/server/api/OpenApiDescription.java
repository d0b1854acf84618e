package io.zonewarden.app.server.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title, licence and authentication of the OpenAPI description at {@code /api/v1/openapi.json}. */
@Configuration
class OpenApiDescription {

    @Bean
    OpenAPI zoneWardenApi() {
        var version = OpenApiDescription.class.getPackage().getImplementationVersion();
        return new OpenAPI()
                .info(new Info()
                        .title("ZoneWarden API")
                        .version(version == null ? "development" : version)
                        .description("IEC 62443 plants: zones and conduits, assessment, risk, captures and alerts."
                                + " Errors are RFC 9457 problem details; writes send the plant version they are"
                                + " based on in If-Match.")
                        .license(new License().name("Apache-2.0")))
                .components(new Components()
                        .addSecuritySchemes(
                                "basic",
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
