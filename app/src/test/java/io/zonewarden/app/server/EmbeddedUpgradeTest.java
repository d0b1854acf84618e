package io.zonewarden.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonewarden.app.cli.ZoneWarden;
import io.zonewarden.app.server.audit.AuditChain;
import io.zonewarden.app.server.audit.AuditKey;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A data directory made by the version before the audit key and the database password: the embedded database with
 * the empty password, plain SHA-256 audit entries naming plants by slug only (one plant deleted and made again under
 * the same id), world-readable files and an upload a kill cut short. The server starts on it, and afterwards the
 * database has a password kept in a private file, the directory and its files are private, the leftover is gone, the
 * old entries keep verifying beside the sealed new ones, and the deleted plant's entries are not the new plant's.
 */
class EmbeddedUpgradeTest {

    private static final String PASSWORD = "correct horse battery staple";

    @Test
    void a_data_directory_of_the_earlier_version_is_taken_over_and_secured() throws Exception {
        Assumptions.assumeFalse(TestServers.onPostgres(), "the embedded database is H2; it ran in the H2 test run");
        var data = Files.createTempDirectory(Path.of("target"), "upgrade").toAbsolutePath();
        var old = new ServerSettings(0, data, null, null, null, "admin", PASSWORD, false);
        var url = old.jdbcUrl();
        long plantId = earlierVersion(url, data);
        boolean posix = PrivateFiles.posix(data);
        var notes = data.resolve("notes.txt");
        Files.writeString(notes, "the operator's own file");
        if (posix) {
            Files.setPosixFilePermissions(notes, PosixFilePermissions.fromString("rw-r--r--"));
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(
                    data.resolve(EmbeddedDatabase.DATABASE_FILE), PosixFilePermissions.fromString("rw-r--r--"));
        }
        var part = data.resolve("captures/upload-123.part");
        Files.createDirectories(part.getParent());
        Files.writeString(part, "half a capture");
        var spooled = data.resolve(DataDirectory.SPOOL).resolve("upload_1234_00000001.tmp");
        Files.createDirectories(spooled.getParent());
        Files.writeString(spooled, "a spooled upload");

        String head;
        try (var server = ZoneWardenServer.start(old, "--logging.level.io.zonewarden=WARN")) {
            assertThat(Files.exists(part)).as("the upload a kill cut short").isFalse();
            assertThat(Files.exists(spooled))
                    .as("the spooled upload a kill left")
                    .isFalse();
            if (posix) {
                assertThat(permissions(data)).isEqualTo("rwx------");
                assertThat(permissions(notes))
                        .as("a file that is not the server's")
                        .isEqualTo("rw-r--r--");
                for (var file : List.of(
                        EmbeddedDatabase.DATABASE_FILE, EmbeddedDatabase.PASSWORD_FILE, AuditKey.DEFAULT_FILE)) {
                    assertThat(permissions(data.resolve(file))).as(file).isEqualTo("rw-------");
                }
            }
            var password = EmbeddedDatabase.existingPassword(data);
            assertThat(password).isNotNull().hasSizeGreaterThanOrEqualTo(32);
            assertThatThrownBy(() -> DriverManager.getConnection(url, "sa", "").close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("Wrong user name or password");
            try (var connection = DriverManager.getConnection(url, "sa", password);
                    var rows = connection
                            .createStatement()
                            .executeQuery("select seq, plant_id, chain_version from audit_entry order by seq")) {
                var seen = new ArrayList<List<Object>>();
                while (rows.next()) {
                    long id = rows.getLong(2);
                    Object plant = rows.wasNull() ? "none" : id;
                    seen.add(List.of(rows.getLong(1), plant, rows.getInt(3)));
                }
                assertThat(seen)
                        .as("entries 1-2: the deleted plant; 3-4: the plant now called 'reborn'; 5: an account;"
                                + " 6: the administrator created at this start, sealed")
                        .containsExactly(
                                List.of(1L, "none", 1),
                                List.of(2L, "none", 1),
                                List.of(3L, plantId, 1),
                                List.of(4L, plantId, 1),
                                List.of(5L, "none", 1),
                                List.of(6L, "none", 2));
            }
            assertThat(AuditKey.read(data.resolve(AuditKey.DEFAULT_FILE)).from())
                    .isEqualTo(6);
            int port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
            head = get(port, "/api/v1/audit/head");
            // 7: the administrator's first API sign-in of the day from this address, made by this very request
            assertThat(head).contains("\"head\":\"7:");
        }

        var verify = zonewarden("audit", "verify", "--data", data.toString());
        assertThat(verify.exitCode()).as(verify.toString()).isZero();
        assertThat(verify.out()).contains("audit trail intact: 7 entries");
        var recorded = Pattern.compile("\"head\":\"([^\"]+)\"").matcher(head);
        assertThat(recorded.find()).isTrue();
        var expecting = zonewarden("audit", "verify", "--data", data.toString(), "--expect-head", recorded.group(1));
        assertThat(expecting.exitCode()).as(expecting.toString()).isZero();

        // the second start finds the password, the key and the sealed entries it made, and goes on
        try (var again = ZoneWardenServer.start(old, "--logging.level.io.zonewarden=WARN")) {
            assertThat(again.isActive()).isTrue();
        }
        var key = data.resolve(AuditKey.DEFAULT_FILE);
        var moved = data.resolve("audit.key.elsewhere");
        Files.move(key, moved);
        try {
            assertThatThrownBy(() -> ZoneWardenServer.start(old, "--logging.level.io.zonewarden=OFF")
                            .close())
                    .hasStackTraceContaining("no key at " + key);
            var withoutKey = zonewarden("audit", "verify", "--data", data.toString());
            assertThat(withoutKey.exitCode()).isEqualTo(2);
            assertThat(withoutKey.err()).contains("entry 6 is sealed with the audit key");
            var named = zonewarden("audit", "verify", "--data", data.toString(), "--audit-key-file", moved.toString());
            assertThat(named.exitCode()).as(named.toString()).isZero();
        } finally {
            Files.move(moved, key);
        }
    }

    /** The V1 schema with the empty password, and the entries the earlier version wrote; the current plant's id. */
    private static long earlierVersion(String url, Path data) throws SQLException {
        Flyway.configure()
                .dataSource(url, "sa", "")
                .locations("classpath:db/migration")
                .placeholders(Map.of("big_text", "clob", "big_bytes", "blob"))
                .target("1")
                .load()
                .migrate();
        assertThat(Files.exists(data.resolve(EmbeddedDatabase.DATABASE_FILE))).isTrue();
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            var at = Instant.parse("2026-10-01T08:00:00Z");
            try (var statement = connection.prepareStatement(
                    "insert into plant (slug, name, model_yaml, version, created_at, updated_at, updated_by)"
                            + " values ('reborn', 'Reborn', ?, 1, ?, ?, 'admin')")) {
                statement.setString(1, "plant: {id: reborn, name: Reborn}\n");
                statement.setTimestamp(2, Timestamp.from(at));
                statement.setTimestamp(3, Timestamp.from(at));
                statement.executeUpdate();
            }
            long plantId;
            try (var rows = connection.createStatement().executeQuery("select id from plant")) {
                rows.next();
                plantId = rows.getLong(1);
            }
            String previous = AuditChain.GENESIS;
            String[][] entries = {
                {"reborn", "plant.import", "plant reborn", null, "the first plant"},
                {"reborn", "plant.delete", "plant reborn", "version 1", null},
                {"reborn", "plant.import", "plant reborn", null, "the second plant"},
                {"reborn", "assessment.answer", "zone bpcs / SR 1.1", null, "implemented"},
                {null, "account.create", "account bob", null, "display name: bob"}
            };
            for (int i = 0; i < entries.length; i++) {
                var e = entries[i];
                long seq = i + 1;
                var when = at.plusSeconds(seq);
                var hash = AuditChain.hash(previous, seq, when, "admin", e[0], e[1], e[2], e[3], e[4]);
                try (var statement = connection.prepareStatement(
                        "insert into audit_entry (seq, at, actor, plant, action, target, before_text, after_text,"
                                + " prev_hash, hash) values (?, ?, 'admin', ?, ?, ?, ?, ?, ?, ?)")) {
                    statement.setLong(1, seq);
                    statement.setObject(2, when.atOffset(java.time.ZoneOffset.UTC));
                    statement.setString(3, e[0]);
                    statement.setString(4, e[1]);
                    statement.setString(5, e[2]);
                    statement.setString(6, e[3]);
                    statement.setString(7, e[4]);
                    statement.setString(8, previous);
                    statement.setString(9, hash);
                    statement.executeUpdate();
                }
                previous = hash;
            }
            try (var statement = connection.prepareStatement("update audit_head set seq = 5, hash = ? where id = 1")) {
                statement.setString(1, previous);
                statement.executeUpdate();
            }
            return plantId;
        }
    }

    private static String get(int port, String path) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    record Run(int exitCode, String out, String err) {}

    private static Run zonewarden(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        var commandLine = ZoneWarden.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
