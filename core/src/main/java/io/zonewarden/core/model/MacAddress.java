package io.zonewarden.core.model;

import java.util.HexFormat;

/** A 48-bit IEEE 802 MAC address, written {@code 00:1b:1b:aa:bb:cc}; {@code -} as separator is read too. */
public record MacAddress(long value) {

    public MacAddress {
        if ((value >>> 48) != 0) throw new IllegalArgumentException("a MAC address has 48 bits");
    }

    /**
     * @throws IllegalArgumentException naming what was expected
     */
    public static MacAddress parse(String text) {
        var s = text.strip();
        if (s.length() != 17) throw bad(text);
        long value = 0;
        for (int i = 0; i < 6; i++) {
            int p = i * 3;
            if (i > 0 && s.charAt(p - 1) != ':' && s.charAt(p - 1) != '-') throw bad(text);
            int hi = IpAddress.hexDigit(s.charAt(p));
            int lo = IpAddress.hexDigit(s.charAt(p + 1));
            if (hi < 0 || lo < 0) throw bad(text);
            value = (value << 8) | (hi << 4) | lo;
        }
        return new MacAddress(value);
    }

    private static IllegalArgumentException bad(String text) {
        return new IllegalArgumentException("expected a MAC address such as 00:1b:1b:aa:bb:cc, got '" + text + "'");
    }

    /** The 24-bit organisationally unique identifier (IEEE 802-2014 section 8.2). */
    public int oui() {
        return (int) (value >>> 24);
    }

    @Override
    public String toString() {
        var hex = HexFormat.of().toHexDigits(value, 12);
        var sb = new StringBuilder(17);
        for (int i = 0; i < 12; i += 2) {
            if (i > 0) sb.append(':');
            sb.append(hex, i, i + 2);
        }
        return sb.toString();
    }
}
