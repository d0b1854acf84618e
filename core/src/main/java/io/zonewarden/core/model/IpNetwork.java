package io.zonewarden.core.model;

/**
 * An IPv4 or IPv6 network in CIDR notation, e.g. {@code 10.20.1.0/24} or {@code fd00:20::/48}. The address must be
 * the first of its network: {@code 10.20.1.5/24} is refused with the network it probably meant, since a typo in a
 * zone boundary silently moves assets between zones.
 */
public record IpNetwork(IpAddress address, int prefixLength) {

    public IpNetwork {
        if (prefixLength < 0 || prefixLength > address.bits()) {
            throw new IllegalArgumentException(
                    "prefix length must be 0.." + address.bits() + " for " + address + ", got " + prefixLength);
        }
        var first = address.mask(prefixLength);
        if (!first.equals(address)) {
            throw new IllegalArgumentException("host bits set in " + address + "/" + prefixLength + " (did you mean "
                    + first + "/" + prefixLength + "?)");
        }
    }

    /**
     * Parses {@code address/prefix}; a bare address is a host network ({@code /32} or {@code /128}).
     *
     * @throws IllegalArgumentException naming what was expected
     */
    public static IpNetwork parse(String text) {
        var s = text.strip();
        int slash = s.indexOf('/');
        if (slash < 0) {
            var address = IpAddress.parse(s);
            return new IpNetwork(address, address.bits());
        }
        var address = IpAddress.tryParse(s.substring(0, slash))
                .orElseThrow(() -> new IllegalArgumentException(
                        "expected a network in CIDR notation such as 10.20.1.0/24 or fd00:20::/48, got '" + text
                                + "'"));
        var prefix = s.substring(slash + 1);
        if (prefix.isEmpty() || prefix.length() > 3 || !prefix.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException("expected a prefix length after '/', got '" + text + "'");
        }
        return new IpNetwork(address, Integer.parseInt(prefix));
    }

    public IpAddress first() {
        return address;
    }

    public IpAddress last() {
        return address.last(prefixLength);
    }

    public boolean contains(IpAddress ip) {
        return ip.v6() == address.v6() && ip.mask(prefixLength).equals(address);
    }

    /** True when the two networks share at least one address (CIDR blocks either nest or are disjoint). */
    public boolean overlaps(IpNetwork other) {
        if (other.address.v6() != address.v6()) return false;
        int shorter = Math.min(prefixLength, other.prefixLength);
        return address.mask(shorter).equals(other.address.mask(shorter));
    }

    @Override
    public String toString() {
        return address + "/" + prefixLength;
    }
}
