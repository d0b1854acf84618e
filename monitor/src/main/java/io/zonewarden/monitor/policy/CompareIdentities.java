package io.zonewarden.monitor.policy;

import io.zonewarden.capture.CaptureAnalysis;
import io.zonewarden.core.model.Asset;
import io.zonewarden.core.model.AssetType;
import io.zonewarden.core.zoning.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares what devices say about themselves on the wire (CIP List Identity, S7 SZL module identity, PROFINET DCP,
 * the IEEE registry's vendor of the MAC address) with the inventory. Values are compared loosely, ignoring case,
 * spaces and punctuation, and one containing the other counts as the same ({@code Siemens} and {@code Siemens AG}).
 * The vendor of a MAC address is only compared for controllers and field devices, whose network interface is the
 * device maker's own; a PC's card says nothing of the PC.
 */
public final class CompareIdentities {

    private static final Set<AssetType> OWN_INTERFACE =
            Set.of(AssetType.PLC, AssetType.SAFETY_PLC, AssetType.RTU, AssetType.IED, AssetType.SENSOR);

    private static final String MAC_REGISTRY = "MAC address registry";

    private CompareIdentities() {}

    public static List<IdentityMismatch> compare(PlantMap map, CaptureAnalysis analysis) {
        var mismatches = new ArrayList<IdentityMismatch>();
        for (var observed : analysis.assets()) {
            if (observed.ip() == null) continue;
            var endpoint = map.endpoint(observed.ip(), observed.mac());
            if (endpoint.asset() == null) continue;
            var asset = map.plant().asset(endpoint.asset()).orElseThrow();
            var identity = observed.identity();
            check(
                    asset,
                    observed.ip(),
                    "firmware",
                    asset.firmware(),
                    identity.get("cip.revision"),
                    "cip.revision",
                    mismatches);
            for (var source : List.of("cip.product_name", "s7.order_number")) {
                check(asset, observed.ip(), "model", asset.model(), identity.get(source), source, mismatches);
            }
            check(
                    asset,
                    observed.ip(),
                    "vendor",
                    asset.vendor(),
                    identity.get("profinet.vendor"),
                    "profinet.vendor",
                    mismatches);
            if (OWN_INTERFACE.contains(asset.type())) {
                check(asset, observed.ip(), "vendor", asset.vendor(), observed.vendor(), MAC_REGISTRY, mismatches);
            }
        }
        return mismatches;
    }

    private static void check(
            Asset asset,
            String address,
            String field,
            @org.jspecify.annotations.Nullable String inventory,
            @org.jspecify.annotations.Nullable String observed,
            String source,
            List<IdentityMismatch> out) {
        if (inventory == null || observed == null || inventory.isBlank() || observed.isBlank()) return;
        var a = normal(inventory);
        var b = normal(observed);
        if (a.isEmpty() || b.isEmpty() || a.contains(b) || b.contains(a)) return;
        var severity = source.equals(MAC_REGISTRY) ? Severity.INFO : Severity.WARNING;
        out.add(new IdentityMismatch(asset.id(), address, field, inventory, observed, source, severity));
    }

    static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "");
    }
}
