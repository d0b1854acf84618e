package io.zonewarden.app.server.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Uploaded captures and the state of their analysis. */
@Repository
public class CaptureStore {

    /** One uploaded capture. {@code protocols} is "name=frames" per line, most frames first. */
    public record Capture(
            long id,
            long plantId,
            String fileName,
            long sizeBytes,
            String sha256,
            String state,
            double progress,
            @Nullable Long packets,
            @Nullable Long malformed,
            @Nullable Instant firstSeen,
            @Nullable Instant lastSeen,
            @Nullable String protocols,
            @Nullable String error,
            Instant uploadedAt,
            String uploadedBy,
            @Nullable Instant analysedAt) {}

    private static final RowMapper<Capture> CAPTURE = (rs, n) -> new Capture(
            rs.getLong("id"),
            rs.getLong("plant_id"),
            rs.getString("file_name"),
            rs.getLong("size_bytes"),
            rs.getString("sha256"),
            rs.getString("state"),
            rs.getDouble("progress"),
            rs.getObject("packets", Long.class),
            rs.getObject("malformed", Long.class),
            Times.instant(rs.getObject("first_seen", OffsetDateTime.class)),
            Times.instant(rs.getObject("last_seen", OffsetDateTime.class)),
            rs.getString("protocols"),
            rs.getString("error"),
            rs.getObject("uploaded_at", OffsetDateTime.class).toInstant(),
            rs.getString("uploaded_by"),
            Times.instant(rs.getObject("analysed_at", OffsetDateTime.class)));

    private final JdbcClient jdbc;

    public CaptureStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long plantId, String fileName, long size, String sha256, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("insert into capture (plant_id, file_name, size_bytes, sha256, state, progress, uploaded_at,"
                        + " uploaded_by) values (?, ?, ?, ?, 'queued', 0, ?, ?)")
                .params(plantId, fileName, size, sha256, Times.sql(Times.now()), by)
                .update(keys, "id");
        return keys.getKeyAs(Long.class);
    }

    public Optional<Capture> find(long plantId, long id) {
        return jdbc.sql("select * from capture where plant_id = ? and id = ?")
                .params(plantId, id)
                .query(CAPTURE)
                .optional();
    }

    public List<Capture> of(long plantId) {
        return jdbc.sql("select * from capture where plant_id = ? order by id desc")
                .param(plantId)
                .query(CAPTURE)
                .list();
    }

    /** A capture whose analysis has not finished (queued, or cut off by a stop), by id. */
    public Optional<Capture> unfinished(long id) {
        return jdbc.sql("select * from capture where id = ? and state in ('queued', 'analysing')")
                .param(id)
                .query(CAPTURE)
                .optional();
    }

    /** Captures whose analysis had not finished when the server stopped. */
    public List<Capture> unfinished() {
        return jdbc.sql("select * from capture where state in ('queued', 'analysing') order by id")
                .query(CAPTURE)
                .list();
    }

    public void progress(long id, String state, double progress) {
        jdbc.sql("update capture set state = ?, progress = ? where id = ?")
                .params(state, progress, id)
                .update();
    }

    public void done(
            long id, long packets, long malformed, @Nullable Instant first, @Nullable Instant last, String protocols) {
        jdbc.sql("update capture set state = 'done', progress = 1, packets = ?, malformed = ?, first_seen = ?,"
                        + " last_seen = ?, protocols = ?, error = null, analysed_at = ? where id = ?")
                .params(packets, malformed, Times.sql(first), Times.sql(last), protocols, Times.sql(Times.now()), id)
                .update();
    }

    public void failed(long id, String error) {
        jdbc.sql("update capture set state = 'failed', error = ?, analysed_at = ? where id = ?")
                .params(Columns.cut(error, 2000), Times.sql(Times.now()), id)
                .update();
    }

    /** Removes what an earlier, interrupted analysis of the capture stored, before it runs again. */
    public void clearResults(long id) {
        jdbc.sql("delete from alert where capture_id = ?").param(id).update();
        jdbc.sql("delete from observed_flow where capture_id = ?").param(id).update();
        jdbc.sql("delete from observed_asset where capture_id = ?").param(id).update();
    }
}
