package io.zonewarden.capture.link;

/**
 * Reassembles IPv4 fragments (RFC 791 section 3.2) with bounded memory: at most {@link #SLOTS} datagrams in
 * progress, each at most 64 KiB; the least recently touched one is dropped to make room. Overlapping fragments keep
 * the first copy of each byte. Coverage is tracked per 8-byte unit, the fragment offset's granularity.
 */
final class Ipv4Defragmenter {
    static final int SLOTS = 16;
    private static final int MAX_DATAGRAM = 65_535;

    private final Slot[] slots = new Slot[SLOTS];
    private long clock;

    /** Returned by {@link #add} when a fragment reaches beyond the largest IPv4 datagram. */
    static final int OVERFLOW = -2;

    Ipv4Defragmenter() {
        for (int i = 0; i < SLOTS; i++) {
            slots[i] = new Slot();
        }
    }

    /**
     * Adds one fragment. Returns the slot index whose datagram is now complete (its bytes in {@link #buffer}), -1 while
     * incomplete, or {@link #OVERFLOW}.
     */
    int add(int src, int dst, int id, int protocol, int fragOffset, boolean more, byte[] buf, int at, int len) {
        clock++;
        Slot slot = null;
        Slot oldest = slots[0];
        int index = -1;
        for (int i = 0; i < SLOTS; i++) {
            var s = slots[i];
            if (s.used && s.src == src && s.dst == dst && s.id == id && s.protocol == protocol) {
                slot = s;
                index = i;
                break;
            }
            if (!s.used || s.touched < oldest.touched || (oldest.used && !s.used)) {
                oldest = s;
            }
        }
        if (slot == null) {
            slot = oldest;
            for (int i = 0; i < SLOTS; i++) {
                if (slots[i] == slot) {
                    index = i;
                }
            }
            slot.start(src, dst, id, protocol);
        }
        slot.touched = clock;
        int end = fragOffset + len;
        if (end > MAX_DATAGRAM) {
            slot.used = false;
            return OVERFLOW;
        }
        for (int i = 0; i < len; i++) {
            slot.data[fragOffset + i] = buf[at + i];
        }
        for (int unit = fragOffset >>> 3; unit < (end + 7) >>> 3; unit++) {
            slot.units[unit >>> 6] |= 1L << unit;
        }
        if (!more) {
            slot.total = end;
        }
        if (slot.total < 0) {
            return -1;
        }
        int units = (slot.total + 7) >>> 3;
        for (int unit = 0; unit < units; unit++) {
            if ((slot.units[unit >>> 6] & (1L << unit)) == 0) {
                return -1;
            }
        }
        slot.used = false;
        return index;
    }

    byte[] buffer(int slot) {
        return slots[slot].data;
    }

    int length(int slot) {
        return slots[slot].total;
    }

    private static final class Slot {
        boolean used;
        int src, dst, id, protocol;
        int total = -1;
        long touched;
        // allocated when the slot is first used, so a capture without fragments costs nothing
        byte[] data = new byte[0];
        final long[] units = new long[(MAX_DATAGRAM / 8 + 64) / 64];

        void start(int src, int dst, int id, int protocol) {
            if (data.length == 0) {
                data = new byte[MAX_DATAGRAM];
            }
            used = true;
            this.src = src;
            this.dst = dst;
            this.id = id;
            this.protocol = protocol;
            total = -1;
            java.util.Arrays.fill(units, 0);
        }
    }
}
