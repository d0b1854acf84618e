package io.zonewarden.capture.dissect.mms;

import io.zonewarden.capture.wire.Wire;

/**
 * Finds the MMS PDU in the user data of a COTP DT TPDU. Session SPDUs (ISO 8327-1 section 8.3): CONNECT 0x0D and
 * ACCEPT 0x0E carry a presentation CP/CPA PPDU whose user data is an ACSE AARQ/AARE holding an MMS initiate PDU;
 * GIVE-TOKENS 0x01 followed by DATA-TRANSFER 0x01 carries a presentation fully-encoded-data PPDU (ISO 8823 [APPLICATION
 * 1], tag 0x61) with the MMS PDU inside its single-ASN1-type.
 */
public final class MmsDissector {
    private static final int SPDU_GIVE_TOKENS = 0x01, SPDU_CONNECT = 0x0D, SPDU_ACCEPT = 0x0E;
    private static final int FULLY_ENCODED_DATA = 0x61;
    private static final int MAX_DEPTH = 8;

    /** Result of {@link #dissect}: no MMS PDU. */
    public static final int NONE = 0;
    /** An MMS PDU was found and reported. */
    public static final int MMS = 1;
    /** An MMS initiate PDU in a session CONNECT/ACCEPT: the presentation context for MMS now exists. */
    public static final int CONNECT = 2;

    private static final int SESSION_USER_DATA = 0xC1;
    private static final int MAX_PARAMETERS = 32;

    /**
     * Finds the MMS PDU in a COTP TSDU. Like Wireshark, MMS inside presentation data transfer is decoded only when
     * the connection's presentation context was seen ({@code contextEstablished}): a capture that starts mid-session
     * cannot know which presentation context carries MMS.
     */
    public int dissect(byte[] buf, int offset, int length, boolean contextEstablished, MmsSink sink) {
        if (length < 2) {
            return NONE;
        }
        int end = offset + length;
        int spdu = Wire.u8(buf, offset);
        if (isBareMmsPdu(buf, offset, end)) {
            // MMS directly in COTP, without session and presentation (Wireshark's MMS heuristic on COTP)
            int tag = spdu & 0x1F;
            int service = -1;
            if (tag == 0 || tag == 1) {
                int inner = contentStart(buf, offset, end);
                int next = inner >= 0 && inner < end && Wire.u8(buf, inner) == 0x02 ? skip(buf, inner, end) : -1;
                service = next >= 0 && next < end ? Wire.u8(buf, next) & 0x1F : -1;
            }
            sink.mms(tag, service);
            return MMS;
        }
        if (length < 4) {
            return NONE;
        }
        if (spdu == SPDU_GIVE_TOKENS && Wire.u8(buf, offset + 1) == 0 && Wire.u8(buf, offset + 2) == 0x01) {
            int dtLength = Wire.u8(buf, offset + 3);
            int pres = offset + 4 + (dtLength == 0xFF ? 2 : dtLength);
            if (!contextEstablished || pres + 2 > end || Wire.u8(buf, pres) != FULLY_ENCODED_DATA) {
                return NONE;
            }
            return fullyEncoded(buf, pres, end, sink) ? MMS : NONE;
        }
        if (spdu == SPDU_CONNECT || spdu == SPDU_ACCEPT) {
            return connect(buf, offset, end, spdu == SPDU_CONNECT ? 0xA8 : 0xA9, sink);
        }
        return NONE;
    }

    /** True when these bytes are session GIVE-TOKENS + DATA TRANSFER carrying presentation fully-encoded data. */
    public static boolean isSessionData(byte[] buf, int offset, int length) {
        if (length < 6 || Wire.u8(buf, offset) != SPDU_GIVE_TOKENS || Wire.u8(buf, offset + 1) != 0) {
            return false;
        }
        int dtLength = Wire.u8(buf, offset + 3);
        int pres = offset + 4 + (dtLength == 0xFF ? 2 : dtLength);
        return Wire.u8(buf, offset + 2) == 0x01 && pres < offset + length && Wire.u8(buf, pres) == FULLY_ENCODED_DATA;
    }

    /**
     * A context-specific BER tag naming an MMSpdu choice (0..13) with a definite, non-zero length whose content is
     * present.
     */
    private static boolean isBareMmsPdu(byte[] buf, int at, int end) {
        int tag = Wire.u8(buf, at);
        if ((tag & 0xC0) != 0x80 || (tag & 0x1F) > 13) {
            return false;
        }
        if ((Wire.u8(buf, at + 1) & 0x7F) == 0) {
            return false;
        }
        return skip(buf, at, end) >= 0;
    }

