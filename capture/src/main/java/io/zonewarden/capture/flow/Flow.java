package io.zonewarden.capture.flow;

import io.zonewarden.capture.wire.Violation;
import org.jspecify.annotations.Nullable;

/**
 * One conversation. Side A is the initiator (client, master), side B the responder. For layer-2 flows the addresses
 * are MAC addresses in {@link #aLo}/{@link #bLo} and {@link #ipProtocol} is -1.
 */
public final class Flow {
    public final long aHi, aLo, bHi, bLo;
    public final int aPort, bPort, ipProtocol, etherType;
    final int hash;

    public long aMac = -1, bMac = -1;
    public long firstNanos, lastNanos;
    /** Frame numbers (1-based, counted over all files of the capture) of the flow's first and last frame. */
    public long firstFrame, lastFrame;

    public long packetsAtoB, bytesAtoB, packetsBtoA, bytesBtoA;
    public AppProtocol protocol = AppProtocol.UNKNOWN;
    /** Set once the application protocol has been decided (by port or payload signature). */
    public boolean classified;

    /**
     * TCP state of each direction, made with a TCP flow (beside it in memory, which its segments find faster than
     * halves made later) and never for the others: most flows of a plant are UDP.
     */
    private @Nullable TcpHalf aToB, bToA;

    /** Per-protocol state the engine keeps on this flow (reassembly, channel security), or null. */
    public @Nullable Object stateAtoB, stateBtoA;

    /** Per-flow flag for the engine, e.g. an OPC UA channel whose bodies are readable. */
    public int flags;

    /** Shared by flows without function codes yet; the first code gives the flow arrays of its own. */
    private static final int[] NO_CODES = new int[0];
    /** {@code AppProtocol.values()} copies the array at every call. */
    private static final AppProtocol[] PROTOCOLS = AppProtocol.values();

    private static final long[] NO_COUNTS = new long[0];

    private int[] codes = NO_CODES;
    private long[] codeCounts = NO_COUNTS;
    private int codeSize;
    private long @Nullable [] violations;

    Flow(long aHi, long aLo, long bHi, long bLo, int aPort, int bPort, int ipProtocol, int etherType, int hash) {
        this.aHi = aHi;
        this.aLo = aLo;
        this.bHi = bHi;
        this.bLo = bLo;
        this.aPort = aPort;
        this.bPort = bPort;
        this.ipProtocol = ipProtocol;
        this.etherType = etherType;
        this.hash = hash;
        if (ipProtocol == IP_TCP) {
            this.aToB = new TcpHalf();
            this.bToA = new TcpHalf();
        }
    }

    private static final int IP_TCP = 6;

    /** The TCP state of the direction from side A to side B. */
    public TcpHalf aToB() {
        var half = aToB;
        if (half == null) {
            half = new TcpHalf();
            aToB = half;
        }
        return half;
    }

    /** The TCP state of the direction from side B to side A. */
    public TcpHalf bToA() {
        var half = bToA;
        if (half == null) {
            half = new TcpHalf();
            bToA = half;
        }
        return half;
    }

    /** Counts one function code (protocol-specific meaning) of {@code protocol}. */
    public void function(AppProtocol protocol, int code) {
        int key = protocol.ordinal() << 24 | (code & 0xFFFFFF);
        for (int i = 0; i < codeSize; i++) {
            if (codes[i] == key) {
                codeCounts[i]++;
                return;
            }
        }
        if (codeSize == codes.length) {
            if (codeSize >= 1024) {
                return; // bounded: a hostile flow cannot grow the table without end
            }
            codes = java.util.Arrays.copyOf(codes, Math.max(8, codeSize * 2));
            codeCounts = java.util.Arrays.copyOf(codeCounts, codes.length);
        }
        codes[codeSize] = key;
        codeCounts[codeSize] = 1;
        codeSize++;
    }

    public int functionCount() {
        return codeSize;
    }

    public AppProtocol functionProtocol(int i) {
        return PROTOCOLS[codes[i] >>> 24];
    }

    public int functionCode(int i) {
        int code = codes[i] & 0xFFFFFF;
        return (code & 0x800000) != 0 ? code | 0xFF000000 : code;
    }

    public long functionTimes(int i) {
        return codeCounts[i];
    }

    public void violation(Violation violation) {
        var v = violations;
        if (v == null) {
            v = new long[Violation.values().length];
            violations = v;
        }
        v[violation.ordinal()]++;
    }

    public long violations(Violation violation) {
        var v = violations;
        return v == null ? 0 : v[violation.ordinal()];
    }

    public boolean hasViolations() {
        return violations != null;
    }
}
