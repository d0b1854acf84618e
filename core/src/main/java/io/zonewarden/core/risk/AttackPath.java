package io.zonewarden.core.risk;

import java.util.List;
import java.util.Map;

/**
 * The way a threat scenario's attack takes through the zone and conduit drawing: from its entry (a conduit, a zone
 * or an asset) along chains of conduits to each target zone.
 *
 * @param entryZones the zones the attack starts in: the entry zone, the two zones of an entry conduit, or the zones
 *     of an entry asset; empty when the entry names nothing the plant has
 * @param chains per reachable target zone, one shortest chain of conduits (the entry conduit first when the entry is
 *     a conduit); empty for a target inside an entry zone entered directly
 * @param conduits every conduit on some shortest chain to some target, in the plant's order: an attacker may take
 *     any of the shortest chains, so each of them must withstand the attack (IEC 62443-3-2 ZCR 5.6 asks SL-T of
 *     conduits as of zones)
 * @param unreachable the targets no chain of conduits leads to
 */
public record AttackPath(
        String scenario,
        List<String> entryZones,
        Map<String, List<String>> chains,
        List<String> conduits,
        List<String> unreachable) {

    public AttackPath {
        entryZones = List.copyOf(entryZones);
        chains = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(chains));
        conduits = List.copyOf(conduits);
        unreachable = List.copyOf(unreachable);
    }
}
