package io.zonewarden.core.model;

import io.zonewarden.core.catalog.SecurityLevelVector;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A security zone (IEC 62443-3-2 ZCR 3.1): assets that share security requirements, with a target security level
 * per foundational requirement, the networks it owns and the traffic accepted inside it.
 *
 * @param slTarget SL-T per FR (ZCR 5.6); {@code null} while not yet decided, which validation reports
 * @param assets ids of the member assets, in file order
 */
public record Zone(
        String id,
        String name,
        ZoneKind kind,
        @Nullable SecurityLevelVector slTarget,
        List<String> assets,
        List<IpNetwork> networks,
        List<AllowRule> allow,
        @Nullable String description) {

    public Zone {
        Ids.require(id, "zone");
        assets = List.copyOf(assets);
        networks = List.copyOf(networks);
        allow = List.copyOf(allow);
    }
}
