package io.zonewarden.app.cli;

import static io.zonewarden.app.cli.ValidateCommandTest.zonewarden;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.monitor.traffic.Attack;
import io.zonewarden.monitor.traffic.TrafficGenerator;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code analyze --alerts --syslog} on the example plant's generated traffic with attacks (plc-stop, modbus-write,
 * undeclared-conduit, unknown-host): every alert leaves, to a file and to real listeners on 127.0.0.1.
 */
class AnalyzeAlertsTest {

    static final String MODEL = "../examples/chemical-plant.yaml";

    /** The eight alerts CollectAlertsTest derives by hand for this traffic, by severity then rule. */
    static final List<String> RULES = List.of(
            "DMZ-BYPASS",
            "FUNCTION-NOT-ALLOWED",
            "OT-PLC-STOP",
            "OT-WRITE",
            "PROTOCOL-NOT-ALLOWED",
            "UNDECLARED-CONDUIT",
            "UNKNOWN-ASSET",
            "OT-WRITE");

    static Path pcap;

    @BeforeAll
    static void generate(@TempDir Path dir) throws Exception {
        pcap = dir.resolve("plant.pcap");
        try (var out = Files.newOutputStream(pcap)) {
            TrafficGenerator.write(
                    PlantYamlReader.read(Path.of(MODEL)),
                    out,
                    3,
                    EnumSet.of(Attack.PLC_STOP, Attack.MODBUS_WRITE, Attack.UNDECLARED_CONDUIT, Attack.UNKNOWN_HOST),
                    Instant.parse("2026-03-02T06:00:00Z").toEpochMilli() * 1000);
        }
    }

    @Test
    void everyAlertIsWrittenAsCefWithItsSeverityInContext(@TempDir Path dir) throws Exception {
        var cef = dir.resolve("alerts.cef");
        var run = zonewarden(
                "analyze", pcap.toString(), "--model", MODEL, "--alerts", cef.toString(), "--alerts-format", "cef");
        assertThat(run.exitCode()).isEqualTo(1); // error violations: the exit status of the analysis
        var lines = Files.readAllLines(cef);
        assertThat(lines).extracting(l -> l.split("\\|")[4]).containsExactlyElementsOf(RULES);
        // the office PC's write to plc-102 over the DMZ bypass: info by rule, error (8) in context
        assertThat(lines.get(3))
                .contains("|OT-WRITE|parameter or value written|8|src=10.1.5.77 dst=10.20.1.12")
                .contains(" dpt=502 shost=office-ws-7 dhost=plc-102 app=modbus act=write_single_register cnt=2 ")
                .contains("cs1Label=srcZone cs1=enterprise cs2Label=dstZone cs2=bpcs")
                .contains("cs5Label=context cs5=dmz-bypass");
        assertThat(lines.get(0))
                .contains("|DMZ-BYPASS|traffic bypassing the DMZ|8|")
                .contains(" cnt=2 ");
        assertThat(lines.get(5)).contains("|UNDECLARED-CONDUIT|").contains("shost=erp-1 dhost=jump-1");
        // scada-1's allowed writes stay informational (3)
        assertThat(lines.get(7))
                .contains("|OT-WRITE|parameter or value written|3|")
                .contains("shost=scada-1");

        var json = zonewarden("analyze", pcap.toString(), "--model", MODEL, "--format", "json")
                .json();
        assertThat(json.path("alerts")).hasSize(3); // the OT operations per flow, as before
        assertThat(json.path("violations")).hasSize(6); // per flow: the two DMZ-BYPASS flows apart
        assertThat(json.path("siemAlerts")).hasSize(8);
        assertThat(json.path("siemAlerts").path(3).path("severity").asString()).isEqualTo("error");
        assertThat(json.path("siemAlerts").path(3).path("ruleSeverity").asString())
                .isEqualTo("info");
        assertThat(json.path("siemAlerts").path(3).path("src").path("zone").asString())
                .isEqualTo("enterprise");
    }

