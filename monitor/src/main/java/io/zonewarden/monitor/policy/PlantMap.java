package io.zonewarden.monitor.policy;

import io.zonewarden.core.model.IpAddress;
import io.zonewarden.core.model.IpNetwork;
import io.zonewarden.core.model.MacAddress;
import io.zonewarden.core.model.Plant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Maps addresses seen on the wire onto the plant model: an address names an asset by its IP, else by its MAC; an
 * address of no asset falls in the zone whose network holds it (longest prefix), or stays unknown.
 */
public final class PlantMap {

    private final Plant plant;
    private final Map<IpAddress, String> assetByIp = new HashMap<>();
    private final Map<MacAddress, String> assetByMac = new HashMap<>();
    private final Map<IpNetwork, String> zoneByNetwork = new HashMap<>();
    private final TreeSet<Integer> prefixLengths = new TreeSet<>(java.util.Comparator.reverseOrder());

    public PlantMap(Plant plant) {
        this.plant = plant;
        for (var asset : plant.assets()) {
            for (var ip : asset.ip()) assetByIp.putIfAbsent(ip, asset.id());
            if (asset.mac() != null) assetByMac.putIfAbsent(asset.mac(), asset.id());
        }
        for (var zone : plant.zones()) {
            for (var network : zone.networks()) {
                zoneByNetwork.putIfAbsent(network, zone.id());
                prefixLengths.add(key(network.prefixLength(), network.address().v6()));
            }
        }
    }

    public Plant plant() {
        return plant;
    }

    /** The endpoint for an address as the capture engine writes it (dotted IPv4, IPv6, or a MAC). */
    public Endpoint endpoint(String address, @org.jspecify.annotations.Nullable String mac) {
        var ip = IpAddress.tryParse(address);
        String asset = ip.map(assetByIp::get).orElse(null);
        if (asset == null && mac != null) asset = macAsset(mac);
        if (asset == null && ip.isEmpty()) asset = macAsset(address);
        if (asset != null)
            return new Endpoint(
                    address, asset, plant.zoneOf(asset).map(z -> z.id()).orElse(null));
        return new Endpoint(address, null, ip.map(this::zoneOfNetwork).orElse(null));
    }

    private @org.jspecify.annotations.Nullable String macAsset(String text) {
        try {
            return assetByMac.get(MacAddress.parse(text));
        } catch (IllegalArgumentException e) {
            return null; // not a MAC address: nothing to look up
        }
    }

    private @org.jspecify.annotations.Nullable String zoneOfNetwork(IpAddress ip) {
        for (int key : prefixLengths) {
            boolean v6 = key >= 1000;
            int length = key - (v6 ? 1000 : 0);
            if (v6 != ip.v6() || length > ip.bits()) continue;
            var zone = zoneByNetwork.get(new IpNetwork(ip.mask(length), length));
            if (zone != null) return zone;
        }
        return null;
    }

    private static int key(int prefixLength, boolean v6) {
        return prefixLength + (v6 ? 1000 : 0);
    }
}
