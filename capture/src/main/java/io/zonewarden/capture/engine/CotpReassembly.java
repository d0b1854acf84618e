package io.zonewarden.capture.engine;

import io.zonewarden.capture.flow.ByteBudget;

/** The user data of COTP DT TPDUs without EOT, kept until the TPDU that ends the TSDU (X.224 6.3). Bounded. */
final class CotpReassembly {
    static final int MAX_TSDU = 64 * 1024;

    int pending;
    private byte[] data = new byte[0];

    byte[] view() {
        return data;
    }

    boolean append(byte[] src, int offset, int length, ByteBudget budget) {
        int needed = pending + length;
        if (needed > MAX_TSDU) {
            pending = 0;
            return false;
        }
        if (needed > data.length) {
            int capacity = Math.min(MAX_TSDU, Math.max(needed, Math.max(256, data.length * 2)));
            if (!budget.take(capacity - data.length)) {
                pending = 0;
                return false;
            }
            data = java.util.Arrays.copyOf(data, capacity);
        }
        System.arraycopy(src, offset, data, pending, length);
        pending = needed;
        return true;
    }
}
