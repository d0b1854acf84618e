package io.zonewarden.capture.dissect;

import io.zonewarden.capture.dissect.bacnet.BvlcDissector;
import io.zonewarden.capture.dissect.cotp.TpktCotpDissector;
import io.zonewarden.capture.dissect.dnp3.Dnp3Dissector;
import io.zonewarden.capture.dissect.dnp3.Dnp3Transport;
import io.zonewarden.capture.dissect.enip.EnipDissector;
import io.zonewarden.capture.dissect.iec104.Iec104Dissector;
import io.zonewarden.capture.dissect.mms.MmsDissector;
import io.zonewarden.capture.dissect.modbus.ModbusTcpDissector;
import io.zonewarden.capture.dissect.mqtt.MqttDissector;
import io.zonewarden.capture.dissect.opcua.OpcUaDissector;
import io.zonewarden.capture.dissect.profinet.DcpDissector;
import io.zonewarden.capture.dissect.s7comm.S7commDissector;
import io.zonewarden.capture.dissect.tls.TlsDissector;
import java.util.HexFormat;

/**
 * Runs one protocol's dissector over bytes held in a buffer of exactly their size, so any read outside {@code [0,
 * length)} throws. Stream protocols are cut into PDUs by their framing first, the way the engine does.
 */
public final class Dissect {
    public static final String[] PROTOCOLS = {
        "modbus",
        "s7comm",
        "dnp3",
        "enip",
        "enip_io",
        "iec104",
        "opcua",
        "bacnet",
        "profinet_dcp",
        "mqtt",
        "mms",
        "tls",
        "lldp"
    };

    private Dissect() {}

    public static byte[] hex(String text) {
        return HexFormat.of().parseHex(text.replaceAll("\\s", ""));
    }

    public static RecordingSink run(String protocol, byte[] bytes) {
        var buf = bytes.clone(); // exactly the frame: a read past its end fails
        var sink = new RecordingSink();
        int n = bytes.length;
        switch (protocol) {
            case "modbus" -> {
                var d = new ModbusTcpDissector();
                stream(d, buf, n, (b, at, len) -> d.dissect(b, at, len, sink));
            }
            case "s7comm", "mms" -> {
                var d = new TpktCotpDissector();
                var s7 = new S7commDissector();
                var mms = new MmsDissector();
                sink.onTsdu = tsdu -> {
                    int len = tsdu.length;
                    var exact = tsdu;
                    if (S7commDissector.isS7comm(exact, 0, len)) {
                        s7.dissect(exact, 0, len, sink);
                    } else if (S7commDissector.isS7commPlus(exact, 0, len)) {
                        s7.dissectPlus(exact, 0, len, sink);
                    } else {
                        mms.dissect(exact, 0, len, true, sink);
                    }
                };
                stream(d, buf, n, (b, at, len) -> d.dissect(b, at, len, sink));
            }
            case "dnp3" -> {
                var d = new Dnp3Dissector();
                var transport = new Dnp3Transport();
                stream(d, buf, n, (b, at, len) -> d.dissect(b, at, len, sink, transport));
            }
            case "enip" -> {
                var d = new EnipDissector();
                stream(d, buf, n, (b, at, len) -> d.dissect(b, at, len, sink));
            }
            case "enip_io" -> new EnipDissector().dissectIo(buf, 0, n, sink);
            case "iec104" -> {
                var d = new Iec104Dissector();
                stream(d, buf, n, (b, at, len) -> d.dissect(b, at, len, sink));
            }
            case "opcua" -> {
                var d = new OpcUaDissector();
                stream(d, buf, n, (b, at, len) -> d.dissect(b, at, len, true, sink));
            }
            case "bacnet" -> new BvlcDissector().dissect(buf, 0, n, sink);
            case "profinet_dcp" -> new DcpDissector().dissect(buf, 0, n, sink);
            case "mqtt" -> {
                var d = new MqttDissector();
                stream(d, buf, n, (b, at, len) -> d.dissect(b, at, len, 5, sink));
            }
            case "tls" -> {
                var d = new TlsDissector();
                stream(d, buf, n, (b, at, len) -> d.dissect(b, at, len, sink));
            }
            case "dhcp" -> new io.zonewarden.capture.dissect.dhcp.DhcpDissector().dissect(buf, 0, n, sink);
            case "lldp" -> new io.zonewarden.capture.dissect.lldp.DiscoveryDissector().lldp(buf, 0, n, sink);
            default -> throw new IllegalArgumentException("no dissector " + protocol);
        }
        return sink;
    }

    interface Pdu {
        void dissect(byte[] b, int at, int len);
    }

    private static void stream(StreamFraming framing, byte[] buf, int n, Pdu pdu) {
        if (!framing.accepts(buf, 0, n)) {
            return;
        }
        int pos = 0;
        while (pos < n) {
            int len = framing.pduLength(buf, pos, n - pos);
            if (len <= 0 || len > n - pos) {
                return;
            }
            pdu.dissect(buf, pos, len);
            pos += len;
        }
    }
}
