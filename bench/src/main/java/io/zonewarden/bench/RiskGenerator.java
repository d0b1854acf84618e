package io.zonewarden.bench;

import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.PlantInfo;
import io.zonewarden.core.model.Zone;
import io.zonewarden.core.model.ZoneKind;
import io.zonewarden.core.model.risk.ConsequenceCategory;
import io.zonewarden.core.model.risk.Consequences;
import io.zonewarden.core.model.risk.Countermeasure;
import io.zonewarden.core.model.risk.Reduction;
import io.zonewarden.core.model.risk.Risk;
import io.zonewarden.core.model.risk.RiskMatrix;
import io.zonewarden.core.model.risk.ThreatCapability;
import io.zonewarden.core.model.risk.ThreatScenario;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A plant with threat scenarios and countermeasures for the roadmap benchmark. Scenarios are spread over 20 zones
 * with consequences and likelihoods over the whole 5 x 5 default matrix. Each countermeasure protects one zone (most
 * of its reductions hit scenarios there, a few elsewhere), lowers 3 to 15 scenarios (by default) by one or two
 * likelihood levels
 * or one consequence level, costs between 2,000 and 200,000 (log-uniform, so there are cheap quick wins and big
 * projects) plus up to a fifth of that a year, and one in four requires one or two earlier countermeasures.
 */
public final class RiskGenerator {

    private static final int ZONES = 20;

    private RiskGenerator() {}

    public static Plant generate(int countermeasures, int scenarios, long seed) {
        return generate(countermeasures, scenarios, 15, seed);
    }

    /** As {@link #generate(int, int, long)}, each countermeasure lowering 1 to {@code reach} scenarios. */
    public static Plant generate(int countermeasures, int scenarios, int reach, long seed) {
        var random = new Random(seed);
        var zones = new ArrayList<Zone>();
        for (int z = 0; z < ZONES; z++) {
            zones.add(new Zone("z" + z, "zone " + z, ZoneKind.CONTROL, null, List.of(), List.of(), List.of(), null));
        }
        var byZone = new ArrayList<List<ThreatScenario>>();
        for (int z = 0; z < ZONES; z++) byZone.add(new ArrayList<>());
        var threats = new ArrayList<ThreatScenario>(scenarios);
        var categories = ConsequenceCategory.values();
        for (int s = 0; s < scenarios; s++) {
            int zone = random.nextInt(ZONES);
            var consequence = new EnumMap<ConsequenceCategory, Integer>(ConsequenceCategory.class);
            consequence.put(categories[random.nextInt(categories.length)], 1 + random.nextInt(5));
            threats.add(new ThreatScenario(
                    "S-" + s,
                    null,
                    "generated",
                    ThreatCapability.ofLevel(1 + random.nextInt(4)),
                    "z" + zone,
                    List.of("z" + zone),
                    null,
                    new Consequences(consequence),
                    1 + random.nextInt(5),
                    List.of(),
                    null,
                    Set.of()));
            byZone.get(zone).add(threats.get(s));
        }
        var cms = new ArrayList<Countermeasure>(countermeasures);
        for (int i = 0; i < countermeasures; i++) {
            int zone = random.nextInt(ZONES);
            var hit = new LinkedHashSet<String>();
            int count = Math.min(scenarios, reach <= 3 ? 1 + random.nextInt(reach) : 3 + random.nextInt(reach - 2));
            while (hit.size() < count) {
                // mostly the countermeasure's own zone; any scenario when that zone has too few
                var pool = random.nextInt(5) == 0 || byZone.get(zone).size() < count ? threats : byZone.get(zone);
                hit.add(pool.get(random.nextInt(pool.size())).id());
            }
            var reductions = new ArrayList<Reduction>();
            for (var scenario : hit) {
                reductions.add(
                        random.nextInt(4) == 0
                                ? new Reduction(scenario, 0, 1)
                                : new Reduction(scenario, 1 + random.nextInt(2), 0));
            }
            var requires = new ArrayList<String>();
            if (i > 0 && random.nextInt(4) == 0) {
                int n = 1 + random.nextInt(2);
                for (int k = 0; k < n; k++) {
                    var id = "cm-" + random.nextInt(i);
                    if (!requires.contains(id)) requires.add(id);
                }
            }
            long cost = Math.round(2_000 * Math.pow(100, random.nextDouble()));
            long yearly = random.nextInt(3) == 0 ? 0 : Math.round(cost * random.nextDouble() / 5);
            cms.add(new Countermeasure(
                    "cm-" + i, "countermeasure " + i, cost, yearly, null, requires, List.of(), reductions, null));
        }
        return new Plant(new PlantInfo("generated", "generated", null, null), List.of(), zones, List.of())
                .withRisk(new Risk(RiskMatrix.DEFAULT, List.of(), threats, cms));
    }

    /** A quarter of what every countermeasure together costs over one year: a budget that forces choices. */
    public static long quarterBudget(Plant plant) {
        return plant.risk().countermeasures().stream().mapToLong(c -> c.cost(1)).sum() / 4;
    }
}
