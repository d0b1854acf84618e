package io.zonewarden.capture.engine;

import static io.zonewarden.capture.TestFrames.ethernet;
import static io.zonewarden.capture.TestFrames.tcpFrame;
import static io.zonewarden.capture.TestFrames.udpFrame;
import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.capture.dissect.Dissect;
import io.zonewarden.capture.dissect.Frames;
import io.zonewarden.capture.flow.AppProtocol;
import io.zonewarden.capture.link.Packet;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hot path allocates nothing per packet: 100 000 frames of every dissector's protocol, on flows that already
 * exist, barely move this thread's allocation counter.
 */
class AllocationTest {
    private static final int FRAMES = 100_000;
    /** TCP sequence and acknowledgement numbers in our Ethernet/IPv4/TCP frames (14 + 20 + 4, + 8). */
    private static final int SEQ = 38, ACK = 42;

    /** A request/response exchange on one TCP connection whose sequence numbers advance each round. */
    private record Exchange(ByteBuffer request, int requestLength, ByteBuffer response, int responseLength) {}

    private final List<Exchange> exchanges = new ArrayList<>();
    private final List<ByteBuffer> datagrams = new ArrayList<>();
    private long round;

    private void exchange(int port, String request, String response) {
        byte[] q = Dissect.hex(request);
        byte[] r = Dissect.hex(response);
        int flags = Packet.ACK | Packet.PSH;
        exchanges.add(new Exchange(
                ByteBuffer.wrap(tcpFrame(true, 41000 + exchanges.size(), port, 0, 0, flags, q)),
                q.length,
                ByteBuffer.wrap(tcpFrame(false, 41000 + exchanges.size(), port, 0, 0, flags, r)),
                r.length));
    }

    private int replay(Engine engine, int frames) {
        int sent = 0;
        while (sent < frames) {
            // indexed loops: an iterator per round would be the test's own allocation, not the engine's
            for (int i = 0; i < exchanges.size(); i++) {
                var e = exchanges.get(i);
                long clientSeq = 1 + round * e.requestLength();
                long serverSeq = 1 + round * e.responseLength();
                e.request().putInt(SEQ, (int) clientSeq).putInt(ACK, (int) serverSeq);
                engine.packet(
                        1,
                        round,
                        e.request().array(),
                        0,
                        e.request().capacity(),
                        e.request().capacity());
                e.response().putInt(SEQ, (int) serverSeq).putInt(ACK, (int) (clientSeq + e.requestLength()));
                engine.packet(
                        1,
                        round,
                        e.response().array(),
                        0,
                        e.response().capacity(),
                        e.response().capacity());
                sent += 2;
            }
            for (int i = 0; i < datagrams.size(); i++) {
                var d = datagrams.get(i);
                engine.packet(1, round, d.array(), 0, d.capacity(), d.capacity());
                sent++;
            }
            round++;
        }
        return sent;
    }

    @Test
    void givenEstablishedFlowsOfEveryProtocol_whenHundredThousandFramesAreDissected_thenAllocationBarelyMoves() {
        exchange(502, Frames.MODBUS_DIAGNOSTICS_QUERY, Frames.MODBUS_EXCEPTION);
        exchange(102, Frames.S7_SETUP_JOB, Frames.S7_SETUP_ACK_DATA);
        exchange(102, Frames.S7_PLUS_CREATE_OBJECT, Frames.S7_SETUP_ACK_DATA);
        exchange(102, Frames.MMS_BARE_INITIATE, Frames.MMS_BARE_INITIATE);
        exchange(20000, Frames.DNP3_READ, Frames.DNP3_RESPONSE);
        exchange(44818, Frames.ENIP_CIP_STOP, Frames.ENIP_LIST_IDENTITY_REQUEST);
        // a device answering every scan with the same identity: recorded once, its repeats allocate nothing
        exchange(44818, Frames.ENIP_LIST_IDENTITY_REQUEST, Frames.ENIP_LIST_IDENTITY_REPLY);
        exchange(2404, Frames.IEC104_I_COMMAND, Frames.IEC104_I_MEASURED);
        exchange(4840, Frames.OPCUA_HELLO, Frames.OPCUA_HELLO);
        // security policy and mode name the server: finding its asset allocates nothing
        exchange(4840, Frames.OPCUA_OPEN_REQUEST, Frames.OPCUA_HELLO);
        exchange(1883, Frames.MQTT_PUBLISH, Frames.MQTT_PUBLISH);
        datagrams.add(ByteBuffer.wrap(udpFrame(true, 47809, 47808, Dissect.hex(Frames.BACNET_READ_PROPERTY))));
        datagrams.add(ByteBuffer.wrap(udpFrame(false, 47809, 47808, Dissect.hex(Frames.BACNET_COMPLEX_ACK))));
        datagrams.add(ByteBuffer.wrap(
                ethernet(0x010ECF000000L, 0x080006000001L, 0x8892, Dissect.hex(Frames.DCP_IDENTIFY_REQUEST))));

        var engine = new Engine();
        // warm up: flows, reassembly buffers and function tables exist, and the optimising compiler has run (until
        // then, VarHandle reads in interpreted and C1 code box their values)
        replay(engine, 6 * FRAMES);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();
        int frames = replay(engine, FRAMES);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        for (var protocol : List.of(
                AppProtocol.MODBUS,
                AppProtocol.S7COMM,
                AppProtocol.S7COMM_PLUS,
                AppProtocol.MMS,
                AppProtocol.DNP3,
                AppProtocol.ENIP,
                AppProtocol.CIP,
                AppProtocol.IEC104,
                AppProtocol.OPCUA,
                AppProtocol.MQTT,
                AppProtocol.BACNET,
                AppProtocol.PROFINET_DCP)) {
            assertThat(engine.protocolFrames(protocol)).as(protocol.key()).isGreaterThan(1000);
        }
        assertThat(engine.malformedFrames()).isZero();
        // a single object per frame would be at least 16 bytes x 100 000 frames = 1.6 MB
        assertThat(allocated).as("bytes allocated for %d frames", frames).isLessThan(64 * 1024);
    }
}
