package io.zonewarden.capture.engine;

import static io.zonewarden.capture.TestFrames.CLIENT_IP;
import static io.zonewarden.capture.TestFrames.SERVER_IP;
import static io.zonewarden.capture.TestFrames.ethernet;
import static io.zonewarden.capture.TestFrames.ipv4;
import static io.zonewarden.capture.TestFrames.ipv4Fragment;
import static io.zonewarden.capture.TestFrames.tcp;
import static io.zonewarden.capture.TestFrames.tcpFrame;
import static io.zonewarden.capture.TestFrames.udp;
import static io.zonewarden.capture.TestFrames.udpFrame;
import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.capture.dissect.Dissect;
import io.zonewarden.capture.dissect.Frames;
import io.zonewarden.capture.flow.AppProtocol;
import io.zonewarden.capture.link.Packet;
import io.zonewarden.capture.wire.Violation;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Frames through decoding, flows and TCP reassembly: which frames count for which protocol. */
class EngineTest {
    private static final int SYN = Packet.SYN, ACK = Packet.ACK, PSH = Packet.PSH;
    private final Engine engine = new Engine();

    /** Feeds one frame; returns the protocols counted for it. */
    private long frame(int linkType, byte[] bytes) {
        // place the frame at a non-zero offset in a larger buffer: absolute reads must honour the offset
        var buf = new byte[bytes.length + 7];
        System.arraycopy(new byte[] {1, 2, 3, 4}, 0, buf, 7 - 4, 4);
        System.arraycopy(bytes, 0, buf, 7, bytes.length);
        engine.packet(linkType, 1_000_000_000L, buf, 7, bytes.length, bytes.length);
        return engine.lastFrameProtocols();
    }

    private long ethernetFrame(byte[] bytes) {
        return frame(1, bytes);
    }

    private void handshake(int port) {
        ethernetFrame(tcpFrame(true, 40000, port, 100, 0, SYN, new byte[0]));
        ethernetFrame(tcpFrame(false, 40000, port, 500, 101, SYN | ACK, new byte[0]));
    }

    private static boolean has(long bits, AppProtocol protocol) {
        return (bits & protocol.bit()) != 0;
    }

    @Test
    void givenModbusAduSplitOverTwoSegments_whenReassembled_thenCountedOnceInTheCompletingFrame() {
        handshake(502);
        byte[] adu = Dissect.hex(Frames.MODBUS_DIAGNOSTICS_QUERY);
        // the first segment holds the MBAP header and function code: Wireshark accepts it and waits for the rest
        long first = ethernetFrame(tcpFrame(true, 40000, 502, 101, 501, ACK | PSH, Arrays.copyOf(adu, 9)));
        long second =
                ethernetFrame(tcpFrame(true, 40000, 502, 110, 501, ACK | PSH, Arrays.copyOfRange(adu, 9, adu.length)));
        assertThat(has(first, AppProtocol.MODBUS)).isFalse();
        assertThat(has(second, AppProtocol.MODBUS)).isTrue();
        assertThat(engine.protocolFrames(AppProtocol.MODBUS)).isEqualTo(1);
        var flow = engine.flows().flows().getFirst();
        assertThat(flow.functionCount()).isEqualTo(1);
        assertThat(flow.functionCode(0)).isEqualTo(8);
    }

    @Test
    void givenSegmentTooShortForAnMbapHeader_whenItStartsAnAdu_thenWiresharkRejectsItAndSoDoWe() {
        handshake(502);
        byte[] adu = Dissect.hex(Frames.MODBUS_DIAGNOSTICS_QUERY);
        ethernetFrame(tcpFrame(true, 40000, 502, 101, 501, ACK | PSH, Arrays.copyOf(adu, 5)));
        long rest =
                ethernetFrame(tcpFrame(true, 40000, 502, 106, 501, ACK | PSH, Arrays.copyOfRange(adu, 5, adu.length)));
        assertThat(has(rest, AppProtocol.MODBUS)).isFalse();
    }

    @Test
    void givenManyFlowsHoldingIncompletePdus_whenTheSharedBudgetIsSpent_thenFurtherPdusAreDroppedNotBuffered() {
        // 2 KiB for all reassembly buffers: four flows get their first 512-byte buffer, the rest are refused
        var small = new Engine(2048);
        byte[] adu = Dissect.hex(Frames.MODBUS_DIAGNOSTICS_QUERY);
        for (int flow = 0; flow < 10; flow++) {
            byte[] frame = tcpFrame(true, 42000 + flow, 502, 1, 1, ACK | PSH, Arrays.copyOf(adu, 9));
            small.packet(1, 0, frame, 0, frame.length, frame.length);
        }
        assertThat(small.violations(Violation.TCP_BUFFER_OVERFLOW)).isEqualTo(6);
    }

