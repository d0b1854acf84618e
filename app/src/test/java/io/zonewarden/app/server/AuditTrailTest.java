package io.zonewarden.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.app.server.audit.AuditChain;
import io.zonewarden.app.server.audit.AuditKey;
import io.zonewarden.app.server.audit.AuditTrail;
import io.zonewarden.app.server.audit.VerifyAuditTrail;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit chain detects an altered entry, a removed entry and removed last entries, and names the first broken
 * one; sealed with the audit key, it also detects a chain rewritten by someone who can write the database, and with a
 * head recorded earlier, removed last entries and a trail started over. Each test damages the chain and restores
 * what it changed, so the shared database stays intact.
 */
class AuditTrailTest extends ServerTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditTrail audit;

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
    void the_seal_covers_the_plant_s_row_id_and_depends_on_the_key() {
        var at = Instant.parse("2026-11-26T10:00:00.123Z");
        var key = new byte[32];
        var base = AuditChain.mac(key, AuditChain.GENESIS, 1, at, "alice", 7L, "p", "a", "t", "x", "y");
        assertThat(base)
                .hasSize(64)
                .isEqualTo(AuditChain.mac(key, AuditChain.GENESIS, 1, at, "alice", 7L, "p", "a", "t", "x", "y"))
                .isNotEqualTo(AuditChain.hash(AuditChain.GENESIS, 1, at, "alice", "p", "a", "t", "x", "y"));
        assertThat(AuditChain.mac(key, AuditChain.GENESIS, 1, at, "alice", 8L, "p", "a", "t", "x", "y"))
                .isNotEqualTo(base);
        assertThat(AuditChain.mac(key, AuditChain.GENESIS, 1, at, "alice", null, "p", "a", "t", "x", "y"))
                .isNotEqualTo(base);
        var other = key.clone();
        other[31] = 1;
        assertThat(AuditChain.mac(other, AuditChain.GENESIS, 1, at, "alice", 7L, "p", "a", "t", "x", "y"))
                .isNotEqualTo(base);
    }

    @Test
    void every_entry_the_server_writes_is_sealed_with_the_key_outside_the_database() throws Exception {
        importPlant("audit-sealed");
        assertThat(jdbc.sql("select count(*) from audit_entry where chain_version <> 2")
                        .query(Long.class)
                        .single())
                .as("entries not sealed with the audit key")
                .isZero();
        var keyFile = dataDirectory.resolve(AuditKey.DEFAULT_FILE);
        assertThat(auditKey().from()).isEqualTo(1);
        if (io.zonewarden.app.server.PrivateFiles.posix(keyFile)) {
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                    .isEqualTo("rw-------");
        }
        var verdict = verifyAudit(null);
        assertThat(verdict.intact()).as("%s", verdict).isTrue();
        assertThat(verdict.head()).isEqualTo(audit.head().toString());
    }

    /**
     * What someone who can write the database but cannot read the key does: edit an entry, recompute the SHA-256 of
     * every later entry and the chain head, so that every entry's previous hash matches again.
     */
    @Test
    void a_chain_rewritten_with_database_access_is_caught() throws Exception {
        importPlant("audit-rewrite");
        importPlant("audit-rewrite-later");
        long seq = jdbc.sql("select min(seq) from audit_entry where plant = 'audit-rewrite'")
                .query(Long.class)
                .single();
        var saved = snapshot(seq);
        try {
            rewriteFrom(seq, false);
            var verdict = verifyAudit(null);
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.brokenAt()).isEqualTo(seq);
            assertThat(verdict.problem()).contains("do not match its seal");
        } finally {
            restore(seq, saved);
        }
        try {
            // the same, with the rewritten entries marked as plain SHA-256 ones, as written before the key existed
            rewriteFrom(seq, true);
            var verdict = verifyAudit(null);
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.brokenAt()).isEqualTo(seq);
            assertThat(verdict.problem()).contains("plain SHA-256").contains("without the key");
        } finally {
            restore(seq, saved);
        }
        assertThat(verifyAudit(null).intact()).isTrue();
    }

    @Test
    void a_chain_rewritten_from_its_first_entry_is_caught_by_the_key_or_the_head() throws Exception {
        importPlant("audit-rewrite-all");
        var head = new VerifyAuditTrail.ExpectedHead(
                audit.head().seq(), audit.head().hash());
        var saved = snapshot(1);
        try {
            rewriteFrom(1, true);
            var verdict = verifyAudit(null);
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.brokenAt()).isEqualTo(1);
            assertThat(verdict.problem()).contains("seals every entry from 1 on");
            // without the key file (taken away as well), the head recorded earlier still tells
            try (var connection = dataSource.getConnection()) {
                var withoutKey = VerifyAuditTrail.verify(connection, null, head);
                assertThat(withoutKey.intact()).isFalse();
                assertThat(withoutKey.brokenAt()).isEqualTo(head.seq());
                assertThat(withoutKey.problem()).contains("is not the one the expected head");
            }
        } finally {
            restore(1, saved);
        }
        assertThat(verifyAudit(head).intact()).isTrue();
    }

    @Test
    void removed_last_entries_with_the_head_moved_back_are_caught_by_the_expected_head() throws Exception {
        importPlant("audit-truncate");
        importPlant("audit-truncate-later");
        var head = audit.head();
        long cut = jdbc.sql("select min(seq) from audit_entry where plant = 'audit-truncate-later'")
                .query(Long.class)
                .single();
        var saved = snapshot(cut);
        try {
            jdbc.sql("delete from audit_entry where seq >= ?").param(cut).update();
            var last = jdbc.sql("select hash from audit_entry where seq = ?")
                    .param(cut - 1)
                    .query(String.class)
                    .single();
            jdbc.sql("update audit_head set seq = ?, hash = ? where id = 1")
                    .params(cut - 1, last)
                    .update();
            assertThat(verifyAudit(null).intact())
                    .as("the database alone cannot tell a cut tail whose head was moved back")
                    .isTrue();
            var verdict = verifyAudit(new VerifyAuditTrail.ExpectedHead(head.seq(), head.hash()));
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.brokenAt()).isEqualTo(cut);
            assertThat(verdict.problem()).contains("before the expected head " + head);
            var byHash = verifyAudit(VerifyAuditTrail.ExpectedHead.parse(head.hash()));
            assertThat(byHash.intact()).isFalse();
            assertThat(byHash.problem()).contains("no entry carries the expected head's hash");
        } finally {
            restore(cut, saved);
        }
        assertThat(verifyAudit(VerifyAuditTrail.ExpectedHead.parse(head.toString()))
                        .intact())
                .isTrue();
    }

    @Test
    void a_trail_started_over_is_caught_by_the_expected_head() throws Exception {
        importPlant("audit-reset");
        var head = audit.head();
        var saved = snapshot(1);
        try {
            jdbc.sql("delete from audit_entry").update();
            jdbc.sql("update audit_head set seq = 0, hash = ? where id = 1")
                    .param(AuditChain.GENESIS)
                    .update();
            var verdict = verifyAudit(new VerifyAuditTrail.ExpectedHead(head.seq(), head.hash()));
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.entries()).isZero();
            assertThat(verdict.problem()).contains("the chain ends at entry 0, before the expected head");
        } finally {
            restore(1, saved);
        }
        assertThat(verifyAudit(null).intact()).isTrue();
    }

    @Test
    void another_key_does_not_verify_the_sealed_entries() throws Exception {
        importPlant("audit-other-key");
        var other = AuditKey.create(dataDirectory.resolve("other-" + System.nanoTime() + ".key"), 1);
        try (var connection = dataSource.getConnection()) {
            var verdict = VerifyAuditTrail.verify(connection, other, null);
            assertThat(verdict.intact()).isFalse();
            assertThat(verdict.brokenAt()).isEqualTo(1);
            assertThat(verdict.problem()).contains("is not the key it was sealed with");
        } finally {
            Files.delete(other.file());
        }
    }

    @Test
    void an_expected_head_that_is_not_one_is_refused_with_the_form_expected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> VerifyAuditTrail.ExpectedHead.parse("12:abc"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("SEQ:HASH");
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
        jdbc.sql("insert into audit_entry (seq, at, actor, plant_id, plant, action, target, before_text, after_text,"
                        + " prev_hash, hash, chain_version) values (:seq, :at, :actor, :plant_id, :plant, :action,"
                        + " :target, :before_text, :after_text, :prev_hash, :hash, :chain_version)")
                .params(lower(row))
                .update();
    }

    private record Saved(List<Map<String, Object>> rows, long headSeq, String headHash) {}

    /** The entries from {@code seq} on and the chain head, to put back after a test damaged them. */
    private Saved snapshot(long seq) {
        var rows = jdbc.sql("select * from audit_entry where seq >= ? order by seq")
                .param(seq)
                .query()
                .listOfRows();
        var head = audit.head();
        return new Saved(rows, head.seq(), head.hash());
    }

    private void restore(long seq, Saved saved) {
        jdbc.sql("delete from audit_entry where seq >= ?").param(seq).update();
        saved.rows().forEach(this::restore);
        jdbc.sql("update audit_head set seq = ?, hash = ? where id = 1")
                .params(saved.headSeq(), saved.headHash())
                .update();
    }

    /**
     * Edits entry {@code seq} and recomputes the plain SHA-256 chain from there to the head, as someone without the
     * key would; {@code markPlain} also labels the rewritten entries as plain ones.
     */
    private void rewriteFrom(long seq, boolean markPlain) {
        jdbc.sql("update audit_entry set after_text = 'nothing to see' where seq = ?")
                .param(seq)
                .update();
        var previous = seq == 1
                ? AuditChain.GENESIS
                : jdbc.sql("select hash from audit_entry where seq = ?")
                        .param(seq - 1)
                        .query(String.class)
                        .single();
        var rows = jdbc.sql("select seq, at, actor, plant, action, target, before_text, after_text from audit_entry"
                        + " where seq >= ? order by seq")
                .param(seq)
                .query((rs, n) -> new Object[] {
                    rs.getLong(1),
                    rs.getObject(2, java.time.OffsetDateTime.class).toInstant(),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7),
                    rs.getString(8)
                })
                .list();
        long last = seq - 1;
        for (var r : rows) {
            var hash = AuditChain.hash(
                    previous,
                    (Long) r[0],
                    (Instant) r[1],
                    (String) r[2],
                    (String) r[3],
                    (String) r[4],
                    (String) r[5],
                    (String) r[6],
                    (String) r[7]);
            jdbc.sql("update audit_entry set prev_hash = ?, hash = ?" + (markPlain ? ", chain_version = 1" : "")
                            + " where seq = ?")
                    .params(previous, hash, r[0])
                    .update();
            previous = hash;
            last = (Long) r[0];
        }
        jdbc.sql("update audit_head set seq = ?, hash = ? where id = 1")
                .params(last, previous)
                .update();
    }

    private static java.util.Map<String, Object> lower(java.util.Map<String, Object> row) {
        var map = new java.util.HashMap<String, Object>();
        row.forEach((k, v) -> map.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return map;
    }

    private VerifyAuditTrail.Verdict verify() throws Exception {
        return verifyAudit(null);
    }
}
