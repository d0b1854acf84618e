package io.zonewarden.capture.flow;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Flows by key, open addressing with linear probing on a power-of-two array; doubled at half load. A lookup matches
 * either orientation of the key, so both directions of a conversation find the same flow, and allocates nothing.
 */
public final class FlowTable {
    private @Nullable Flow[] slots = new Flow[1024];
    private int size;
    private final List<Flow> inOrder = new ArrayList<>();

    /** The flow found last: consecutive frames often belong to one conversation, and then no probe is needed. */
    private @Nullable Flow last;

    /** Direction of the last {@link #find}: true when the packet went from side A to side B. */
    private boolean forward;

    public boolean forward() {
        return forward;
    }

    static int hash(long sHi, long sLo, int sPort, long dHi, long dLo, int dPort, int ipProtocol, int etherType) {
        // symmetric in the two endpoints: the sum of their hashes does not depend on which one sent the packet
        long h = mix(sHi * 31 + sLo, sPort) + mix(dHi * 31 + dLo, dPort);
        h ^= ipProtocol * 0x9E3779B97F4A7C15L ^ etherType;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 32));
    }

    private static long mix(long address, int port) {
        long h = (address ^ port * 0x94D049BB133111EBL) * 0xBF58476D1CE4E5B9L;
        return h ^ (h >>> 31);
    }

    /** The flow of a packet, or null. Sets {@link #forward()}. */
    public @Nullable Flow find(
            long sHi, long sLo, int sPort, long dHi, long dLo, int dPort, int ipProtocol, int etherType) {
        var l = last;
        if (l != null && l.ipProtocol == ipProtocol && l.etherType == etherType) {
            if (l.aLo == sLo && l.bLo == dLo && l.aHi == sHi && l.bHi == dHi && l.aPort == sPort && l.bPort == dPort) {
                forward = true;
                return l;
            }
            if (l.aLo == dLo && l.bLo == sLo && l.aHi == dHi && l.bHi == sHi && l.aPort == dPort && l.bPort == sPort) {
                forward = false;
                return l;
            }
        }
        int h = hash(sHi, sLo, sPort, dHi, dLo, dPort, ipProtocol, etherType);
        int mask = slots.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            var f = slots[i];
            if (f == null) {
                return null;
            }
            if (f.hash != h || f.ipProtocol != ipProtocol || f.etherType != etherType) {
                continue;
            }
            if (f.aLo == sLo && f.bLo == dLo && f.aHi == sHi && f.bHi == dHi && f.aPort == sPort && f.bPort == dPort) {
                forward = true;
                last = f;
                return f;
            }
            if (f.aLo == dLo && f.bLo == sLo && f.aHi == dHi && f.bHi == sHi && f.aPort == dPort && f.bPort == sPort) {
                forward = false;
                last = f;
                return f;
            }
        }
    }

    /** Adds a flow whose side A is the first address given. */
    public Flow add(long aHi, long aLo, int aPort, long bHi, long bLo, int bPort, int ipProtocol, int etherType) {
        if (size * 2 >= slots.length) {
            grow();
        }
        int h = hash(aHi, aLo, aPort, bHi, bLo, bPort, ipProtocol, etherType);
        var flow = new Flow(aHi, aLo, bHi, bLo, aPort, bPort, ipProtocol, etherType, h);
        insert(flow);
        size++;
        inOrder.add(flow);
        return flow;
    }

    private void insert(Flow flow) {
        int mask = slots.length - 1;
        int i = flow.hash & mask;
        while (slots[i] != null) {
            i = (i + 1) & mask;
        }
        slots[i] = flow;
    }

    private void grow() {
        var old = slots;
        slots = new Flow[old.length * 2];
        for (var f : old) {
            if (f != null) {
                insert(f);
            }
        }
    }

    public int size() {
        return size;
    }

    /** Flows in the order they were first seen. */
    public List<Flow> flows() {
        return inOrder;
    }
}