    /**
     * CONNECT/ACCEPT SPDU (ISO 8327-1 8.3.1/8.3.2): parameters as PI, LI, value; the Session User Data parameter
     * (PI 193) holds the presentation CP/CPA PPDU, in which the ACSE AARQ/AARE carries the MMS initiate PDU. An empty
     * user data parameter is malformed for Wireshark, which then decodes no MMS.
     */
    private static int connect(byte[] buf, int offset, int end, int initiateTag, MmsSink sink) {
        int pos = offset + 1;
        int spduLength = Wire.u8(buf, pos);
        pos++;
        if (spduLength == 0xFF) {
            if (pos + 2 > end) {
                return NONE;
            }
            pos += 2;
        }
        for (int i = 0; i < MAX_PARAMETERS && pos + 2 <= end; i++) {
            int pi = Wire.u8(buf, pos);
            int li = Wire.u8(buf, pos + 1);
            int value = pos + 2;
            if (li == 0xFF) {
                if (value + 2 > end) {
                    return NONE;
                }
                li = Wire.u16be(buf, value);
                value += 2;
            }
            if (pi == SESSION_USER_DATA) {
                if (li == 0) {
                    return NONE;
                }
                int userEnd = Math.min(end, value + li);
                for (int j = value; j + 2 <= userEnd; j++) {
                    if (Wire.u8(buf, j) == initiateTag && plausibleLength(buf, j + 1, userEnd)) {
                        sink.mms(initiateTag & 0x1F, -1);
                        return CONNECT;
                    }
                }
                return NONE;
            }
            pos = value + li;
        }
        return NONE;
    }

    /** PDV-list: SEQUENCE { context id INTEGER, [0] single-ASN1-type MMSpdu }. */
    private static boolean fullyEncoded(byte[] buf, int pres, int end, MmsSink sink) {
        int pos = contentStart(buf, pres, end);
        if (pos < 0 || pos >= end || Wire.u8(buf, pos) != 0x30) {
            return false;
        }
        pos = contentStart(buf, pos, end);
        for (int depth = 0; pos >= 0 && pos + 2 <= end && depth < MAX_DEPTH; depth++) {
            int tag = Wire.u8(buf, pos);
            if (tag == 0xA0) {
                int mms = contentStart(buf, pos, end);
                if (mms < 0 || mms + 2 > end) {
                    return false;
                }
                int pduTag = Wire.u8(buf, mms);
                int service = -1;
                if (pduTag == 0xA0 || pduTag == 0xA1) {
                    // confirmed-Request/Response: invokeID INTEGER, then the service choice
                    int inner = contentStart(buf, mms, end);
                    if (inner >= 0 && inner + 2 <= end && Wire.u8(buf, inner) == 0x02) {
                        int next = skip(buf, inner, end);
                        if (next >= 0 && next < end) {
                            service = Wire.u8(buf, next) & 0x1F;
                        }
                    }
                }
                sink.mms(pduTag & 0x1F, service);
                return true;
            }
            pos = skip(buf, pos, end);
        }
        return false;
    }

    private static boolean plausibleLength(byte[] buf, int at, int end) {
        int first = Wire.u8(buf, at);
        return first < 0x80 ? at + 1 + first <= end : first >= 0x81 && first <= 0x82;
    }

    /** Index of the content of the BER TLV at {@code at}, or -1. */
    static int contentStart(byte[] buf, int at, int end) {
        if (at + 2 > end) {
            return -1;
        }
        int first = Wire.u8(buf, at + 1);
        if (first < 0x80) {
            return at + 2;
        }
        int n = first & 0x7F;
        if (n == 0 || n > 3 || at + 2 + n > end) {
            return n == 0 ? at + 2 : -1; // 0x80: indefinite length
        }
        return at + 2 + n;
    }

    /** Index after the BER TLV at {@code at}, or -1. */
    static int skip(byte[] buf, int at, int end) {
        int content = contentStart(buf, at, end);
        if (content < 0) {
            return -1;
        }
        int first = Wire.u8(buf, at + 1);
        long length;
        if (first < 0x80) {
            length = first;
        } else {
            int n = first & 0x7F;
            if (n == 0) {
                return -1;
            }
            length = 0;
            for (int i = 0; i < n; i++) {
                length = length << 8 | Wire.u8(buf, at + 2 + i);
            }
        }
        long next = content + length;
        return next > end ? -1 : (int) next;
    }
}
