package io.zonewarden.capture.inventory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Assets observed in a capture, keyed by IP address, or by MAC address for devices seen only at layer 2 (PROFINET,
 * GOOSE, LLDP). Touched when a flow is created and when a frame carries an identity, never per packet.
 */
public final class Inventory {
    /** Identity fields kept per asset, a bound against hostile traffic that announces endless names. */
    static final int MAX_IDENTITY_FIELDS = 32;

    /** Assets in the order they were first seen. */
    private final List<Asset> assets = new ArrayList<>();
    /**
     * The same assets by address: open addressing with linear probing on a power-of-two array, doubled at half load,
     * keyed by the primitive address so that a lookup allocates nothing (a map key object per lookup did, on every
     * identity-bearing frame).
     */
    private @Nullable Asset[] slots = new Asset[256];

    /** An asset as observed: mutable while the capture is read. */
    public static final class Asset {
        public final long ipHi, ipLo;
        public final boolean macOnly;
        public long mac = -1;
        public final Set<String> roles = new LinkedHashSet<>();
        public final Set<String> protocols = new LinkedHashSet<>();
        public final Map<String, String> identity = new LinkedHashMap<>();

        /**
         * The IP address as text, made once when the capture's result is built: an asset is an end of some ten
         * flows on average.
         */
        public @Nullable String addressText;

        /** Per side, the protocol bits whose role {@link #role} has recorded. */
        private long initiatorRoles, responderRoles;

        Asset(long ipHi, long ipLo, boolean macOnly) {
            this.ipHi = ipHi;
            this.ipLo = ipLo;
            this.macOnly = macOnly;
        }

        /**
         * Records that the asset took part in a protocol as its initiator (client, master, ...) or its responder
         * (server, outstation, ...). {@code protocolBit} stands for the protocol: the first time each side of it is
         * seen, the role's name and the protocol's name are added, later flows of the same kind add nothing.
         */
        public void role(long protocolBit, boolean responder, String role, String protocol) {
            if (responder ? (responderRoles & protocolBit) != 0 : (initiatorRoles & protocolBit) != 0) {
                return;
            }
            if (responder) {
                responderRoles |= protocolBit;
            } else {
                initiatorRoles |= protocolBit;
            }
            roles.add(role);
            protocols.add(protocol);
        }

        public void identity(String field, String value) {
            if (identity.size() < MAX_IDENTITY_FIELDS || identity.containsKey(field)) {
                identity.put(field, value);
            }
        }
    }

    /** The asset with this IP address, created on first sight; {@code mac} is recorded when not yet known. */
    public Asset ip(long hi, long lo, long mac) {
        var asset = find(hi, lo, false);
        if (asset == null) {
            asset = add(new Asset(hi, lo, false));
        }
        if (asset.mac < 0 && mac >= 0) {
            asset.mac = mac;
        }
        return asset;
    }

    /** The layer-2-only asset with this MAC address. */
    public Asset mac(long mac) {
        var asset = find(0, mac, true);
        if (asset == null) {
            asset = add(new Asset(0, mac, true));
        }
        asset.mac = mac;
        return asset;
    }

    /** True when some asset already has this IP address. */
    public boolean hasIp(long hi, long lo) {
        return find(hi, lo, false) != null;
    }

    public @Nullable Asset findIp(long hi, long lo) {
        return find(hi, lo, false);
    }

    /** Assets in the order they were first seen. */
    public Collection<Asset> assets() {
        return Collections.unmodifiableList(assets);
    }

    private static int hash(long hi, long lo, boolean macOnly) {
        long h = (hi * 0x9E3779B97F4A7C15L + lo) * 0xBF58476D1CE4E5B9L;
        h ^= h >>> 31;
        return (int) (h ^ (h >>> 32)) ^ (macOnly ? 0x5BD1E995 : 0);
    }

    private @Nullable Asset find(long hi, long lo, boolean macOnly) {
        int mask = slots.length - 1;
        for (int i = hash(hi, lo, macOnly) & mask; ; i = (i + 1) & mask) {
            var a = slots[i];
            if (a == null || (a.ipLo == lo && a.ipHi == hi && a.macOnly == macOnly)) {
                return a;
            }
        }
    }

    private Asset add(Asset asset) {
        if (assets.size() * 2 >= slots.length) {
            slots = new Asset[slots.length * 2];
            for (var a : assets) {
                insert(a);
            }
        }
        insert(asset);
        assets.add(asset);
        return asset;
    }

    private void insert(Asset asset) {
        int mask = slots.length - 1;
        int i = hash(asset.ipHi, asset.ipLo, asset.macOnly) & mask;
        while (slots[i] != null) {
            i = (i + 1) & mask;
        }
        slots[i] = asset;
    }

    /** MAC-only assets whose MAC address also belongs to an IP asset are folded into it. */
    public List<Asset> merged() {
        var byMac = new LinkedHashMap<Long, Asset>();
        for (var a : assets) {
            if (!a.macOnly && a.mac >= 0) {
                byMac.putIfAbsent(a.mac, a);
            }
        }
        var result = new ArrayList<Asset>();
        for (var a : assets) {
            if (a.macOnly) {
                var owner = byMac.get(a.mac);
                if (owner != null) {
                    owner.roles.addAll(a.roles);
                    owner.protocols.addAll(a.protocols);
                    a.identity.forEach(owner::identity);
                    continue;
                }
            }
            result.add(a);
        }
        return result;
    }
}