    @Test
    void givenTwoAdusInOneSegment_whenDissected_thenOneFrameTwoFunctions() {
        handshake(502);
        byte[] adu = Dissect.hex(Frames.MODBUS_DIAGNOSTICS_QUERY);
        byte[] two = new byte[adu.length * 2];
        System.arraycopy(adu, 0, two, 0, adu.length);
        System.arraycopy(adu, 0, two, adu.length, adu.length);
        ethernetFrame(tcpFrame(true, 40000, 502, 101, 501, ACK | PSH, two));
        assertThat(engine.protocolFrames(AppProtocol.MODBUS)).isEqualTo(1);
        assertThat(engine.flows().flows().getFirst().functionTimes(0)).isEqualTo(2);
    }

    @Test
    void givenRetransmittedSegment_whenSeenAgain_thenNotDissectedTwice() {
        handshake(502);
        byte[] adu = Dissect.hex(Frames.MODBUS_DIAGNOSTICS_QUERY);
        ethernetFrame(tcpFrame(true, 40000, 502, 101, 501, ACK | PSH, adu));
        long again = ethernetFrame(tcpFrame(true, 40000, 502, 101, 501, ACK | PSH, adu));
        assertThat(has(again, AppProtocol.MODBUS)).isFalse();
        assertThat(has(again, AppProtocol.TCP)).isTrue();
        assertThat(engine.protocolFrames(AppProtocol.MODBUS)).isEqualTo(1);
    }

    @Test
    void givenCaptureStartingMidPdu_whenSegmentsArrive_thenDissectionStartsAtTheNextSegmentThatIsAnAdu() {
        byte[] adu = Dissect.hex(Frames.MODBUS_DIAGNOSTICS_QUERY);
        long tail = ethernetFrame(tcpFrame(true, 40000, 502, 7000, 9000, ACK | PSH, Arrays.copyOfRange(adu, 3, 12)));
        long next = ethernetFrame(tcpFrame(true, 40000, 502, 7009, 9000, ACK | PSH, adu));
        assertThat(has(tail, AppProtocol.MODBUS)).isFalse();
        assertThat(has(next, AppProtocol.MODBUS)).isTrue();
    }

    @Test
    void givenGapInsideAPendingPdu_whenTheSegmentAfterItArrives_thenThePduIsDroppedAndTheGapCounted() {
        handshake(502);
        byte[] adu = Dissect.hex(Frames.MODBUS_DIAGNOSTICS_QUERY);
        ethernetFrame(tcpFrame(true, 40000, 502, 101, 501, ACK | PSH, Arrays.copyOf(adu, 4)));
        long after = ethernetFrame(tcpFrame(true, 40000, 502, 109, 501, ACK | PSH, Arrays.copyOfRange(adu, 8, 12)));
        assertThat(has(after, AppProtocol.MODBUS)).isFalse();
        assertThat(engine.gaps()).isEqualTo(1);
        assertThat(engine.malformedFrames()).isZero();
        long fresh = ethernetFrame(tcpFrame(true, 40000, 502, 113, 501, ACK | PSH, adu));
        assertThat(has(fresh, AppProtocol.MODBUS)).isTrue();
    }

    @Test
    void givenIpv4FragmentsOutOfOrder_whenTheLastArrives_thenTheDatagramIsDissectedInThatFrame() {
        byte[] datagram = udp(47809, 47808, Dissect.hex(Frames.BACNET_READ_PROPERTY));
        byte[] head = Arrays.copyOf(datagram, 16);
        byte[] rest = Arrays.copyOfRange(datagram, 16, datagram.length);
        long second =
                ethernetFrame(ethernet(2, 1, 0x0800, ipv4Fragment(CLIENT_IP, SERVER_IP, 77, 17, 16, false, rest)));
        long first = ethernetFrame(ethernet(2, 1, 0x0800, ipv4Fragment(CLIENT_IP, SERVER_IP, 77, 17, 0, true, head)));
        assertThat(has(second, AppProtocol.BACNET)).isFalse();
        assertThat(has(first, AppProtocol.BACNET)).isTrue();
        assertThat(engine.ipFragments()).isEqualTo(2);
    }

