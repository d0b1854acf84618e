package io.zonewarden.app.server.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Alerts raised by captures, and their acknowledgement. */
@Repository
public class AlertStore {

    /**
     * One alert.
     *
     * @param kind {@code violation} (a flow no conduit allows) or {@code operation} (an OT operation worth a look)
     */
    public record Alert(
            long id,
            long captureId,
            String kind,
            String rule,
            String severity,
            @Nullable String technique,
            String title,
            String client,
            @Nullable String clientAsset,
            String server,
            @Nullable String serverAsset,
            String protocol,
            long packets,
            Instant firstSeen,
            Instant lastSeen,
            String evidence,
            @Nullable String acknowledgedBy,
            @Nullable Instant acknowledgedAt,
            @Nullable String comment,
            long version) {
        public boolean open() {
            return acknowledgedAt == null;
        }
    }

    private static final RowMapper<Alert> ALERT = (rs, n) -> new Alert(
            rs.getLong("id"),
            rs.getLong("capture_id"),
            rs.getString("kind"),
            rs.getString("rule"),
            rs.getString("severity"),
            rs.getString("technique"),
            rs.getString("title"),
            rs.getString("client"),
            rs.getString("client_asset"),
            rs.getString("server"),
            rs.getString("server_asset"),
            rs.getString("protocol"),
            rs.getLong("packets"),
            rs.getObject("first_seen", OffsetDateTime.class).toInstant(),
            rs.getObject("last_seen", OffsetDateTime.class).toInstant(),
            rs.getString("evidence"),
            rs.getString("acknowledged_by"),
            Times.instant(rs.getObject("acknowledged_at", OffsetDateTime.class)),
            rs.getString("ack_comment"),
            rs.getLong("version"));

    private final JdbcClient jdbc;

    public AlertStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long plantId, Alert a) {
        jdbc.sql("insert into alert (capture_id, plant_id, kind, rule, severity, technique, title, client,"
                        + " client_asset, server, server_asset, protocol, packets, first_seen, last_seen, evidence)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        a.captureId(),
                        plantId,
                        a.kind(),
                        a.rule(),
                        a.severity(),
                        a.technique(),
                        Columns.cut(a.title(), 1000),
                        a.client(),
                        a.clientAsset(),
                        a.server(),
                        a.serverAsset(),
                        a.protocol(),
                        a.packets(),
                        Times.sql(a.firstSeen()),
                        Times.sql(a.lastSeen()),
                        Columns.cut(a.evidence(), 2000))
                .update();
    }

    /** A page of a plant's alerts, newest first; only open ones when {@code openOnly}. */
    public List<Alert> of(long plantId, boolean openOnly, long offset, int limit) {
        return jdbc.sql("select * from alert where plant_id = ?" + (openOnly ? " and acknowledged_at is null" : "")
                        + " order by case severity when 'error' then 0 when 'warning' then 1 else 2 end, id desc"
                        + " offset ? rows fetch next ? rows only")
                .params(plantId, offset, limit)
                .query(ALERT)
                .list();
    }

    public long count(long plantId, boolean openOnly) {
        return jdbc.sql("select count(*) from alert where plant_id = ?"
                        + (openOnly ? " and acknowledged_at is null" : ""))
                .param(plantId)
                .query(Long.class)
                .single();
    }

    public Optional<Alert> find(long plantId, long id) {
        return jdbc.sql("select * from alert where plant_id = ? and id = ?")
                .params(plantId, id)
                .query(ALERT)
                .optional();
    }

    /** Acknowledges an alert when it is still at {@code expectedVersion}; false when someone else got there first. */
    public boolean acknowledge(long plantId, long id, long expectedVersion, String by, String comment) {
        return jdbc.sql("update alert set acknowledged_by = ?, acknowledged_at = ?, ack_comment = ?,"
                                + " version = version + 1 where plant_id = ? and id = ? and version = ?")
                        .params(by, Times.sql(Times.now()), comment, plantId, id, expectedVersion)
                        .update()
                == 1;
    }
}
