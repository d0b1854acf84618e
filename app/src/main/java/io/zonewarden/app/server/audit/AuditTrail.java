package io.zonewarden.app.server.audit;

import io.zonewarden.app.server.store.PlantStore;
import io.zonewarden.app.server.store.Times;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Appends to and reads the audit trail. An entry is written in the transaction of the change it records (so a
 * change is never committed without its entry, nor an entry without its change); appending locks the chain head,
 * which numbers and chains concurrent changes one after another. Every entry is sealed with the audit key
 * ({@link AuditKey}); the chain head is written to the log at start and after every committed entry, so a copy of it
 * exists outside the database to compare with ({@code zonewarden audit verify --expect-head}).
 */
@Repository
public class AuditTrail {

    private static final Logger LOG = LoggerFactory.getLogger(AuditTrail.class);

    /** The newest entry: its number and hash, written {@code seq:hash}. */
    public record Head(long seq, String hash) {
        @Override
        public String toString() {
            return seq + ":" + hash;
        }
    }

    private final JdbcClient jdbc;
    private final AuditKey key;

    public AuditTrail(
            JdbcClient jdbc,
            @Value("${zonewarden.data-directory}") Path dataDirectory,
            @Value("${zonewarden.audit.key-file:}") String keyFile) {
        this.jdbc = jdbc;
        var file = keyFile.isBlank() ? dataDirectory.resolve(AuditKey.DEFAULT_FILE) : Path.of(keyFile);
        try {
            this.key = open(jdbc, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the audit key " + file + ": " + e.getMessage(), e);
        }
        LOG.info("audit chain head {} (audit key {})", head(jdbc), file);
    }

    /**
     * The key that seals new entries. A missing key is created, sealing from the next entry on, unless the trail holds
     * sealed entries already: a new key could not verify them, so the server refuses to start rather than continue
     * the chain with another key. An existing key must verify the newest sealed entry.
     */
    private static AuditKey open(JdbcClient jdbc, Path file) throws IOException {
        var last = jdbc.sql(VerifyAuditTrail.SELECT + " where chain_version = " + AuditChain.KEYED
                        + " order by seq desc fetch first 1 rows only")
                .query((rs, n) -> VerifyAuditTrail.entry(rs))
                .optional();
        if (!Files.exists(file)) {
            if (last.isPresent()) {
                throw new IllegalStateException("the audit trail holds entries sealed with an audit key (up to entry "
                        + last.get().seq() + "), but there is no key at " + file
                        + ": restore the key file from its copy, or give its place with --audit-key-file");
            }
            var created = AuditKey.create(file, head(jdbc).seq() + 1);
            LOG.info(
                    "created the audit key {}: it seals every audit entry from entry {} on; keep a copy apart from"
                            + " the database",
                    file,
                    created.from());
            return created;
        }
        var read = AuditKey.read(file);
        long entries = head(jdbc).seq();
        if (read.from() > 1 && entries < read.from() - 1) {
            // the server goes on (the plant team needs it), but the gap is what verify will report
            LOG.error(
                    "the audit trail holds {} entries, but it held {} when the audit key {} was made: entries were"
                            + " removed or the trail was started over (zonewarden audit verify)",
                    entries,
                    read.from() - 1,
                    file);
        }
        if (last.isPresent()
                && !AuditChain.mac(read.key(), last.get()).equals(last.get().hash())) {
            throw new IllegalStateException("the audit key " + file + " does not verify audit entry "
                    + last.get().seq() + ", the newest sealed one: it is not the key the trail was written with"
                    + " (or that entry was altered; zonewarden audit verify names the first broken entry)");
        }
        return read;
    }

    /** Records a change of {@code plant} (null: of something outside any plant); must run inside its transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public AuditEntry record(
            String actor,
            PlantStore.@Nullable PlantRow plant,
            String action,
            String target,
            @Nullable String before,
            @Nullable String after) {
        var head = jdbc.sql("select seq, hash from audit_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
        long seq = head.seq() + 1;
        Instant at = Times.now();
        Long plantId = plant == null ? null : plant.id();
        String slug = plant == null ? null : plant.slug();
        String hash =
                AuditChain.mac(key.key(), head.hash(), seq, at, actor, plantId, slug, action, target, before, after);
        jdbc.sql("insert into audit_entry (seq, at, actor, plant_id, plant, action, target, before_text, after_text,"
                        + " prev_hash, hash, chain_version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        seq,
                        Times.sql(at),
                        actor,
                        plantId,
                        slug,
                        action,
                        target,
                        before,
                        after,
                        head.hash(),
                        hash,
                        AuditChain.KEYED)
                .update();
        jdbc.sql("update audit_head set seq = ?, hash = ? where id = 1")
                .params(seq, hash)
                .update();
        var written = new Head(seq, hash);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                LOG.info("audit chain head {}", written);
            }
        });
        return new AuditEntry(
                seq, at, actor, plantId, slug, action, target, before, after, head.hash(), hash, AuditChain.KEYED);
    }

    /** The chain head as the database holds it. */
    public Head head() {
        return head(jdbc);
    }

    private static Head head(JdbcClient jdbc) {
        return jdbc.sql("select seq, hash from audit_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
    }

    /**
     * The newest entries first, of one plant (its row id) or of all (null), a page at a time. A plant's entries are
     * those of that very plant: a plant deleted earlier under the same id (slug) keeps its own.
     */
    public List<AuditEntry> entries(@Nullable Long plantId, long offset, int limit) {
        var sql = VerifyAuditTrail.SELECT + (plantId == null ? "" : " where plant_id = :plant")
                + " order by seq desc offset :offset rows fetch next :limit rows only";
        var statement = jdbc.sql(sql).param("offset", offset).param("limit", limit);
        if (plantId != null) statement = statement.param("plant", plantId);
        return statement.query((rs, n) -> VerifyAuditTrail.entry(rs)).list();
    }

    public long count(@Nullable Long plantId) {
        return plantId == null
                ? jdbc.sql("select count(*) from audit_entry").query(Long.class).single()
                : jdbc.sql("select count(*) from audit_entry where plant_id = ?")
                        .param(plantId)
                        .query(Long.class)
                        .single();
    }
}