    @Test
    void givenVlanAndQinqTags_whenDecoded_thenTheInnerTcpIsFound() {
        byte[] ip =
                ipv4(CLIENT_IP, SERVER_IP, 6, tcp(40000, 502, 1, 1, ACK | PSH, Dissect.hex(Frames.MODBUS_EXCEPTION)));
        long qinq = ethernetFrame(ethernet(2, 1, 0x0800, ip, 0x88A8_0064, 0x8100_0005));
        assertThat(has(qinq, AppProtocol.MODBUS)).isTrue();
    }

    @Test
    void givenCookedRawNullAndIpv6Encapsulations_whenDecoded_thenTransportIsFound() {
        byte[] modbus = Dissect.hex(Frames.MODBUS_EXCEPTION);
        var sll = ByteBuffer.allocate(16 + 49)
                .putShort((short) 0)
                .putShort((short) 1)
                .putShort((short) 6);
        sll.put(new byte[8]).putShort((short) 0x0800).put(ip(40001, modbus));
        assertThat(has(frame(113, sll.array()), AppProtocol.MODBUS)).isTrue();
        var sll2 = ByteBuffer.allocate(20 + 49)
                .putShort((short) 0x0800)
                .putShort((short) 0)
                .putInt(2);
        sll2.putShort((short) 1).put((byte) 0).put((byte) 6).put(new byte[8]).put(ip(40002, modbus));
        assertThat(has(frame(276, sll2.array()), AppProtocol.MODBUS)).isTrue();
        assertThat(has(frame(101, ip(40003, modbus)), AppProtocol.MODBUS)).isTrue();
        assertThat(has(frame(228, ip(40004, modbus)), AppProtocol.MODBUS)).isTrue();
        var nullLink =
                ByteBuffer.allocate(4 + 49).putInt(Integer.reverseBytes(2)).put(ip(40005, modbus));
        assertThat(has(frame(0, nullLink.array()), AppProtocol.MODBUS)).isTrue();
        byte[] ip6 = TestFramesV6.modbusOverIpv6WithExtensions(modbus);
        long v6 = frame(229, ip6);
        assertThat(has(v6, AppProtocol.MODBUS)).isTrue();
        assertThat(has(v6, AppProtocol.IPV6)).isTrue();
    }

    @Test
    void givenCommonItProtocols_whenSeen_thenEachFrameCountsForItsProtocol() {
        byte[] some = Dissect.hex("0102030405060708");
        assertThat(has(ethernetFrame(udpFrame(true, 40000, 53, some)), AppProtocol.DNS))
                .isTrue();
        byte[] discover = Dissect.hex(Frames.DHCP_DISCOVER);
        assertThat(has(ethernetFrame(udpFrame(true, 68, 67, discover)), AppProtocol.DHCP))
                .isTrue();
        ethernetFrame(udpFrame(true, 68, 67, discover)); // a retry: recorded once, nothing new made
        assertThat(engine.inventory().assets())
                .anySatisfy(a -> assertThat(a.identity).containsEntry("dhcp.host_name", "rtu-7"));
        assertThat(has(ethernetFrame(udpFrame(true, 40001, 123, some)), AppProtocol.NTP))
                .isTrue();
        assertThat(has(ethernetFrame(udpFrame(true, 40002, 161, some)), AppProtocol.SNMP))
                .isTrue();
        assertThat(has(ethernetFrame(udpFrame(true, 40003, 514, some)), AppProtocol.SYSLOG))
                .isTrue();
        assertThat(has(
                        ethernetFrame(tcpFrame(true, 40004, 22, 1, 1, ACK | PSH, "SSH-2.0-x\r\n".getBytes(US_ASCII))),
                        AppProtocol.SSH))
                .isTrue();
        assertThat(has(
                        ethernetFrame(
                                tcpFrame(true, 40005, 80, 1, 1, ACK | PSH, "GET / HTTP/1.1\r\n".getBytes(US_ASCII))),
                        AppProtocol.HTTP))
                .isTrue();
        assertThat(has(
                        ethernetFrame(tcpFrame(true, 40006, 445, 1, 1, ACK | PSH, Dissect.hex("00000010fe534d4240"))),
                        AppProtocol.SMB))
                .isTrue();
        assertThat(has(
                        ethernetFrame(
                                tcpFrame(true, 40007, 3389, 1, 1, ACK | PSH, Dissect.hex("0300000b06e00000000000"))),
                        AppProtocol.RDP))
                .isTrue();
        long tls = ethernetFrame(tcpFrame(true, 40008, 443, 1, 1, ACK | PSH, Dissect.hex(Frames.TLS_CLIENT_HELLO)));
        assertThat(has(tls, AppProtocol.TLS)).isTrue();
        byte[] arp = Dissect.hex("0001080006040001" + "080006112233" + "c0a80a78" + "000000000000" + "c0a80a69");
        assertThat(has(ethernetFrame(ethernet(-1L & 0xFFFFFFFFFFFFL, 0x080006112233L, 0x0806, arp)), AppProtocol.ARP))
                .isTrue();
        long lldp = ethernetFrame(
                ethernet(0x0180C200000EL, 0x080006112233L, 0x88CC, Dissect.hex(Frames.LLDP_ANNOUNCEMENT)));
        assertThat(has(lldp, AppProtocol.LLDP)).isTrue();
        byte[] cdp = Dissect.hex("aaaa0300000c2000" + "02b40000" + "00010008" + "73772d31");
        long cdpFrame = ethernetFrame(ethernet(0x01000CCCCCCCL, 0x080006112234L, cdp.length, cdp));
        assertThat(has(cdpFrame, AppProtocol.CDP)).isTrue();
        assertThat(engine.inventory().assets())
                .anySatisfy(a -> assertThat(a.identity).containsEntry("lldp.system_name", "sw-cell-2"))
                .anySatisfy(a -> assertThat(a.identity).containsEntry("cdp.system_name", "sw-1"));
        assertThat(engine.malformedFrames()).isZero();
    }

