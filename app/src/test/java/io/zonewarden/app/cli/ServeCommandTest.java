package io.zonewarden.app.cli;

import static io.zonewarden.app.cli.ValidateCommandTest.zonewarden;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve} and {@code audit verify} refuse bad arguments before anything starts, with exit status 2. */
class ServeCommandTest {

    @Test
    void an_admin_user_without_a_password_is_refused() {
        var run = zonewarden("serve", "--admin-user", "alice");
        if (System.getenv("ZONEWARDEN_ADMIN_PASSWORD") != null) return; // the environment supplies one
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--admin-user needs --admin-password-file or ZONEWARDEN_ADMIN_PASSWORD");
    }

    @Test
    void a_database_url_that_is_not_postgresql_is_refused() {
        var run = zonewarden("serve", "--db-url", "jdbc:mysql://db/zw");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--db-url must be a PostgreSQL JDBC URL");
    }

    @Test
    void a_stray_argument_is_refused_with_the_form_spring_properties_take() {
        var run = zonewarden("serve", "oops");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown argument 'oops'").contains("--name=value");
    }

    @Test
    void a_missing_password_file_is_named() {
        var run = zonewarden("serve", "--admin-user", "alice", "--admin-password-file", "/nonexistent/pw");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("/nonexistent/pw");
    }

    @Test
    void a_refused_first_administrator_stops_the_server_with_the_reasons(@TempDir Path data) throws Exception {
        var passwordFile = data.resolve("admin-password");
        java.nio.file.Files.writeString(passwordFile, "Password123!\n");
        var run = zonewarden(
                "serve",
                "--port",
                "0",
                "--data",
                data.resolve("server").toString(),
                "--admin-user",
                "alice",
                "--admin-password-file",
                passwordFile.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("serve: the first administrator 'alice' was not created (1 problem):")
                .contains("  password: a common password")
                .doesNotContain("internal error")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void audit_verify_without_a_database_says_where_it_looked(@TempDir Path empty) {
        var run = zonewarden("audit", "verify", "--data", empty.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no database at").contains(empty.toString());
    }

    @Test
    void a_missing_database_password_file_is_named_by_both_commands() {
        // serve and audit verify share their database options and read the password file the same way
        var serve = zonewarden(
                "serve", "--db-url", "jdbc:postgresql://127.0.0.1:1/zw", "--db-password-file", "/nonexistent/db-pw");
        assertThat(serve.exitCode()).isEqualTo(2);
        assertThat(serve.err()).contains("serve: cannot read /nonexistent/db-pw");
        var verify = zonewarden(
                "audit",
                "verify",
                "--db-url",
                "jdbc:postgresql://127.0.0.1:1/zw",
                "--db-password-file",
                "/nonexistent/db-pw");
        assertThat(verify.exitCode()).isEqualTo(2);
        assertThat(verify.err()).contains("audit verify: cannot read /nonexistent/db-pw");
    }

    @Test
    void a_missing_key_store_password_file_is_named() {
        var run = zonewarden("serve", "--keystore-password-file", "/nonexistent/ks-pw");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("serve: cannot read /nonexistent/ks-pw");
    }

    @Test
    void a_password_given_on_the_command_line_is_warned_about() {
        var run =
                zonewarden("serve", "--db-url", "jdbc:mysql://db/zw", "--server.ssl.key-store-password=visible-in-ps");
        assertThat(run.err())
                .contains("--server.ssl.key-store-password on the command line can be read by every account")
                .contains("--keystore-password-file")
                .doesNotContain("visible-in-ps");
    }

    @Test
    void audit_verify_refuses_an_expected_head_that_is_not_one(@TempDir Path data) throws Exception {
        java.nio.file.Files.writeString(data.resolve("zonewarden.mv.db"), "");
        var run = zonewarden("audit", "verify", "--data", data.toString(), "--expect-head", "12:abc");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--expect-head: expected a chain head as SEQ:HASH");
    }
}
