package io.zonewarden.app.server.plant;

import io.zonewarden.app.server.capture.CaptureService;
import io.zonewarden.app.server.security.FirstAdministrator;
import io.zonewarden.app.server.security.Permission;
import io.zonewarden.app.server.security.PlantAccess;
import io.zonewarden.app.server.store.PlantStore;
import io.zonewarden.app.server.store.UserStore;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.monitor.traffic.Attack;
import io.zonewarden.monitor.traffic.TrafficGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@code serve --demo}: when the server holds no plant yet, imports the example chemical plant (its zones,
 * conduits, assessment, risk and organisation) and a capture of its traffic with a few attacks in it, so a new user
 * sees a living plant at once. Imported in the name of the first administrator.
 */
@Component
class DemoPlant {

    private static final Logger LOG = LoggerFactory.getLogger(DemoPlant.class);
    static final String RESOURCE = "/demo/chemical-plant.yaml";

    private final boolean enabled;
    private final PlantStore plants;
    private final UserStore users;
    private final PlantService service;
    private final PlantAccess access;
    private final CaptureService captures;

    DemoPlant(
            @Value("${zonewarden.demo:false}") boolean enabled,
            PlantStore plants,
            UserStore users,
            PlantService service,
            PlantAccess access,
            CaptureService captures) {
        this.enabled = enabled;
        this.plants = plants;
        this.users = users;
        this.service = service;
        this.access = access;
        this.captures = captures;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void onStart() throws IOException {
        importOnce();
    }

    /** A server started with --demo and no account imports the example as soon as /setup created the first one. */
    @EventListener(FirstAdministrator.Created.class)
    public void onFirstAdministrator() throws IOException {
        importOnce();
    }

    private synchronized void importOnce() throws IOException {
        if (!enabled || !plants.all().isEmpty()) return;
        var admin = users.all().stream().filter(UserStore.User::administrator).findFirst();
        if (admin.isEmpty()) {
            LOG.info("--demo: the example plant is imported once the first administrator exists");
            return;
        }
        String yaml;
        try (var in = DemoPlant.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("the example plant is missing from the application");
            yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the import runs as the administrator, like any change: it is checked and audited the same way
        var previous = SecurityContextHolder.getContext();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                admin.get().username(), null, AuthorityUtils.createAuthorityList("ROLE_ADMINISTRATOR")));
        SecurityContextHolder.setContext(context);
        try {
            var row = service.importPlant(admin.get().username(), yaml, "chemical-plant.yaml");
            var granted = access.require(row.slug(), Permission.EDIT);
            var traffic = new ByteArrayOutputStream();
            var plant = PlantYamlReader.read(yaml, "chemical-plant.yaml");
            TrafficGenerator.write(
                    plant,
                    traffic,
                    20,
                    EnumSet.allOf(Attack.class),
                    Instant.now().minusSeconds(3600).toEpochMilli() * 1000);
            captures.upload(granted, "demo-traffic.pcap", new ByteArrayInputStream(traffic.toByteArray()));
            LOG.info("--demo: imported plant '{}' with a capture of its traffic", row.slug());
        } catch (io.zonewarden.core.io.ModelFileException e) {
            throw new IllegalStateException("the example plant does not load: " + e.getMessage(), e);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
