package io.zonewarden.app.server.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assets and flows seen on the wire, per capture. */
@Repository
public class ObservationStore {

    public record SeenAsset(
            long captureId,
            String address,
            @Nullable String mac,
            @Nullable String vendor,
            @Nullable String assetId,
            @Nullable String zoneId,
            String protocols,
            @Nullable String identity,
            long packets,
            long bytes) {}

    public record SeenFlow(
            long captureId,
            String client,
            String server,
            String transport,
            int serverPort,
            String protocol,
            String functions,
            long packets,
            long bytes,
            Instant firstSeen,
            Instant lastSeen) {}

    private final JdbcClient jdbc;

    public ObservationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insertAssets(long plantId, List<SeenAsset> assets) {
        for (var a : assets) {
            jdbc.sql("insert into observed_asset (capture_id, plant_id, address, mac, vendor, asset_id, zone_id,"
                            + " protocols, identity, packets, bytes) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            a.captureId(),
                            plantId,
                            a.address(),
                            a.mac(),
                            a.vendor(),
                            a.assetId(),
                            a.zoneId(),
                            Columns.cut(a.protocols(), 1000),
                            Columns.cut(a.identity(), 2000),
                            a.packets(),
                            a.bytes())
                    .update();
        }
    }

    public void insertFlows(long plantId, List<SeenFlow> flows) {
        for (var f : flows) {
            jdbc.sql("insert into observed_flow (capture_id, plant_id, client, server, transport, server_port,"
                            + " protocol, functions, packets, bytes, first_seen, last_seen)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            f.captureId(),
                            plantId,
                            f.client(),
                            f.server(),
                            f.transport(),
                            f.serverPort(),
                            f.protocol(),
                            Columns.cut(f.functions(), 2000),
                            f.packets(),
                            f.bytes(),
                            Times.sql(f.firstSeen()),
                            Times.sql(f.lastSeen()))
                    .update();
        }
    }

    /** What was seen of one address (or, with a MAC, of one interface) across the plant's captures. */
    public List<SeenAsset> assetsAt(long plantId, List<String> addresses) {
        if (addresses.isEmpty()) return List.of();
        return jdbc.sql("select * from observed_asset where plant_id = :plant and (address in (:addresses)"
                        + " or mac in (:addresses)) order by capture_id desc")
                .param("plant", plantId)
                .param("addresses", addresses)
                .query((rs, n) -> new SeenAsset(
                        rs.getLong("capture_id"),
                        rs.getString("address"),
                        rs.getString("mac"),
                        rs.getString("vendor"),
                        rs.getString("asset_id"),
                        rs.getString("zone_id"),
                        rs.getString("protocols"),
                        rs.getString("identity"),
                        rs.getLong("packets"),
                        rs.getLong("bytes")))
                .list();
    }

    public List<SeenFlow> flows(long plantId, long captureId, int limit) {
        return jdbc.sql("select * from observed_flow where plant_id = ? and capture_id = ? order by packets desc"
                        + " fetch first " + limit + " rows only")
                .params(plantId, captureId)
                .query((rs, n) -> new SeenFlow(
                        rs.getLong("capture_id"),
                        rs.getString("client"),
                        rs.getString("server"),
                        rs.getString("transport"),
                        rs.getInt("server_port"),
                        rs.getString("protocol"),
                        rs.getString("functions"),
                        rs.getLong("packets"),
                        rs.getLong("bytes"),
                        rs.getObject("first_seen", OffsetDateTime.class).toInstant(),
                        rs.getObject("last_seen", OffsetDateTime.class).toInstant()))
                .list();
    }
}
