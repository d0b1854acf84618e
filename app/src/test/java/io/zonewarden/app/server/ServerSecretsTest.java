package io.zonewarden.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server on a fresh data directory, over real sockets: redirects do not carry the Host header the client sent,
 * the TLS key store password comes from the settings (a file or the environment) rather than the command line, and a
 * new embedded database gets a generated password in a private file.
 */
class ServerSecretsTest {

    @BeforeAll
    static void embedded() {
        Assumptions.assumeFalse(TestServers.onPostgres(), "the embedded database is H2; it ran in the H2 test run");
    }

    @Test
    void a_hostile_host_header_is_not_reflected_in_redirects() throws Exception {
        var data = Files.createTempDirectory(Path.of("target"), "host").toAbsolutePath();
        var settings = new ServerSettings(0, data, null, null, null, "admin", "correct horse battery staple", false);
        try (var server = ZoneWardenServer.start(settings, "--logging.level.io.zonewarden=WARN")) {
            int port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
            for (var path : new String[] {"/", "/plants/anything", "/accounts"}) {
                try (var socket = new Socket("127.0.0.1", port)) {
                    assertThat(location(socket, path, "evil.example"))
                            .as("Location of %s asked for with Host: evil.example", path)
                            .doesNotContain("evil.example")
                            .startsWith("/");
                }
            }
            var password = EmbeddedDatabase.existingPassword(data);
            assertThat(password).as("a generated database password").isNotNull();
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> java.sql.DriverManager.getConnection(settings.jdbcUrl(), EmbeddedDatabase.USER, "")
                                    .close())
                    .as("the new database with the empty password")
                    .hasMessageContaining("Wrong user name or password");
            java.sql.DriverManager.getConnection(settings.jdbcUrl(), EmbeddedDatabase.USER, password)
                    .close();
            if (PrivateFiles.posix(data)) {
                assertThat(PosixFilePermissions.toString(
                                Files.getPosixFilePermissions(data.resolve(EmbeddedDatabase.PASSWORD_FILE))))
                        .isEqualTo("rw-------");
                assertThat(PosixFilePermissions.toString(
                                Files.getPosixFilePermissions(data.resolve(EmbeddedDatabase.DATABASE_FILE))))
                        .isEqualTo("rw-------");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data)))
                        .isEqualTo("rwx------");
            }
        }
    }

    @Test
    void the_key_store_password_reaches_tls_from_the_settings() throws Exception {
        var data = Files.createTempDirectory(Path.of("target"), "tls").toAbsolutePath();
        var store = data.resolve("server.p12");
        var storePassword = "key store pass " + Long.toHexString(new SecureRandom().nextLong());
        keytool(store, storePassword);
        var settings = new ServerSettings(
                0, data, null, null, null, "admin", "correct horse battery staple", false, null, storePassword);
        assertThat(ZoneWardenServer.properties(settings)).containsEntry("server.ssl.key-store-password", storePassword);
        try (var server = ZoneWardenServer.start(
                settings,
                "--server.ssl.key-store=" + store,
                "--server.ssl.key-store-type=PKCS12",
                "--logging.level.io.zonewarden=WARN")) {
            int port = Integer.parseInt(server.getEnvironment().getProperty("local.server.port"));
            var tls = SSLContext.getInstance("TLS");
            tls.init(null, new TrustManager[] {new TrustAnything()}, null);
            try (var socket = (SSLSocket) tls.getSocketFactory().createSocket("127.0.0.1", port)) {
                socket.startHandshake();
                assertThat(socket.getSession().getPeerCertificates()).isNotEmpty();
                assertThat(location(socket, "/", "localhost")).isEqualTo("/login");
            }
        }
    }

    /** Sends a GET and returns the Location header of the 302 it is answered with. */
    private static String location(Socket socket, String path, String host) throws IOException {
        socket.getOutputStream()
                .write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        var response = new ByteArrayOutputStream();
        socket.getInputStream().transferTo(response);
        var text = response.toString(StandardCharsets.ISO_8859_1);
        assertThat(text).as("the response").startsWith("HTTP/1.1 302");
        var m = Pattern.compile("(?im)^Location: *(\\S+)").matcher(text);
        assertThat(m.find()).as("a Location header in %s", text).isTrue();
        return m.group(1);
    }

    private static void keytool(Path store, String password) throws IOException, InterruptedException {
        var keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        var process = new ProcessBuilder(
                        keytool,
                        "-genkeypair",
                        "-alias",
                        "zonewarden",
                        "-keyalg",
                        "EC",
                        "-groupname",
                        "secp256r1",
                        "-dname",
                        "CN=localhost",
                        "-validity",
                        "2",
                        "-storetype",
                        "PKCS12",
                        "-keystore",
                        store.toString(),
                        "-storepass",
                        password)
                .redirectErrorStream(true)
                .start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as("keytool: %s", output).isZero();
    }

    /** The test's own self-signed certificate is the one expected; nothing else is trusted here. */
    private static final class TrustAnything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
