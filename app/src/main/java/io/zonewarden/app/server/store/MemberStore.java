package io.zonewarden.app.server.store;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Who may do what on which plant. */
@Repository
public class MemberStore {

    /** A member of a plant and the role held there. */
    public record Member(long userId, String username, String displayName, String role) {}

    private final JdbcClient jdbc;

    public MemberStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> role(long plantId, long userId) {
        return jdbc.sql("select role from plant_member where plant_id = ? and user_id = ?")
                .params(plantId, userId)
                .query(String.class)
                .optional();
    }

    public List<Member> members(long plantId) {
        return jdbc.sql("select u.id, u.username, u.display_name, m.role from plant_member m"
                        + " join app_user u on u.id = m.user_id where m.plant_id = ? order by u.username")
                .param(plantId)
                .query((rs, n) -> new Member(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The ids of the plants a user belongs to. */
    public List<Long> plantsOf(long userId) {
        return jdbc.sql("select plant_id from plant_member where user_id = ?")
                .param(userId)
                .query(Long.class)
                .list();
    }

    public void put(long plantId, long userId, String role) {
        int updated = jdbc.sql("update plant_member set role = ? where plant_id = ? and user_id = ?")
                .params(role, plantId, userId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into plant_member (plant_id, user_id, role) values (?, ?, ?)")
                    .params(plantId, userId, role)
                    .update();
        }
    }

    public boolean remove(long plantId, long userId) {
        return jdbc.sql("delete from plant_member where plant_id = ? and user_id = ?")
                        .params(plantId, userId)
                        .update()
                > 0;
    }
}
