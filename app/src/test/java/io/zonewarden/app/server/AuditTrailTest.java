package io.zonewarden.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.app.server.audit.AuditChain;
import io.zonewarden.app.server.audit.VerifyAuditTrail;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit chain detects an altered entry, a removed entry and removed last entries, and names the first broken
 * one. Each test damages a copy of the chain (it restores what it changed), so the shared database stays intact.
 */
class AuditTrailTest extends ServerTestSupport {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_hash_covers_every_field_and_their_boundaries() {
        var at = Instant.parse("2026-11-26T10:00:00.123Z");
        var base = AuditChain.hash(AuditChain.GENESIS, 1, at, "alice", "p", "a", "t", "x", "y");
        assertThat(base)
                .hasSize(64)
                .isEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, at, "alice", "p", "a", "t", "x", "y"));
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, at, "alice", "p", "a", "t", "xy", ""))
                .isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, at, "alice", "p", "a", "t", null, "y"))
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, at, "alice", "p", "a", "t", "", "y"));
        assertThat(AuditChain.hash(AuditChain.GENESIS, 2, at, "alice", "p", "a", "t", "x", "y"))
                .isNotEqualTo(base);
        assertThat(AuditChain.hash(AuditChain.GENESIS, 1, at.plusMillis(1), "alice", "p", "a", "t", "x", "y"))
                .isNotEqualTo(base);
    }

    @Test
    void an_altered_entry_is_named() throws Exception {
        importPlant("audit-alter");
        long seq = jdbc.sql("select min(seq) from audit_entry where plant = 'audit-alter'")
                .query(Long.class)
                .single();
        var original = jdbc.sql("select after_text from audit_entry where seq = ?")
                .param(seq)
                .query(String.class)
                .single();
        jdbc.sql("update audit_entry set after_text = 'nothing to see' where seq = ?")
                .param(seq)
                .update();
        try {
            var verdict = verify();
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.brokenAt()).isEqualTo(seq);
            assertThat(verdict.problem()).contains("altered");
        } finally {
            jdbc.sql("update audit_entry set after_text = ? where seq = ?")
                    .params(original, seq)
                    .update();
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void removed_last_entries_are_noticed_by_the_chain_head() throws Exception {
        importPlant("audit-tail");
        long seq =
                jdbc.sql("select max(seq) from audit_entry").query(Long.class).single();
        var row = jdbc.sql("select * from audit_entry where seq = ?")
                .param(seq)
                .query()
                .singleRow();
        jdbc.sql("delete from audit_entry where seq = ?").param(seq).update();
        try {
            var verdict = verify();
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.problem()).contains("the last ones were removed");
        } finally {
            restore(row);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void a_removed_entry_breaks_the_chain_at_the_gap() throws Exception {
        importPlant("audit-remove");
        importPlant("audit-remove-later");
        long seq = jdbc.sql("select min(seq) from audit_entry where plant = 'audit-remove'")
                .query(Long.class)
                .single();
        var row = jdbc.sql("select * from audit_entry where seq = ?")
                .param(seq)
                .query()
                .singleRow();
        jdbc.sql("delete from audit_entry where seq = ?").param(seq).update();
        try {
            var verdict = verify();
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.problem()).contains("missing");
        } finally {
            restore(row);
        }
        assertThat(verify().intact()).isTrue();
    }

    private void restore(java.util.Map<String, Object> row) {
        jdbc.sql("insert into audit_entry (seq, at, actor, plant, action, target, before_text, after_text, prev_hash,"
                        + " hash) values (:seq, :at, :actor, :plant, :action, :target, :before_text, :after_text,"
                        + " :prev_hash, :hash)")
                .params(lower(row))
                .update();
    }

    private static java.util.Map<String, Object> lower(java.util.Map<String, Object> row) {
        var map = new java.util.HashMap<String, Object>();
        row.forEach((k, v) -> map.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return map;
    }

    private VerifyAuditTrail.Verdict verify() throws Exception {
        try (var connection = dataSource.getConnection()) {
            return VerifyAuditTrail.verify(connection);
        }
    }
}
