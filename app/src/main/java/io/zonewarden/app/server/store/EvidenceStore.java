package io.zonewarden.app.server.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Evidence files, kept in the database beside their SHA-256 so a backup of the database keeps them too. */
@Repository
public class EvidenceStore {

    public record EvidenceFile(
            long id,
            String fileName,
            String mediaType,
            long size,
            String sha256,
            Instant uploadedAt,
            String uploadedBy) {}

    private final JdbcClient jdbc;

    public EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long plantId, String fileName, String mediaType, byte[] content, String sha256, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into evidence_file (plant_id, file_name, media_type, size_bytes, sha256, content,"
                        + " uploaded_at, uploaded_by) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        plantId,
                        fileName,
                        Columns.cut(mediaType, 100),
                        content.length,
                        sha256,
                        content,
                        Times.sql(Times.now()),
                        by)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    public Optional<EvidenceFile> find(long plantId, long id) {
        return jdbc.sql("select id, file_name, media_type, size_bytes, sha256, uploaded_at, uploaded_by"
                        + " from evidence_file where plant_id = ? and id = ?")
                .params(plantId, id)
                .query((rs, n) -> new EvidenceFile(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getString(5),
                        rs.getObject(6, OffsetDateTime.class).toInstant(),
                        rs.getString(7)))
                .optional();
    }

    public byte[] content(long plantId, long id) {
        return jdbc.sql("select content from evidence_file where plant_id = ? and id = ?")
                .params(plantId, id)
                .query((rs, n) -> rs.getBytes(1))
                .single();
    }
}
