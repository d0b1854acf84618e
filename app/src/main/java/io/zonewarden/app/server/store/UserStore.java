package io.zonewarden.app.server.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts. */
@Repository
public class UserStore {

    /** An account; the password hash stays in the store. */
    public record User(
            long id, String username, String displayName, boolean administrator, boolean enabled, Instant createdAt) {}

    private static final RowMapper<User> USER = (rs, n) -> new User(
            rs.getLong("id"),
            rs.getString("username"),
            rs.getString("display_name"),
            rs.getBoolean("administrator"),
            rs.getBoolean("enabled"),
            rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;

    public UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    public Optional<User> find(String username) {
        return jdbc.sql("select * from app_user where username = ?")
                .param(username)
                .query(USER)
                .optional();
    }

    public Optional<User> find(long id) {
        return jdbc.sql("select * from app_user where id = ?")
                .param(id)
                .query(USER)
                .optional();
    }

    public Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from app_user where username = ?")
                .param(username)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1)))
                .optional()
                .flatMap(h -> h);
    }

    public List<User> all() {
        return jdbc.sql("select * from app_user order by username").query(USER).list();
    }

    public long insert(String username, String displayName, @Nullable String passwordHash, boolean administrator) {
        jdbc.sql("insert into app_user (username, display_name, password_hash, administrator, enabled, created_at)"
                        + " values (?, ?, ?, ?, true, ?)")
                .params(username, displayName, passwordHash, administrator, Times.sql(Times.now()))
                .update();
        return find(username).orElseThrow().id();
    }

    public void setPassword(long id, String passwordHash) {
        jdbc.sql("update app_user set password_hash = ? where id = ?")
                .params(passwordHash, id)
                .update();
    }

    public void setEnabled(long id, boolean enabled) {
        jdbc.sql("update app_user set enabled = ? where id = ?")
                .params(enabled, id)
                .update();
    }

    public void setAdministrator(long id, boolean administrator) {
        jdbc.sql("update app_user set administrator = ? where id = ?")
                .params(administrator, id)
                .update();
    }
}
