package io.zonewarden.core.model;

import java.util.Optional;

/**
 * An IPv4 or IPv6 address as a 128-bit value. Parsed here rather than with {@code java.net.InetAddress}, which
 * would resolve a host name through DNS when handed one: a plant model must never cause network traffic.
 *
 * <p>IPv4 addresses keep their 32 bits in the low word; they are a family of their own and never equal an IPv6
 * address (not even {@code ::ffff:a.b.c.d}).
 */
public record IpAddress(long high, long low, boolean v6) implements Comparable<IpAddress> {

    public IpAddress {
        if (!v6 && (high != 0 || (low >>> 32) != 0)) {
            throw new IllegalArgumentException("an IPv4 address has 32 bits");
        }
    }

    public static IpAddress v4(int bits) {
        return new IpAddress(0, bits & 0xFFFF_FFFFL, false);
    }

    /** The number of bits in an address of this family: 32 or 128. */
    public int bits() {
        return v6 ? 128 : 32;
    }

    /**
     * Parses a dotted-quad IPv4 address or an IPv6 address in the text forms of RFC 4291 section 2.2.
     *
     * @throws IllegalArgumentException naming what was expected
     */
    public static IpAddress parse(String text) {
        return tryParse(text)
                .orElseThrow(() -> new IllegalArgumentException(
                        "expected an IPv4 address such as 10.20.1.11 or an IPv6 address such as fd00::11, got '" + text
                                + "'"));
    }

    public static Optional<IpAddress> tryParse(String text) {
        var s = text.strip();
        if (s.indexOf(':') >= 0) {
            return parseV6(s);
        }
        long v4 = parseV4(s);
        return v4 < 0 ? Optional.empty() : Optional.of(new IpAddress(0, v4, false));
    }

