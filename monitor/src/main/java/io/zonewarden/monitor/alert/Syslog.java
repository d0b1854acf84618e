package io.zonewarden.monitor.alert;

import io.zonewarden.core.zoning.Severity;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.jspecify.annotations.Nullable;

/**
 * Alerts to a syslog collector as RFC 5424 messages whose MSG is the alert's CEF line: over UDP (RFC 5426, one
 * message a datagram), TCP (RFC 6587 octet counting: the length, a space, the message) or TLS (RFC 5425, the same
 * framing). What cannot be delivered is spooled to a file and sent first the next time, never dropped.
 */
public final class Syslog {

    /** Facility local4 (RFC 5424 table 1: local0 is 16). */
    public static final int LOCAL4 = 20;

    private static final int CONNECT_TIMEOUT_MS = 5_000;

    private Syslog() {}

    public enum Transport {
        UDP,
        TCP,
        TLS
    }

    /** Where to send: {@code udp://host:port}, {@code tcp://host:port} or {@code tls://host:port}. */
    public record Target(Transport transport, String host, int port) {

        public static Target parse(String url) {
            URI uri;
            try {
                uri = new URI(url);
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException("not a URL: " + e.getMessage());
            }
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            var transport = switch (scheme) {
                case "udp" -> Transport.UDP;
                case "tcp" -> Transport.TCP;
                case "tls" -> Transport.TLS;
                default ->
                    throw new IllegalArgumentException(
                            "expected udp://host:port, tcp://host:port or tls://host:port, got '" + url + "'");
            };
            if (uri.getHost() == null || uri.getPort() < 1) {
                throw new IllegalArgumentException("expected a host and a port, as in " + scheme + "://siem:6514");
            }
            return new Target(transport, uri.getHost(), uri.getPort());
        }

        @Override
        public String toString() {
            return transport.name().toLowerCase(Locale.ROOT) + "://" + host + ":" + port;
        }
    }

    /** The RFC 5424 severity: error 3, warning 4, informational 6. */
    static int code(Severity severity) {
        return switch (severity) {
            case ERROR -> 3;
            case WARNING -> 4;
            case INFO -> 6;
        };
    }

    /**
     * One RFC 5424 message: {@code <PRI>1 TIMESTAMP HOSTNAME zonewarden - MSGID - MSG}, PRI the facility times 8
     * plus the severity, TIMESTAMP when the alert last occurred, MSGID the rule, MSG the CEF line.
     */
    public static String message(OutboundAlert alert, String cef, int facility, String hostname) {
        var time = alert.lastSeen().truncatedTo(ChronoUnit.MICROS).toString();
        return "<" + (facility * 8 + code(alert.severity())) + ">1 " + time + " " + printable(hostname, 255)
                + " zonewarden - " + printable(alert.rule(), 32) + " - " + cef;
    }

    /** A header field: printable US-ASCII, at most {@code max} characters, {@code -} when empty (RFC 5424 6.2). */
    private static String printable(String s, int max) {
        var b = new StringBuilder(Math.min(s.length(), max));
        for (int i = 0; i < s.length() && b.length() < max; i++) {
            char c = s.charAt(i);
            if (c > 32 && c < 127) b.append(c);
        }
        return b.isEmpty() ? "-" : b.toString();
    }

