package io.zonewarden.core.risk;

import io.zonewarden.core.model.Conduit;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.risk.ThreatScenario;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The paths of threat scenarios through the conduits (breadth-first search over zones joined by conduits, linear in
 * the drawing per scenario). A conduit is a path both ways: an attacker who holds one end can try the other, whatever
 * direction the allow rules name, because a conduit's rules are what the attack must defeat.
 */
public final class AttackPaths {

    private final Plant plant;
    private final Map<String, List<Conduit>> byZone = new HashMap<>();
    private final Map<String, List<String>> zonesOfDevice = new HashMap<>();

    public AttackPaths(Plant plant) {
        this.plant = plant;
        for (var c : plant.conduits()) {
            for (var z : c.zones())
                byZone.computeIfAbsent(z, k -> new ArrayList<>()).add(c);
            for (var d : c.devices()) {
                var zones = zonesOfDevice.computeIfAbsent(d, k -> new ArrayList<>());
                for (var z : c.zones()) if (!zones.contains(z)) zones.add(z);
            }
        }
    }

    /** The path of one scenario; tolerant of ids the plant lacks (they lead nowhere). */
    public AttackPath of(ThreatScenario s) {
        var entryConduit = plant.conduit(s.entry()).orElse(null);
        var start = new LinkedHashSet<String>();
        if (plant.zone(s.entry()).isPresent()) {
            start.add(s.entry());
        } else if (entryConduit != null) {
            start.addAll(entryConduit.zones());
        } else if (plant.asset(s.entry()).isPresent()) {
            start.addAll(plant.zonesOf(s.entry()));
            // a boundary device in no zone is entered at the conduits it enforces
            if (start.isEmpty()) start.addAll(zonesOfDevice.getOrDefault(s.entry(), List.of()));
        }
        start.removeIf(z -> plant.zone(z).isEmpty());
        var fromEntry = distances(start);
        var chains = new LinkedHashMap<String, List<String>>();
        var onPath = new LinkedHashSet<String>();
        var unreachable = new ArrayList<String>();
        if (entryConduit != null && !start.isEmpty()) onPath.add(entryConduit.id());
        for (var target : s.targets()) {
            var d = fromEntry.distance.get(target);
            if (d == null) {
                unreachable.add(target);
                continue;
            }
            var chain = new ArrayList<String>();
            if (entryConduit != null) chain.add(entryConduit.id());
            chain.addAll(fromEntry.chainTo(target));
            chains.put(target, chain);
            if (d == 0) continue;
            // a conduit joining a and b lies on a shortest chain when entry..a, the conduit, b..target add up to d
            var toTarget = distances(List.of(target)).distance;
            for (var c : plant.conduits()) {
                var a = c.zones().get(0);
                var b = c.zones().get(1);
                if (onShortest(fromEntry.distance, toTarget, a, b, d)
                        || onShortest(fromEntry.distance, toTarget, b, a, d)) {
                    onPath.add(c.id());
                }
            }
        }
        var conduits = plant.conduits().stream()
                .map(Conduit::id)
                .filter(onPath::contains)
                .toList();
        return new AttackPath(s.id(), List.copyOf(start), chains, conduits, unreachable);
    }

    private static boolean onShortest(Map<String, Integer> from, Map<String, Integer> to, String a, String b, int d) {
        var da = from.get(a);
        var db = to.get(b);
        return da != null && db != null && da + 1 + db == d;
    }

    private record Search(Map<String, Integer> distance, Map<String, Conduit> via, Map<String, String> parent) {
        List<String> chainTo(String zone) {
            var chain = new ArrayList<String>();
            for (var z = zone; via.containsKey(z); z = parent.get(z))
                chain.add(0, via.get(z).id());
            return chain;
        }
    }

    private Search distances(Iterable<String> start) {
        var distance = new HashMap<String, Integer>();
        var via = new HashMap<String, Conduit>();
        var parent = new HashMap<String, String>();
        var queue = new ArrayDeque<String>();
        for (var z : start) {
            if (distance.putIfAbsent(z, 0) == null) queue.add(z);
        }
        while (!queue.isEmpty()) {
            var z = queue.poll();
            for (var c : byZone.getOrDefault(z, List.of())) {
                for (var next : c.zones()) {
                    if (distance.containsKey(next)) continue;
                    distance.put(next, distance.get(z) + 1);
                    via.put(next, c);
                    parent.put(next, z);
                    queue.add(next);
                }
            }
        }
        return new Search(distance, via, parent);
    }
}