    /** The 32-bit value of a dotted quad, or -1 when {@code s} is not one. */
    private static long parseV4(String s) {
        long value = 0;
        int octets = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            int start = i;
            int octet = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                octet = octet * 10 + (s.charAt(i) - '0');
                i++;
                if (i - start > 3) return -1;
            }
            // no empty octets, no leading zeros (010 is octal to some tools and decimal to others)
            if (i == start || octet > 255 || (i - start > 1 && s.charAt(start) == '0')) return -1;
            value = (value << 8) | octet;
            octets++;
            if (i < n) {
                if (s.charAt(i) != '.' || octets == 4) return -1;
                i++;
                if (i == n) return -1;
            }
        }
        return octets == 4 ? value : -1;
    }

    private static Optional<IpAddress> parseV6(String s) {
        if (s.indexOf('%') >= 0) return Optional.empty(); // zone ids name an interface of one host: not an address
        int[] groups = new int[8];
        int count = 0;
        int gapAt = -1;
        int i = 0;
        int n = s.length();
        if (s.startsWith("::")) {
            gapAt = 0;
            i = 2;
        } else if (s.startsWith(":")) {
            return Optional.empty();
        }
        while (i < n) {
            if (count == 8) return Optional.empty();
            int start = i;
            int group = 0;
            while (i < n && hexDigit(s.charAt(i)) >= 0 && i - start < 4) {
                group = (group << 4) | hexDigit(s.charAt(i));
                i++;
            }
            if (i < n && s.charAt(i) == '.') { // embedded IPv4 in the last 32 bits (RFC 4291 2.2, form 3)
                long v4 = parseV4(s.substring(start));
                if (v4 < 0 || count > 6) return Optional.empty();
                groups[count++] = (int) (v4 >>> 16);
                groups[count++] = (int) (v4 & 0xFFFF);
                i = n;
                break;
            }
            if (i == start) return Optional.empty();
            groups[count++] = group;
            if (i == n) break;
            if (s.charAt(i) != ':') return Optional.empty();
            i++;
            if (i < n && s.charAt(i) == ':') {
                if (gapAt >= 0) return Optional.empty(); // "::" may appear once
                gapAt = count;
                i++;
            } else if (i == n) {
                return Optional.empty(); // a trailing single ':'
            }
        }
        if (gapAt < 0 && count != 8) return Optional.empty();
        if (gapAt >= 0 && count == 8) return Optional.empty(); // "::" must stand for at least one group
        int[] full = new int[8];
        if (gapAt < 0) {
            System.arraycopy(groups, 0, full, 0, 8);
        } else {
            System.arraycopy(groups, 0, full, 0, gapAt);
            System.arraycopy(groups, gapAt, full, 8 - (count - gapAt), count - gapAt);
        }
        long high = 0;
        long low = 0;
        for (int g = 0; g < 4; g++) high = (high << 16) | full[g];
        for (int g = 4; g < 8; g++) low = (low << 16) | full[g];
        return Optional.of(new IpAddress(high, low, true));
    }

    /**
     * The value of an ASCII hex digit, or -1. Not {@link Character#digit}, which also reads fullwidth and other
     * Unicode digits and letters.
     */
    static int hexDigit(char c) {
        if (c >= '0' && c <= '9') return c - '0';
        if (c >= 'a' && c <= 'f') return c - 'a' + 10;
        if (c >= 'A' && c <= 'F') return c - 'A' + 10;
        return -1;
    }

    /** This address with every bit after the first {@code prefixLength} cleared. */
    public IpAddress mask(int prefixLength) {
        if (prefixLength < 0 || prefixLength > bits()) {
            throw new IllegalArgumentException("prefix length must be 0.." + bits() + ", got " + prefixLength);
        }
        if (!v6) {
            long m = prefixLength == 0 ? 0 : (0xFFFF_FFFFL << (32 - prefixLength)) & 0xFFFF_FFFFL;
            return new IpAddress(0, low & m, false);
        }
        long mh = prefixLength >= 64 ? -1L : prefixLength == 0 ? 0 : -1L << (64 - prefixLength);
        long ml = prefixLength <= 64 ? 0 : prefixLength == 128 ? -1L : -1L << (128 - prefixLength);
        return new IpAddress(high & mh, low & ml, true);
    }

    /** This address with every bit after the first {@code prefixLength} set: the last of its network. */
    public IpAddress last(int prefixLength) {
        var first = mask(prefixLength);
        if (!v6) {
            long hostBits = prefixLength == 0 ? 0xFFFF_FFFFL : (1L << (32 - prefixLength)) - 1;
            return new IpAddress(0, first.low | hostBits, false);
        }
        long hh = prefixLength >= 64 ? 0 : prefixLength == 0 ? -1L : -1L >>> prefixLength;
        long hl = prefixLength <= 64 ? -1L : prefixLength == 128 ? 0 : -1L >>> (prefixLength - 64);
        return new IpAddress(first.high | hh, first.low | hl, true);
    }

    /** IPv4 before IPv6, then by numeric value. */
    @Override
    public int compareTo(IpAddress o) {
        if (v6 != o.v6) return v6 ? 1 : -1;
        int c = Long.compareUnsigned(high, o.high);
        return c != 0 ? c : Long.compareUnsigned(low, o.low);
    }

    /** Dotted quad, or the canonical IPv6 text of RFC 5952 (lower case, longest zero run as "::"). */
    @Override
    public String toString() {
        if (!v6) {
            return (low >>> 24) + "." + ((low >>> 16) & 0xFF) + "." + ((low >>> 8) & 0xFF) + "." + (low & 0xFF);
        }
        int[] g = new int[8];
        for (int i = 0; i < 4; i++) {
            g[i] = (int) ((high >>> (48 - 16 * i)) & 0xFFFF);
            g[i + 4] = (int) ((low >>> (48 - 16 * i)) & 0xFFFF);
        }
        int bestStart = -1;
        int bestLen = 0;
        for (int i = 0; i < 8; ) {
            if (g[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && g[j] == 0) j++;
            if (j - i > bestLen) {
                bestStart = i;
                bestLen = j - i;
            }
            i = j;
        }
        if (bestLen < 2) bestStart = -1; // RFC 5952 4.2.2: "::" never shortens a single 16-bit 0 field
        var sb = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                sb.append("::");
                i += bestLen - 1;
                continue;
            }
            if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
            sb.append(Integer.toHexString(g[i]));
        }
        return sb.toString();
    }
}
