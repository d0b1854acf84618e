package io.zonewarden.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.app.server.security.FirstAdministrator;
import io.zonewarden.app.server.store.CaptureStore;
import io.zonewarden.app.server.store.PlantStore;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code serve --demo} on a fresh server without an account: the example plant and a capture of its traffic are
 * imported as soon as the first administrator is created through the setup code.
 */
@SpringBootTest(classes = ZoneWardenServer.class)
class DemoPlantTest {

    @DynamicPropertySource
    static void settings(DynamicPropertyRegistry registry) {
        var properties =
                TestServers.onPostgres() ? TestServers.postgres(TestServers.freshSchema()) : TestServers.h2("demo");
        properties.forEach((key, value) -> {
            if (!key.startsWith("zonewarden.admin.")) registry.add(key, () -> value);
        });
        registry.add("zonewarden.demo", () -> "true");
    }

    @org.junit.jupiter.api.BeforeAll
    static void databaseReachable() {
        ServerTestSupport.databaseReachable();
    }

    @Autowired
    FirstAdministrator first;

    @Autowired
    PlantStore plants;

    @Autowired
    CaptureStore captures;

    @Test
    void the_example_arrives_with_the_first_administrator() throws Exception {
        assertThat(plants.all()).isEmpty();
        var code = first.setupCode();
        assertThat(code).isNotNull();
        assertThat(first.complete(code, "owner", "Plant owner", TestServers.ADMIN_PASSWORD))
                .isTrue();
        var plant = plants.find("ammonia-3").orElseThrow();
        assertThat(plant.updatedBy()).isEqualTo("owner");
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)
                && !captures.of(plant.id()).stream().allMatch(c -> c.state().equals("done"))) {
            Thread.sleep(100);
        }
        assertThat(captures.of(plant.id())).singleElement().satisfies(c -> {
            assertThat(c.state()).isEqualTo("done");
            assertThat(c.packets()).isPositive();
        });
    }
}
