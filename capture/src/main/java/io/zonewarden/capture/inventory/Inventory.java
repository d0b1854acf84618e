package io.zonewarden.capture.inventory;

import java.util.ArrayList;
import java.util.Collection;
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

    private final Map<Key, Asset> assets = new LinkedHashMap<>();

    private record Key(long hi, long lo, boolean macOnly) {}

    /** An asset as observed: mutable while the capture is read. */
    public static final class Asset {
        public final long ipHi, ipLo;
        public final boolean macOnly;
        public long mac = -1;
        public final Set<String> roles = new LinkedHashSet<>();
        public final Set<String> protocols = new LinkedHashSet<>();
        public final Map<String, String> identity = new LinkedHashMap<>();

        Asset(long ipHi, long ipLo, boolean macOnly) {
            this.ipHi = ipHi;
            this.ipLo = ipLo;
            this.macOnly = macOnly;
        }

        public void identity(String field, String value) {
            if (identity.size() < MAX_IDENTITY_FIELDS || identity.containsKey(field)) {
                identity.put(field, value);
            }
        }
    }

    /** The asset with this IP address, created on first sight; {@code mac} is recorded when not yet known. */
    public Asset ip(long hi, long lo, long mac) {
        var asset = assets.computeIfAbsent(new Key(hi, lo, false), k -> new Asset(hi, lo, false));
        if (asset.mac < 0 && mac >= 0) {
            asset.mac = mac;
        }
        return asset;
    }

    /** The layer-2-only asset with this MAC address. */
    public Asset mac(long mac) {
        var asset = assets.computeIfAbsent(new Key(0, mac, true), k -> new Asset(0, mac, true));
        asset.mac = mac;
        return asset;
    }

    /** True when some asset already has this IP address. */
    public boolean hasIp(long hi, long lo) {
        return assets.containsKey(new Key(hi, lo, false));
    }

    public @Nullable Asset findIp(long hi, long lo) {
        return assets.get(new Key(hi, lo, false));
    }

    public Collection<Asset> assets() {
        return assets.values();
    }

    /** MAC-only assets whose MAC address also belongs to an IP asset are folded into it. */
    public List<Asset> merged() {
        var byMac = new LinkedHashMap<Long, Asset>();
        for (var a : assets.values()) {
            if (!a.macOnly && a.mac >= 0) {
                byMac.putIfAbsent(a.mac, a);
            }
        }
        var result = new ArrayList<Asset>();
        for (var a : assets.values()) {
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
