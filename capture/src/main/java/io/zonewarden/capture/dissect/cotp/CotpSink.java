package io.zonewarden.capture.dissect.cotp;

import io.zonewarden.capture.dissect.DissectorSink;

/** Receives COTP TPDUs. */
public interface CotpSink extends DissectorSink {
    /**
     * One TPDU.
     *
     * @param type the TPDU code (upper nibble of the type octet, X.224 13.1: 0xE CR, 0xD CC, 0x8 DR, 0xF DT, ...)
     * @param endOfTsdu for DT, the EOT bit: the user data ends here
     * @param userData where the user data starts in {@code buf}
     * @param userLength its length (0 when none)
     */
    void cotp(int type, boolean endOfTsdu, byte[] buf, int userData, int userLength);
}
