package io.zonewarden.monitor.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonewarden.core.zoning.Severity;
import io.zonewarden.monitor.policy.Endpoint;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** RFC 5424 messages carrying CEF, to real listeners on the loopback address, and the spool when none listens. */
class SyslogTest {

    static final OutboundAlert WRITE = new OutboundAlert(
            "OT-WRITE",
            "operation",
            Severity.ERROR,
            Severity.INFO,
            AttackTechnique.T0836,
            "parameter or value written",
            new Endpoint("10.1.5.77", "office-ws-7", "enterprise"),
            new Endpoint("10.20.1.12", "plc-102", "bpcs"),
            49152,
            502,
            "modbus",
            "write_single_register",
            2,
            Instant.parse("2026-03-02T06:00:00.123Z"),
            Instant.parse("2026-03-02T06:00:00.125Z"),
            List.of("dmz-bypass"),
            null,
            "a=b \\ c");

    @Test
    void theCefLineAndTheJsonLineCarryEveryField() {
        assertThat(AlertFormats.cef(WRITE, "1.0"))
                .isEqualTo("CEF:0|ZoneWarden|ZoneWarden|1.0|OT-WRITE|parameter or value written|8|src=10.1.5.77"
                        + " dst=10.20.1.12 spt=49152 dpt=502 shost=office-ws-7 dhost=plc-102 app=modbus"
                        + " act=write_single_register cnt=2 start=1772431200123 end=1772431200125 msg=a\\=b \\\\ c"
                        + " cs1Label=srcZone cs1=enterprise cs2Label=dstZone cs2=bpcs cs3Label=mitreAttackForIcs"
                        + " cs3=T0836 Modify Parameter cs5Label=context cs5=dmz-bypass cs6Label=alertSource"
                        + " cs6=operation");
        assertThat(AlertFormats.jsonLine(WRITE))
                .isEqualTo("{\"rule\":\"OT-WRITE\",\"source\":\"operation\",\"severity\":\"error\","
                        + "\"ruleSeverity\":\"info\",\"src\":{\"address\":\"10.1.5.77\",\"asset\":\"office-ws-7\","
                        + "\"zone\":\"enterprise\"},\"dst\":{\"address\":\"10.20.1.12\",\"asset\":\"plc-102\","
                        + "\"zone\":\"bpcs\"},\"spt\":49152,\"dpt\":502,\"protocol\":\"modbus\","
                        + "\"function\":\"write_single_register\",\"count\":2,\"first\":\"2026-03-02T06:00:00.123Z\","
                        + "\"last\":\"2026-03-02T06:00:00.125Z\",\"technique\":\"T0836\","
                        + "\"techniqueName\":\"Modify Parameter\",\"context\":[\"dmz-bypass\"],"
                        + "\"title\":\"parameter or value written\",\"message\":\"a=b \\\\ c\"}");
    }

    @Test
    void theMessageIsRfc5424WithPriFromSeverityAndTheRuleAsMsgid() {
        // local4 (20) * 8 + error (3) = 163; warning 164; informational 166
        assertThat(Syslog.message(WRITE, "CEF:0|x", Syslog.LOCAL4, "sensor 1"))
                .isEqualTo("<163>1 2026-03-02T06:00:00.125Z sensor1 zonewarden - OT-WRITE - CEF:0|x");
        assertThat(Syslog.code(Severity.WARNING) + 20 * 8).isEqualTo(164);
        assertThat(Syslog.code(Severity.INFO) + 20 * 8).isEqualTo(166);
    }

    @Test
    void udpSendsOneDatagramPerMessage(@TempDir Path dir) throws Exception {
        try (var listener = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            listener.setSoTimeout(5000);
            var target = Syslog.Target.parse("udp://127.0.0.1:" + listener.getLocalPort());
            var delivery = Syslog.deliver(target, null, List.of("<163>1 one", "<166>1 two"), dir.resolve("spool"));
            assertThat(delivery.sent()).isEqualTo(2);
            assertThat(delivery.spooled()).isZero();
            var received = new ArrayList<String>();
            for (int i = 0; i < 2; i++) {
                var packet = new DatagramPacket(new byte[2048], 2048);
                listener.receive(packet);
                received.add(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
            }
            assertThat(received).containsExactly("<163>1 one", "<166>1 two");
        }
    }

    @Test
    void tcpFramesByOctetCountingAndAnUnreachableCollectorSpoolsUntilTheNextRun(@TempDir Path dir) throws Exception {
        var spool = dir.resolve("alerts.cef.syslog-spool");
        // nothing listens on this port: bind one, note it, close it
        int closed;
        try (var probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = probe.getLocalPort();
        }
        var first = Syslog.deliver(
                Syslog.Target.parse("tcp://127.0.0.1:" + closed), null, List.of("<163>1 é1", "<164>1 b2"), spool);
        assertThat(first.sent()).isZero();
        assertThat(first.spooled()).isEqualTo(2);
        assertThat(first.error()).isNotNull();
        assertThat(Files.readAllLines(spool)).containsExactly("<163>1 é1", "<164>1 b2");

        try (var server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var received = CompletableFuture.supplyAsync(() -> readAll(server));
            var second = Syslog.deliver(
                    Syslog.Target.parse("tcp://127.0.0.1:" + server.getLocalPort()), null, List.of("<166>1 c3"), spool);
            assertThat(second.sent()).isEqualTo(3);
            assertThat(second.spooled()).isZero();
            // RFC 6587 3.4.1: MSG-LEN SP SYSLOG-MSG; "é" is two bytes in UTF-8, so the first is 10 octets
            assertThat(received.get(10, TimeUnit.SECONDS)).isEqualTo("10 <163>1 é19 <164>1 b29 <166>1 c3");
        }
        assertThat(spool).doesNotExist();
    }

    @Test
    void badUrlsAreRefusedWithWhatIsExpected() {
        assertThatThrownBy(() -> Syslog.Target.parse("http://siem:514"))
                .hasMessageContaining("expected udp://host:port, tcp://host:port or tls://host:port");
        assertThatThrownBy(() -> Syslog.Target.parse("tcp://siem")).hasMessageContaining("a host and a port");
        assertThat(Syslog.Target.parse("tls://siem.example:6514"))
                .isEqualTo(new Syslog.Target(Syslog.Transport.TLS, "siem.example", 6514));
    }

    private static String readAll(ServerSocket server) {
        try (var socket = server.accept();
                var in = new DataInputStream(socket.getInputStream())) {
            socket.setSoTimeout(5000);
            var bytes = new ByteArrayOutputStream();
            in.transferTo(bytes);
            return bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
