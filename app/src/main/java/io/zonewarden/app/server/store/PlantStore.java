package io.zonewarden.app.server.store;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plants and their model documents. */
@Repository
public class PlantStore {

    /** A plant's row without its model document. */
    public record PlantRow(long id, String slug, String name, long version, Instant updatedAt, String updatedBy) {}

    private static final String COLUMNS = "id, slug, name, version, updated_at, updated_by";
    private static final RowMapper<PlantRow> ROW = (rs, n) -> new PlantRow(
            rs.getLong("id"),
            rs.getString("slug"),
            rs.getString("name"),
            rs.getLong("version"),
            rs.getObject("updated_at", OffsetDateTime.class).toInstant(),
            rs.getString("updated_by"));

    private final JdbcClient jdbc;

    public PlantStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PlantRow> all() {
        return jdbc.sql("select " + COLUMNS + " from plant order by name")
                .query(ROW)
                .list();
    }

    public Optional<PlantRow> find(String slug) {
        return jdbc.sql("select " + COLUMNS + " from plant where slug = ?")
                .param(slug)
                .query(ROW)
                .optional();
    }

    public Optional<PlantRow> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from plant where id = ?")
                .param(id)
                .query(ROW)
                .optional();
    }

    /** The row locked for update until the transaction ends, so two edits of one plant queue up. */
    public Optional<PlantRow> lock(String slug) {
        return jdbc.sql("select " + COLUMNS + " from plant where slug = ? for update")
                .param(slug)
                .query(ROW)
                .optional();
    }

    public String model(long id) {
        return jdbc.sql("select model_yaml from plant where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }

    public long insert(String slug, String name, String modelYaml, String by) {
        var now = Times.sql(Times.now());
        jdbc.sql("insert into plant (slug, name, model_yaml, version, created_at, updated_at, updated_by)"
                        + " values (?, ?, ?, 1, ?, ?, ?)")
                .params(slug, Columns.cut(name, 300), modelYaml, now, now, by)
                .update();
        return find(slug).orElseThrow().id();
    }

    /**
     * Replaces the model when the stored version is still {@code expectedVersion}; returns false (and changes
     * nothing) when someone else changed the plant in between.
     */
    public boolean update(long id, long expectedVersion, String name, String modelYaml, String by) {
        return jdbc.sql("update plant set name = ?, model_yaml = ?, version = version + 1, updated_at = ?,"
                                + " updated_by = ? where id = ? and version = ?")
                        .params(Columns.cut(name, 300), modelYaml, Times.sql(Times.now()), by, id, expectedVersion)
                        .update()
                == 1;
    }

    public boolean delete(long id) {
        return jdbc.sql("delete from plant where id = ?").param(id).update() == 1;
    }
}
