package io.zonewarden.app.server.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.app.cli.ZoneWarden;
import io.zonewarden.app.server.EmbeddedDatabase;
import io.zonewarden.app.server.ServerSettings;
import io.zonewarden.app.server.audit.AuditKey;
import io.zonewarden.app.server.audit.VerifyAuditTrail;
import io.zonewarden.core.io.PlantYamlReader;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The packaged server, killed with SIGKILL in the middle of importing a large plant, loses nothing that was committed
 * before: after a restart the earlier plant and its answer are there, the large plant is either wholly there or not
 * at all, and the audit chain is intact ({@code zonewarden audit verify}).
 */
class KilledServerIT {

    private static final String PASSWORD = "correct horse battery staple";
    private static final Path JAR = Path.of("target", "zonewarden.jar");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> processes = new ArrayList<>();
    private Path data;
    private int port;

    @AfterEach
    void stop() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void a_kill_during_an_import_keeps_every_committed_change_and_the_audit_chain() throws Exception {
        data = Files.createTempDirectory(Path.of("target"), "killed-server");
        var passwordFile = data.resolve("admin-password");
        Files.writeString(passwordFile, PASSWORD);
        port = freePort();

        var server = start(passwordFile);
        var example = example();
        assertThat(send("POST", "/api/v1/plants", example, "application/yaml", null)
                        .statusCode())
                .isEqualTo(201);
        var answered = send(
                "PUT",
                "/api/v1/plants/ammonia-3/assessment/zones/bpcs/requirements/SR%205.1",
                "{\"status\":\"implemented\",\"note\":\"committed before the kill\"}",
                "application/json",
                "\"1\"");
        assertThat(answered.statusCode()).isEqualTo(200);

        // a large import, killed while the server works on it
        var big = bigPlant(40_000);
        var importing = CompletableFuture.supplyAsync(() -> {
            try {
                return send("POST", "/api/v1/plants", big, "application/yaml", null)
                        .statusCode();
            } catch (IOException | InterruptedException e) {
                return -1;
            }
        });
        Thread.sleep(700);
        server.destroyForcibly().waitFor();
        int status = importing.get();

        start(passwordFile);
        var exported = send("GET", "/api/v1/plants/ammonia-3/model", null, null, null);
        assertThat(exported.statusCode()).isEqualTo(200);
        var plant = PlantYamlReader.read(exported.body(), "after restart");
        assertThat(plant.assessment().answersFor("bpcs").get("SR 5.1").note()).isEqualTo("committed before the kill");
        var bigAfter = send("GET", "/api/v1/plants/big", null, null, null);
        System.out.println("KilledServerIT: the large import was "
                + (bigAfter.statusCode() == 200 ? "committed before the kill" : "cut off by the kill")
                + " (its request ended with " + status + ")");
        if (bigAfter.statusCode() == 200) {
            assertThat(bigAfter.body()).contains("\"assets\":40000");
        } else {
            assertThat(bigAfter.statusCode())
                    .as("the large import was cut off (its request ended with %s)", status)
                    .isEqualTo(404);
        }
        stopGracefully();

        var settings = new ServerSettings(0, data, null, null, null, null, null, false);
        var verdict = VerifyAuditTrail.verify(
                settings.jdbcUrl(),
                EmbeddedDatabase.USER,
                EmbeddedDatabase.existingPassword(data),
                AuditKey.read(settings.auditKey()),
                null);
        assertThat(verdict.intact()).as("%s", verdict).isTrue();
        // the changes, and the API client's first sign-in of the day on each of the two server starts
        assertThat(verdict.entries()).isEqualTo((bigAfter.statusCode() == 200 ? 4 : 3) + 2);
        assertThat(ZoneWarden.run("audit", "verify", "--data", data.toString())).isZero();
    }

    private Process start(Path passwordFile) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var log = data.resolve("server-" + processes.size() + ".log");
        var process = new ProcessBuilder(
                        java,
                        "-Xmx512m",
                        "-jar",
                        JAR.toString(),
                        "serve",
                        "--port",
                        Integer.toString(port),
                        "--data",
                        data.toString(),
                        "--admin-user",
                        "admin",
                        "--admin-password-file",
                        passwordFile.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        processes.add(process);
        var deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) throw new AssertionError("the server stopped: " + Files.readString(log));
            try {
                if (send("GET", "/api/v1/openapi.json", null, null, null).statusCode() == 200) return process;
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the server did not start within 120 s: " + Files.readString(log));
    }

    private void stopGracefully() throws InterruptedException {
        var last = processes.get(processes.size() - 1);
        last.destroy();
        last.waitFor();
    }

    private HttpResponse<String> send(String method, String path, String body, String type, String ifMatch)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(60))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (type != null) request.header("Content-Type", type);
        if (ifMatch != null) request.header("If-Match", ifMatch);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String example() throws IOException {
        try (InputStream in = KilledServerIT.class.getResourceAsStream("/demo/chemical-plant.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** A plant of {@code n} controllers in one zone: large enough that importing it takes the server a while. */
    private static String bigPlant(int n) {
        var yaml = new StringBuilder(n * 80);
        yaml.append("plant:\n  id: big\n  name: Big plant\n\nassets:\n");
        var ids = new StringBuilder();
        for (int i = 0; i < n; i++) {
            yaml.append("  - {id: c-")
                    .append(i)
                    .append(", type: plc, ip: [10.")
                    .append(i >> 16 & 255)
                    .append('.')
                    .append(i >> 8 & 255)
                    .append('.')
                    .append(i & 255)
                    .append("]}\n");
            ids.append("      - c-").append(i).append('\n');
        }
        // one asset id a line: a model file's lines are limited (a flow list of 40,000 ids would be one long line)
        yaml.append("\nzones:\n  - id: cell\n    name: Cell\n    kind: control\n    slTarget: \"2\"\n"
                        + "    networks: [10.0.0.0/8]\n    assets:\n")
                .append(ids);
        return yaml.toString();
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