    /**
     * A TLS context that trusts the certificates in {@code caFile} (PEM or DER, one or more), for a collector whose
     * certificate the JDK's default trust store does not hold (a plant's own CA).
     */
    public static SSLContext trusting(Path caFile) throws IOException {
        try (var in = Files.newInputStream(caFile)) {
            var certificates =
                    java.security.cert.CertificateFactory.getInstance("X.509").generateCertificates(in);
            if (certificates.isEmpty()) throw new IOException(caFile + ": no certificate in the file");
            var store = java.security.KeyStore.getInstance(java.security.KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (var certificate : certificates) store.setCertificateEntry("ca-" + i++, certificate);
            var trust = javax.net.ssl.TrustManagerFactory.getInstance(
                    javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            var context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(caFile + ": not a certificate file (PEM or DER): " + e.getMessage(), e);
        }
    }

    /** A connection to a collector. */
    public static final class Sender implements Closeable {
        private final Target target;
        private @Nullable DatagramSocket udp;
        private @Nullable Socket socket;
        private @Nullable OutputStream out;

        /** Connects (and for TLS completes the handshake) at once, so that an unreachable collector shows here. */
        public Sender(Target target, @Nullable SSLContext tls) throws IOException {
            this.target = target;
            var address = new InetSocketAddress(target.host(), target.port());
            if (address.isUnresolved()) throw new IOException("unknown host " + target.host());
            if (target.transport() == Transport.UDP) {
                udp = new DatagramSocket();
                udp.connect(address);
                return;
            }
            var plain = new Socket();
            try {
                plain.connect(address, CONNECT_TIMEOUT_MS);
                if (target.transport() == Transport.TLS) {
                    var context = tls != null ? tls : defaultContext();
                    var secure = (SSLSocket)
                            context.getSocketFactory().createSocket(plain, target.host(), target.port(), true);
                    var parameters = secure.getSSLParameters();
                    parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the host
                    secure.setSSLParameters(parameters);
                    secure.startHandshake();
                    socket = secure;
                } else socket = plain;
            } catch (IOException e) {
                plain.close();
                throw e;
            }
            out = new BufferedOutputStream(socket.getOutputStream(), 1 << 16);
        }

        private static SSLContext defaultContext() throws IOException {
            try {
                return SSLContext.getDefault();
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IOException("no TLS in this JDK: " + e.getMessage(), e);
            }
        }

        public void send(String message) throws IOException {
            var bytes = message.getBytes(StandardCharsets.UTF_8);
            if (udp != null) {
                udp.send(new DatagramPacket(bytes, bytes.length));
                return;
            }
            var o = java.util.Objects.requireNonNull(out);
            o.write((bytes.length + " ").getBytes(StandardCharsets.US_ASCII));
            o.write(bytes);
        }

        public void flush() throws IOException {
            if (out != null) out.flush();
        }

        @Override
        public void close() throws IOException {
            if (udp != null) udp.close();
            if (socket != null) socket.close();
        }

        @Override
        public String toString() {
            return target.toString();
        }
    }

    /**
     * What became of a delivery: messages sent, messages waiting in the spool file, and why they wait.
     *
     * @param error the reason the collector could not take them, or {@code null} when all went out
     */
    public record Delivery(
            int sent, int spooled, Path spool, @Nullable String error) {}

    /**
     * Sends what an earlier run spooled, then the new messages, in order; on the first failure the rest go to the
     * spool file (messages hold no line breaks: CEF escapes them), which is removed once everything has gone out.
     */
    public static Delivery deliver(Target target, @Nullable SSLContext tls, List<String> messages, Path spool)
            throws IOException {
        var queue = new ArrayList<String>();
        if (Files.exists(spool)) queue.addAll(Files.readAllLines(spool, StandardCharsets.UTF_8));
        queue.addAll(messages);
        int sent = 0;
        String error = null;
        try (var sender = new Sender(target, tls)) {
            for (var message : queue) {
                sender.send(message);
                sent++;
            }
            sender.flush();
        } catch (IOException e) {
            error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            // a stream connection may have buffered some of what counted as sent: only a flush proves delivery
            if (target.transport() != Transport.UDP) sent = 0;
        }
        if (error == null) {
            Files.deleteIfExists(spool);
            return new Delivery(sent, 0, spool, null);
        }
        var waiting = queue.subList(sent, queue.size());
        var parent = spool.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        var temporary = spool.resolveSibling(spool.getFileName() + ".tmp");
        Files.write(temporary, waiting, StandardCharsets.UTF_8);
        Files.move(temporary, spool, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        return new Delivery(sent, waiting.size(), spool, error);
    }
}