    @Test
    void givenUnknownLinkType_whenDecoded_thenCountedAndNotFatal() {
        frame(147, new byte[] {1, 2, 3});
        assertThat(engine.packets()).isEqualTo(1);
        assertThat(engine.violations(Violation.UNKNOWN_LINK_TYPE)).isEqualTo(1);
        assertThat(engine.malformedFrames()).isEqualTo(1);
        assertThat(engine.linkType(0)).isEqualTo(147);
    }

    @Test
    void givenOpcUaOnAnUnregisteredPort_whenTheFirstSegmentHasAnOpcUaHeader_thenDetected() {
        handshake(12001);
        long hello = ethernetFrame(tcpFrame(true, 40000, 12001, 101, 501, ACK | PSH, Dissect.hex(Frames.OPCUA_HELLO)));
        assertThat(has(hello, AppProtocol.OPCUA)).isTrue();
    }

    private static byte[] ip(int clientPort, byte[] payload) {
        return ipv4(CLIENT_IP, SERVER_IP, 6, tcp(clientPort, 502, 1, 1, ACK | PSH, payload));
    }

    /** IPv6 frames for the encapsulation test. */
    static final class TestFramesV6 {
        static byte[] modbusOverIpv6WithExtensions(byte[] modbus) {
            return io.zonewarden.capture.TestFrames.ipv6WithExtensions(
                    1, 2, 6, tcp(40006, 502, 1, 1, ACK | PSH, modbus));
        }
    }

    @Test
    void givenMoreMixesOfProtocolsThanTheTableHolds_whenCounted_thenEveryProtocolStillCountsEachOfItsFrames() {
        // 2^9 distinct mixes over nine protocols, each frame twice: the mix table (256 slots) fills up and the rest
        // are counted per protocol; either way a protocol counts each frame it was part of
        var protocols = java.util.List.of(
                AppProtocol.MODBUS,
                AppProtocol.S7COMM,
                AppProtocol.DNP3,
                AppProtocol.ENIP,
                AppProtocol.CIP,
                AppProtocol.TCP,
                AppProtocol.UDP,
                AppProtocol.IPV4,
                AppProtocol.IPV6);
        var expected = new long[protocols.size()];
        for (int mix = 0; mix < 1 << protocols.size(); mix++) {
            long bits = 0;
            for (int i = 0; i < protocols.size(); i++) {
                if ((mix & 1 << i) != 0) {
                    bits |= protocols.get(i).bit();
                    expected[i] += 2;
                }
            }
            engine.countMix(bits);
            engine.countMix(bits);
        }
        for (int i = 0; i < protocols.size(); i++) {
            assertThat(engine.protocolFrames(protocols.get(i)))
                    .as("%s", protocols.get(i))
                    .isEqualTo(expected[i]);
        }
        assertThat(engine.protocolFrames(AppProtocol.MQTT)).isZero();
    }
}