    @Test
    void udpSyslogGetsOneRfc5424MessagePerAlert(@TempDir Path dir) throws Exception {
        try (var listener = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(5000);
            var run = zonewarden(
                    "analyze",
                    pcap.toString(),
                    "--model",
                    MODEL,
                    "--syslog",
                    "udp://127.0.0.1:" + listener.getLocalPort());
            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(run.err()).contains("sent 8 alerts to syslog udp://127.0.0.1:");
            var messages = new ArrayList<String>();
            for (int i = 0; i < 8; i++) {
                var packet = new DatagramPacket(new byte[4096], 4096);
                listener.receive(packet);
                messages.add(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
            }
            // local4: 160 + 3 (error), + 4 (warning), + 6 (informational); MSGID the rule, MSG the CEF line
            assertThat(messages.get(3))
                    .startsWith("<163>1 2026-03-02T")
                    .contains(" zonewarden - OT-WRITE - CEF:0|ZoneWarden|ZoneWarden|");
            assertThat(messages.get(6)).startsWith("<164>1 ").contains(" UNKNOWN-ASSET - CEF:0|");
            assertThat(messages.get(7)).startsWith("<166>1 ");
        }
    }

    @Test
    void anUnreachableCollectorLeavesTheAlertsWaitingBesideTheAlertsFile(@TempDir Path dir) throws Exception {
        int closed;
        try (var probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        var cef = dir.resolve("alerts.cef");
        var run = zonewarden(
                "analyze",
                pcap.toString(),
                "--model",
                MODEL,
                "--alerts",
                cef.toString(),
                "--syslog",
                "tcp://127.0.0.1:" + closed);
        assertThat(run.exitCode()).isEqualTo(1); // unchanged: the analysis found errors, the delivery waits
        var spool = dir.resolve("alerts.cef.syslog-spool");
        assertThat(run.err())
                .contains("zonewarden: syslog tcp://127.0.0.1:" + closed + " unreachable (")
                .contains("8 alerts waiting in " + spool);
        assertThat(Files.readAllLines(spool))
                .hasSize(8)
                .allSatisfy(l -> assertThat(l).startsWith("<16"));

        // the next run, with the collector up, sends the eight waiting first, then its own eight
        try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var received = CompletableFuture.supplyAsync(() -> readAll(server));
            var again = zonewarden(
                    "analyze",
                    pcap.toString(),
                    "--model",
                    MODEL,
                    "--alerts",
                    cef.toString(),
                    "--syslog",
                    "tcp://127.0.0.1:" + server.getLocalPort());
            assertThat(again.err()).contains("sent 16 alerts to syslog tcp://127.0.0.1:");
            assertThat(frames(received.get(10, TimeUnit.SECONDS))).hasSize(16);
        }
        assertThat(spool).doesNotExist();
    }

    @Test
    void tlsSyslogTrustsTheCollectorThroughTheGivenCa(@TempDir Path dir) throws Exception {
        var keystore = dir.resolve("collector.p12");
        var cert = dir.resolve("collector.pem");
        var keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
        run(
                keytool,
                "-genkeypair",
                "-keystore",
                keystore.toString(),
                "-storetype",
                "PKCS12",
                "-storepass",
                "changeit",
                "-alias",
                "collector",
                "-keyalg",
                "EC",
                "-groupname",
                "secp256r1",
                "-dname",
                "CN=localhost",
                "-ext",
                "SAN=ip:127.0.0.1,dns:localhost",
                "-validity",
                "2");
        run(
                keytool,
                "-exportcert",
                "-rfc",
                "-keystore",
                keystore.toString(),
                "-storepass",
                "changeit",
                "-alias",
                "collector",
                "-file",
                cert.toString());
        var store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, "changeit".toCharArray());
        }
        var keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(store, "changeit".toCharArray());
        var context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), null, null);
        try (var server = context.getServerSocketFactory().createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var received = CompletableFuture.supplyAsync(() -> readAll(server));
            var run = zonewarden(
                    "analyze",
                    pcap.toString(),
                    "--model",
                    MODEL,
                    "--syslog",
                    "tls://127.0.0.1:" + server.getLocalPort(),
                    "--syslog-ca",
                    cert.toString(),
                    "--spool",
                    dir.toString());
            assertThat(run.err()).contains("sent 8 alerts to syslog tls://127.0.0.1:");
            var frames = frames(received.get(10, TimeUnit.SECONDS));
            assertThat(frames).hasSize(8);
            assertThat(frames.get(0)).startsWith("<163>1 ").contains(" DMZ-BYPASS - CEF:0|");
        }
        // without the CA the JDK's trust store does not know the self-signed collector: the alerts wait
        try (var server = context.getServerSocketFactory().createServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture.runAsync(() -> readAll(server));
            var run = zonewarden(
                    "analyze",
                    pcap.toString(),
                    "--model",
                    MODEL,
                    "--syslog",
                    "tls://127.0.0.1:" + server.getLocalPort(),
                    "--spool",
                    dir.toString());
            assertThat(run.err()).contains("8 alerts waiting in " + dir.resolve("zonewarden-syslog.spool"));
        }
    }

    /** Splits an RFC 6587 octet-counted stream into its messages. */
    static List<String> frames(byte[] stream) {
        var result = new ArrayList<String>();
        int i = 0;
        while (i < stream.length) {
            int space = i;
            while (stream[space] != ' ') space++;
            int length = Integer.parseInt(new String(stream, i, space - i, StandardCharsets.US_ASCII));
            result.add(new String(stream, space + 1, length, StandardCharsets.UTF_8));
            i = space + 1 + length;
        }
        return result;
    }

    private static byte[] readAll(ServerSocket server) {
        try (var socket = server.accept()) {
            socket.setSoTimeout(10_000);
            var bytes = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(bytes);
            return bytes.toByteArray();
        } catch (java.io.IOException e) {
            return new byte[0]; // a refused handshake ends here
        }
    }

    private static void run(String... command) throws Exception {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
