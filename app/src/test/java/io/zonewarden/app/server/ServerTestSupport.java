package io.zonewarden.app.server;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonewarden.app.server.security.Accounts;
import io.zonewarden.app.server.store.MemberStore;
import io.zonewarden.app.server.store.PlantStore;
import io.zonewarden.app.server.store.UserStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * One server on one private H2 database for all test classes that extend this (Spring caches the context), with
 * MockMvc in front of the real filter chain. Tests stay independent by creating plants and accounts under their own
 * names.
 */
@SpringBootTest(classes = ZoneWardenServer.class)
@AutoConfigureMockMvc
public abstract class ServerTestSupport {

    /**
     * H2 by default; with {@code -Dzonewarden.test.database=postgres} (the build's second test run) the same tests run
     * against the local PostgreSQL, and are skipped, saying so, when none is reachable.
     */
    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        var properties = TestServers.onPostgres()
                ? TestServers.postgres(TestServers.freshSchema())
                : TestServers.h2("server-tests");
        properties.forEach((key, value) -> registry.add(key, () -> value));
    }

    @BeforeAll
    static void databaseReachable() {
        if (TestServers.onPostgres()) {
            Assumptions.assumeTrue(
                    TestServers.postgresReachable(),
                    "PostgreSQL is not reachable at 127.0.0.1:5432: these server tests were skipped on PostgreSQL"
                            + " (they ran on H2 in the first test run)");
        }
    }

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected Accounts accounts;

    @Autowired
    protected UserStore users;

    @Autowired
    protected PlantStore plants;

    @Autowired
    protected MemberStore members;

    @Autowired
    protected javax.sql.DataSource dataSource;

    @org.springframework.beans.factory.annotation.Value("${zonewarden.data-directory}")
    protected java.nio.file.Path dataDirectory;

    /** The server's audit key, as {@code zonewarden audit verify} reads it from the data directory. */
    protected io.zonewarden.app.server.audit.AuditKey auditKey() throws IOException {
        return io.zonewarden.app.server.audit.AuditKey.read(
                dataDirectory.resolve(io.zonewarden.app.server.audit.AuditKey.DEFAULT_FILE));
    }

    /** Verifies the whole audit chain with the server's key, and against {@code expected} when given. */
    protected io.zonewarden.app.server.audit.VerifyAuditTrail.Verdict verifyAudit(
            io.zonewarden.app.server.audit.VerifyAuditTrail.@org.jspecify.annotations.Nullable ExpectedHead expected)
            throws Exception {
        try (var connection = dataSource.getConnection()) {
            return io.zonewarden.app.server.audit.VerifyAuditTrail.verify(connection, auditKey(), expected);
        }
    }

    /** HTTP Basic as the first administrator. */
    protected static RequestPostProcessor admin() {
        return httpBasic(TestServers.ADMIN, TestServers.ADMIN_PASSWORD);
    }

    protected static RequestPostProcessor as(String username) {
        return httpBasic(username, password(username));
    }

    /** Every test account's password is derived from its name. */
    protected static String password(String username) {
        return "pass phrase 2026 for test account " + Integer.toHexString(username.hashCode());
    }

    /** The example plant's model file with another plant id, so each test has a plant of its own. */
    protected static String examplePlant(String id) {
        try (InputStream in = ServerTestSupport.class.getResourceAsStream("/demo/chemical-plant.yaml")) {
            var yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return yaml.replaceFirst("(?m)^  id: ammonia-3$", "  id: " + id);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Imports the example plant under {@code id} as the administrator, through the API. */
    protected void importPlant(String id) throws Exception {
        mvc.perform(post("/api/v1/plants")
                        .with(admin())
                        .contentType("application/yaml")
                        .content(examplePlant(id)))
                .andExpect(status().isCreated());
    }

    /** An account holding {@code role} on plant {@code plantId} (role null: an account without plants). */
    protected void member(String username, String plantId, String role) {
        if (users.find(username).isEmpty()) {
            accounts.create("test", username, username, password(username), false);
        }
        if (role != null) {
            var plant = plants.find(plantId).orElseThrow();
            members.put(plant.id(), users.find(username).orElseThrow().id(), role);
        }
    }

    protected long version(String plantId) {
        return plants.find(plantId).orElseThrow().version();
    }
}
