package io.zonewarden.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.app.server.audit.AuditChain;
import io.zonewarden.app.server.audit.VerifyAuditTrail;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The V2 migration on a trail the earlier version wrote, on the database this test run targets: entries of a plant
 * that was deleted and made again under the same id are told apart (only those after the last import belong to the
 * plant that exists now), and the plain SHA-256 entries still verify.
 */
class AuditMigrationTest {

    @Test
    void entries_of_a_deleted_plant_are_not_given_to_the_plant_made_again_under_its_id() throws Exception {
        String url;
        String user;
        var flyway = Flyway.configure().locations("classpath:db/migration");
        if (TestServers.onPostgres()) {
            Assumptions.assumeTrue(TestServers.postgresReachable(), "PostgreSQL is not reachable at 127.0.0.1:5432");
            var schema = TestServers.freshSchema();
            TestServers.postgres(schema); // drops the schema when the test JVM exits
            url = TestServers.POSTGRES_URL + "?currentSchema=" + schema;
            user = "postgres";
            flyway.schemas(schema).defaultSchema(schema).placeholders(Map.of("big_text", "text", "big_bytes", "bytea"));
        } else {
            url = "jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
            user = "sa";
            flyway.placeholders(Map.of("big_text", "clob", "big_bytes", "blob"));
        }
        flyway.dataSource(url, user, null).target("1").load().migrate();
        long current;
        try (var connection = DriverManager.getConnection(url, user, null)) {
            insert(
                    connection,
                    "insert into plant (slug, name, model_yaml, version, created_at, updated_at, updated_by)"
                            + " values ('other', 'Other', 'x', 1, current_timestamp, current_timestamp, 'admin')");
            insert(
                    connection,
                    "insert into plant (slug, name, model_yaml, version, created_at, updated_at, updated_by)"
                            + " values ('reborn', 'Reborn', 'x', 1, current_timestamp, current_timestamp, 'admin')");
            current = single(connection, "select id from plant where slug = 'reborn'");
            String previous = AuditChain.GENESIS;
            String[][] entries = {
                {"reborn", "plant.import"},
                {"reborn", "assessment.answer"},
                {"other", "plant.import"},
                {"reborn", "plant.delete"},
                {"gone", "plant.import"},
                {"gone", "plant.delete"},
                {"reborn", "plant.import"},
                {null, "account.create"},
                {"reborn", "member.set"},
                {"other", "assessment.answer"}
            };
            var at = Instant.parse("2026-10-01T08:00:00Z");
            for (int i = 0; i < entries.length; i++) {
                long seq = i + 1;
                var when = at.plusSeconds(seq);
                var e = entries[i];
                var hash = AuditChain.hash(previous, seq, when, "admin", e[0], e[1], "t", null, "a");
                try (var statement = connection.prepareStatement(
                        "insert into audit_entry (seq, at, actor, plant, action, target, before_text, after_text,"
                                + " prev_hash, hash) values (?, ?, 'admin', ?, ?, 't', null, 'a', ?, ?)")) {
                    statement.setLong(1, seq);
                    statement.setObject(2, when.atOffset(ZoneOffset.UTC));
                    statement.setString(3, e[0]);
                    statement.setString(4, e[1]);
                    statement.setString(5, previous);
                    statement.setString(6, hash);
                    statement.executeUpdate();
                }
                previous = hash;
            }
            try (var statement = connection.prepareStatement("update audit_head set seq = 10, hash = ? where id = 1")) {
                statement.setString(1, previous);
                statement.executeUpdate();
            }
        }
        flyway.target("latest").load().migrate();
        try (var connection = DriverManager.getConnection(url, user, null)) {
            long other = single(connection, "select id from plant where slug = 'other'");
            var owners = new ArrayList<Object>();
            try (var rows = connection
                    .createStatement()
                    .executeQuery("select plant_id, chain_version from audit_entry order by seq")) {
                while (rows.next()) {
                    long id = rows.getLong(1);
                    owners.add(rows.wasNull() ? "none" : id);
                    assertThat(rows.getInt(2)).isEqualTo(AuditChain.PLAIN);
                }
            }
            assertThat(owners)
                    .containsExactly("none", "none", other, "none", "none", "none", current, "none", current, other);
            var verdict = VerifyAuditTrail.verify(connection, null, null);
            assertThat(verdict.intact()).as("%s", verdict).isTrue();
        }
    }

    private static void insert(Connection connection, String sql) throws Exception {
        try (var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static long single(Connection connection, String sql) throws Exception {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
