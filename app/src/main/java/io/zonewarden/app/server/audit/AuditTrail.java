package io.zonewarden.app.server.audit;

import io.zonewarden.app.server.store.Times;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends to and reads the audit trail. An entry is written in the transaction of the change it records (so a
 * change is never committed without its entry, nor an entry without its change); appending locks the chain head,
 * which numbers and chains concurrent changes one after another.
 */
@Repository
public class AuditTrail {

    private final JdbcClient jdbc;

    public AuditTrail(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a change; must run inside the transaction that makes it. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(
            String actor,
            @Nullable String plant,
            String action,
            String target,
            @Nullable String before,
            @Nullable String after) {
        var head = jdbc.sql("select seq, hash from audit_head where id = 1 for update")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2)})
                .single();
        long seq = (Long) head[0] + 1;
        String previous = (String) head[1];
        Instant at = Times.now();
        String hash = AuditChain.hash(previous, seq, at, actor, plant, action, target, before, after);
        jdbc.sql("insert into audit_entry (seq, at, actor, plant, action, target, before_text, after_text,"
                        + " prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(seq, Times.sql(at), actor, plant, action, target, before, after, previous, hash)
                .update();
        jdbc.sql("update audit_head set seq = ?, hash = ? where id = 1")
                .params(seq, hash)
                .update();
        return new AuditEntry(seq, at, actor, plant, action, target, before, after, previous, hash);
    }

    /** The newest entries first, of one plant or of all (plant null), a page at a time. */
    public List<AuditEntry> entries(@Nullable String plant, long offset, int limit) {
        var sql = "select seq, at, actor, plant, action, target, before_text, after_text, prev_hash, hash"
                + " from audit_entry" + (plant == null ? "" : " where plant = :plant")
                + " order by seq desc offset :offset rows fetch next :limit rows only";
        var statement = jdbc.sql(sql).param("offset", offset).param("limit", limit);
        if (plant != null) statement = statement.param("plant", plant);
        return statement.query((rs, n) -> VerifyAuditTrail.entry(rs)).list();
    }

    public long count(@Nullable String plant) {
        return plant == null
                ? jdbc.sql("select count(*) from audit_entry").query(Long.class).single()
                : jdbc.sql("select count(*) from audit_entry where plant = ?")
                        .param(plant)
                        .query(Long.class)
                        .single();
    }
}
