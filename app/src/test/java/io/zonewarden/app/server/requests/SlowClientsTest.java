package io.zonewarden.app.server.requests;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.app.server.TestServers;
import io.zonewarden.app.server.ZoneWardenServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Slow and large request bodies against a real Tomcat on loopback: 200 clients that send their body a byte at a time
 * must not keep the sign-in page from answering, and bodies over their limit are refused before they are read. Every
 * loop here is bounded in count and time, and every socket is closed at the end.
 */
@SpringBootTest(classes = ZoneWardenServer.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SlowClientsTest {

    private static final int SLOW_CLIENTS = 200;
    private static final long ATTACK_MILLIS = 9_000;

    @DynamicPropertySource
    static void server(DynamicPropertyRegistry registry) {
        TestServers.h2("slow-clients").forEach((key, value) -> registry.add(key, () -> value));
    }

    @LocalServerPort
    int port;

    /**
     * The administrator signs in once from this address first, as a real one would have: the flood of wrong
     * credentials below then locks the address for strangers, not for the administrator's own later requests.
     */
    @BeforeEach
    void administratorSignedInBefore() throws IOException {
        try (var socket = connect(10_000)) {
            send(
                    socket,
                    "GET /api/v1/plants HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n" + "Authorization: Basic "
                            + adminCredentials() + "\r\n\r\n");
            assertThat(readAll(socket.getInputStream())).startsWith("HTTP/1.1 200");
        }
    }

    private static String adminCredentials() {
        return Base64.getEncoder()
                .encodeToString(
                        (TestServers.ADMIN + ":" + TestServers.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void given_200_slow_bodies_when_the_sign_in_page_is_asked_for_then_it_answers_within_a_second() throws Exception {
        var clients = new ArrayList<Socket>();
        var probes = new ArrayList<Long>();
        try {
            for (int i = 0; i < SLOW_CLIENTS; i++) {
                var socket = connect(2_000);
                // half post a model to the API with wrong credentials (answered 401 before the body is read), half
                // post the sign-in form without a session (read here, under the minimum rate)
                String head = i % 2 == 0
                        ? "POST /api/v1/plants HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                                + "Authorization: Basic "
                                + Base64.getEncoder().encodeToString("mallory:wrong".getBytes(StandardCharsets.UTF_8))
                                + "\r\nContent-Length: 1000000\r\n\r\n"
                        : "POST /login HTTP/1.1\r\nHost: localhost\r\n"
                                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 60000\r\n\r\n";
                clients.add(socket);
                send(socket, head);
            }
            long end = System.nanoTime() + ATTACK_MILLIS * 1_000_000;
            while (System.nanoTime() < end) {
                for (var socket : clients) trickle(socket);
                probes.add(signInPage());
                Thread.sleep(400);
            }
            assertThat(probes)
                    .isNotEmpty()
                    .allSatisfy(millis -> assertThat(millis)
                            .as("the sign-in page's answer time under 200 slow bodies, ms")
                            .isLessThan(1_000));
            // every slow client was answered (401, 408, 413 or 429) and its connection closed, none still read
            int answered = 0;
            for (var socket : clients) {
                var answer = readAll(socket.getInputStream());
                if (answer.startsWith("HTTP/1.1 4")) answered++;
            }
            assertThat(answered).isEqualTo(SLOW_CLIENTS);
        } finally {
            for (var socket : clients) socket.close();
        }
    }

    @Test
    void a_body_over_its_limit_is_refused_from_its_length_before_it_is_sent() throws Exception {
        try (var socket = connect(5_000)) {
            send(socket, modelImportHead("Content-Length: 300000000"));
            // nothing of the 300 MB is sent: the answer comes from the header alone
            var answer = readAll(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413").contains("Connection: close");
            assertThat(answer).contains("300000000 bytes sent").contains("\"title\":\"Content Too Large\"");
        }
    }

    @Test
    void a_chunked_body_is_cut_off_at_the_limit_not_read_whole() throws Exception {
        try (var socket = connect(10_000)) {
            send(socket, modelImportHead("Transfer-Encoding: chunked"));
            var out = socket.getOutputStream();
            // up to 300 MiB in 1 MiB chunks; the server stops reading at its 65 MiB limit and closes
            var chunk = new byte[1 << 20];
            java.util.Arrays.fill(chunk, (byte) 'a');
            long sent = 0;
            try {
                for (int i = 0; i < 300; i++) {
                    out.write(("100000\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    sent += chunk.length;
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            } catch (IOException closedByTheServer) {
                // refused and closed while we were still sending
            }
            var answer = readAll(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(sent).as("bytes the server let us send").isLessThan(200L << 20);
        }
    }

    @Test
    void an_unauthenticated_body_over_the_small_limit_is_refused_unread() throws Exception {
        try (var socket = connect(5_000)) {
            send(
                    socket,
                    "POST /login HTTP/1.1\r\nHost: localhost\r\nContent-Type: multipart/form-data; boundary=x"
                            + "\r\nContent-Length: 500000000\r\n\r\n");
            var answer = readAll(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 4").contains("Connection: close");
        }
    }

    private Socket connect(int readTimeoutMillis) throws IOException {
        var socket = new Socket();
        socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
        socket.setSoTimeout(readTimeoutMillis);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /** The request line and headers of a model import by the administrator, with the body's framing header. */
    private static String modelImportHead(String framing) {
        return "POST /api/v1/plants HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                + "Authorization: Basic " + adminCredentials() + "\r\n" + framing + "\r\n\r\n";
    }

    /** One more byte of the body; a connection the server closed is left alone. */
    private static void trickle(Socket socket) {
        try {
            OutputStream out = socket.getOutputStream();
            out.write('a');
            out.flush();
        } catch (IOException closedByTheServer) {
            // the server answered and closed: what it should do
        }
    }

    /** Milliseconds until the sign-in page's status line and headers arrived. */
    private long signInPage() throws IOException {
        long start = System.nanoTime();
        try (var socket = connect(5_000)) {
            send(socket, "GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            var answer = readAll(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 200");
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** What the server sent until it closed the connection (or two seconds of silence), as text. */
    private static String readAll(InputStream in) {
        var out = new StringBuilder();
        var buffer = new byte[8192];
        try {
            int n;
            while ((n = in.read(buffer)) > 0 && out.length() < 1 << 20) {
                out.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
        } catch (IOException timeoutOrReset) {
            // what arrived before is the answer
        }
        return out.toString();
    }
}
