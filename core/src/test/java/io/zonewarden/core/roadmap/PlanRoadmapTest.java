package io.zonewarden.core.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonewarden.core.io.PlantYamlReader;
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
import io.zonewarden.core.model.risk.ZoneRequirements;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The roadmap optimiser against brute force, against its greedy baseline, and on cases computed by hand. */
class PlanRoadmapTest {

    private static final RiskMatrix M = RiskMatrix.DEFAULT;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25})
    void givenASmallRandomInstance_whenPlanned_thenTheSameOptimumAsBruteForce(int seed) {
        var random = new Random(seed);
        var plant = randomPlant(random, 2 + random.nextInt(9), 1 + random.nextInt(8));
        long total = plant.risk().countermeasures().stream()
                .mapToLong(Countermeasure::cost)
                .sum();
        long budget = total == 0 ? 0 : random.nextLong(total + 1);
        var roadmap = PlanRoadmap.plan(plant, budget);
        int best = bruteForce(plant.risk(), budget);
        assertThat(roadmap.optimal()).as(roadmap::toString).isTrue();
        assertThat(roadmap.scoreAfter()).isEqualTo(best);
        assertThat(roadmap.scoreAfter()).isEqualTo(after(plant.risk(), Set.copyOf(roadmap.selected())));
        assertThat(roadmap.cost()).isLessThanOrEqualTo(budget).isEqualTo(cost(plant.risk(), roadmap.selected()));
        assertPrerequisitesComeFirst(plant.risk(), roadmap.selected());
        assertThat(roadmap.scoreAfter()).isLessThanOrEqualTo(roadmap.greedyScoreAfter());
        assertThat(roadmap.greedyCost()).isLessThanOrEqualTo(budget);
    }

    @Test
    void givenOneGoodRatioThatBlocksTwoBetterTogether_whenPlanned_thenOptimalBeatsTheGreedyBaseline() {
        // X: C5 L5 = 20, cm-a cuts one likelihood level: 14, removes 6 for 6 (ratio 1.0)
        // Y, Z: C4 L5 = 14, cm-b and cm-c cut one level each: 10, remove 4 for 5 each (ratio 0.8)
        // budget 10: the ratio takes cm-a and has 4 left; the optimum takes cm-b and cm-c and removes 8
        var plant = plant(
                List.of(scenario("X", 5, 5), scenario("Y", 4, 5), scenario("Z", 4, 5)),
                List.of(
                        cm("cm-a", 6, 0, List.of(), "X", 1),
                        cm("cm-b", 5, 0, List.of(), "Y", 1),
                        cm("cm-c", 5, 0, List.of(), "Z", 1)));
        var roadmap = PlanRoadmap.plan(plant, 10);
        assertThat(roadmap.selected()).containsExactlyInAnyOrder("cm-b", "cm-c");
        assertThat(roadmap.scoreBefore()).isEqualTo(48);
        assertThat(roadmap.scoreAfter()).isEqualTo(40);
        assertThat(roadmap.greedySelected()).containsExactly("cm-a");
        assertThat(roadmap.greedyScoreAfter()).isEqualTo(42);
        assertThat(roadmap.removed() - roadmap.greedyRemoved()).isEqualTo(2);
        assertThat(roadmap.optimal()).isTrue();
        assertThat(roadmap.gap()).isZero();
        assertThat(roadmap.notSelected()).containsExactly("cm-a");
        assertThat(roadmap.unreached()).extracting(Unreached::scenario).containsExactly("X", "Y", "Z");
    }

    @Test
    void givenReductionsThatOvershoot_whenPlanned_thenTheLevelStopsAtOneAndTheCheaperPlanWins() {
        // C3 L2 = 3; cutting 1 gives C3 L1 = 2; cutting 3 cannot go below L1, so cm-big adds nothing over cm-small
        var plant = plant(
                List.of(scenario("S", 3, 2)),
                List.of(cm("cm-big", 50, 0, List.of(), "S", 3), cm("cm-small", 10, 0, List.of(), "S", 1)));
        var roadmap = PlanRoadmap.plan(plant, 100);
        assertThat(roadmap.selected()).containsExactly("cm-small");
        assertThat(roadmap.scoreAfter()).isEqualTo(2);
        assertThat(roadmap.cost()).isEqualTo(10);
    }

    @Test
    void givenAnEnablerWithoutReductionsOfItsOwn_whenPlanned_thenItIsChosenAndPlacedBeforeWhatNeedsIt() {
        // cm-ids (C5 L4 = 14 -> L2 = 6: removes 8) needs cm-taps, which removes nothing
        var plant = plant(
                List.of(scenario("S", 5, 4)),
                List.of(cm("cm-ids", 20, 0, List.of("cm-taps"), "S", 2), cm("cm-taps", 5, 0, List.of(), null, 0)));
        var roadmap = PlanRoadmap.plan(plant, 25);
        assertThat(roadmap.selected()).containsExactly("cm-taps", "cm-ids");
        assertThat(roadmap.steps()).extracting(Step::removed).containsExactly(0, 8);
        assertThat(roadmap.steps()).extracting(Step::spent).containsExactly(5L, 25L);
        assertThat(PlanRoadmap.plan(plant, 24).selected()).isEmpty();
    }

    @Test
    void givenYearlyCosts_whenPlannedOverSeveralYears_thenEachYearCounts() {
        // cm-a costs 10 once and 5 a year: 20 over two years, 25 over three
        var plant = plant(List.of(scenario("S", 5, 5)), List.of(cm("cm-a", 10, 5, List.of(), "S", 1)));
        var two = PlanRoadmap.plan(plant, RoadmapOptions.of(20).withYears(2, null));
        assertThat(two.selected()).containsExactly("cm-a");
        assertThat(two.cost()).isEqualTo(20);
        assertThat(PlanRoadmap.plan(plant, RoadmapOptions.of(20).withYears(3, null))
                        .selected())
                .isEmpty();
    }

    @Test
    void givenABudgetPerYear_whenPlanned_thenWhatDoesNotFitTheFirstYearStartsInTheSecond() {
        // each costs 10 once; 10 may be spent a year; the bigger removal (C5 L5 -> L4: 6) comes first
        var plant = plant(
                List.of(scenario("X", 5, 5), scenario("Y", 3, 3)),
                List.of(cm("cm-x", 10, 0, List.of(), "X", 1), cm("cm-y", 10, 0, List.of(), "Y", 1)));
        var roadmap = PlanRoadmap.plan(plant, RoadmapOptions.of(100).withYears(2, 10L));
        assertThat(roadmap.selected()).containsExactlyInAnyOrder("cm-x", "cm-y");
        assertThat(roadmap.phases()).hasSize(2);
        assertThat(roadmap.phases()).allSatisfy(p -> assertThat(p.cost()).isEqualTo(10));
        // quick wins first: cm-x removes 6 for 10 (C5 L5 = 20 -> 14), cm-y 2 for 10 (C3 L3 = 5 -> L2 = 3)
        assertThat(roadmap.phases().get(0).countermeasures()).containsExactly("cm-x");
        assertThat(roadmap.phases().get(1).countermeasures()).containsExactly("cm-y");
        var one = PlanRoadmap.plan(plant, RoadmapOptions.of(100).withYears(1, 10L));
        assertThat(one.selected()).containsExactly("cm-x");
    }

    @Test
    void givenScenariosThatCanBeMadeTolerable_whenPlanned_thenTheCostToGetThereIsReported() {
        // X: C5 L3 = 9; cm-a cuts 2 -> L1 = 4, tolerable; cm-b (cheaper) cuts 1 -> 6, not enough
        var plant = plant(
                List.of(scenario("X", 5, 3)),
                List.of(cm("cm-a", 30, 0, List.of(), "X", 2), cm("cm-b", 10, 0, List.of(), "X", 1)));
        var roadmap = PlanRoadmap.plan(plant, 10);
        assertThat(roadmap.selected()).containsExactly("cm-b");
        assertThat(roadmap.unreached()).singleElement().satisfies(u -> {
            assertThat(u.scoreAfter()).isEqualTo(6);
            assertThat(u.bestPossible()).isEqualTo(4);
        });
        assertThat(roadmap.costToTolerable()).isEqualTo(30);
    }

    @Test
    void givenTheExamplePlant_whenPlannedWithAHundredThousand_thenAnOptimalPlanWithinBudget() throws Exception {
        var plant = PlantYamlReader.read(Path.of("../examples/chemical-plant.yaml"));
        var roadmap = PlanRoadmap.plan(plant, 100_000);
        assertThat(roadmap.optimal()).isTrue();
        assertThat(roadmap.cost()).isLessThanOrEqualTo(100_000);
        assertThat(roadmap.scoreAfter()).isEqualTo(bruteForce(plant.risk(), 100_000));
        assertPrerequisitesComeFirst(plant.risk(), roadmap.selected());
        assertThat(roadmap.phases()).isNotEmpty();
        assertThat(roadmap.phases().get(0).number()).isEqualTo(1);
    }

    @Test
    void givenANegativeBudget_whenOptionsMade_thenRefused() {
        assertThatThrownBy(() -> RoadmapOptions.of(-1)).hasMessageContaining("budget must not be negative");
    }

    @Test
    void givenACycleOrANegativeCost_whenTheModelIsBuilt_thenRefusedNamingIt() {
        assertThatThrownBy(() -> new Countermeasure("cm-a", "a", -5, 0, null, List.of(), List.of(), List.of(), null))
                .hasMessage("countermeasure cm-a cost is negative: -5");
        assertThatThrownBy(() -> plant(
                        List.of(scenario("S", 3, 3)),
                        List.of(
                                cm("cm-a", 1, 0, List.of("cm-c"), "S", 1),
                                cm("cm-b", 1, 0, List.of("cm-a"), null, 0),
                                cm("cm-c", 1, 0, List.of("cm-b"), null, 0))))
                .hasMessage("countermeasure prerequisites form a cycle: cm-a -> cm-c -> cm-b -> cm-a");
    }

    // Fixtures and the brute force ------------------------------------------------------------------------------

    private static Plant randomPlant(Random random, int n, int m) {
        var scenarios = new ArrayList<ThreatScenario>();
        for (int s = 0; s < m; s++) scenarios.add(scenario("S" + s, 1 + random.nextInt(5), 1 + random.nextInt(5)));
        var cms = new ArrayList<Countermeasure>();
        for (int i = 0; i < n; i++) {
            var requires = new ArrayList<String>();
            for (int j = 0; j < i; j++) {
                if (random.nextInt(5) == 0) requires.add("cm" + j);
            }
            var reductions = new ArrayList<Reduction>();
            for (int s = 0; s < m; s++) {
                if (random.nextInt(3) == 0) {
                    int l = random.nextInt(3);
                    int c = random.nextInt(2);
                    if (l + c > 0) reductions.add(new Reduction("S" + s, l, c));
                }
            }
            cms.add(new Countermeasure(
                    "cm" + i,
                    "cm" + i,
                    random.nextInt(100),
                    0,
                    null,
                    requires,
                    List.of(new ZoneRequirements("z", List.of())),
                    reductions,
                    null));
        }
        return plant(scenarios, cms);
    }

    private static Plant plant(List<ThreatScenario> scenarios, List<Countermeasure> cms) {
        var zone = new Zone("z", "z", ZoneKind.CONTROL, null, List.of(), List.of(), List.of(), null);
        return new Plant(new PlantInfo("p", "p", null, null), List.of(), List.of(zone), List.of())
                .withRisk(new Risk(M, List.of(), scenarios, cms));
    }

    private static ThreatScenario scenario(String id, int consequence, int likelihood) {
        return new ThreatScenario(
                id,
                null,
                "source",
                ThreatCapability.SIMPLE,
                "z",
                List.of("z"),
                null,
                new Consequences(Map.of(ConsequenceCategory.PRODUCTION, consequence)),
                likelihood,
                List.of(),
                null,
                Set.of());
    }

    private static Countermeasure cm(
            String id, long cost, long yearly, List<String> requires, String scenario, int likelihood) {
        return new Countermeasure(
                id,
                id,
                cost,
                yearly,
                null,
                requires,
                List.of(),
                scenario == null ? List.of() : List.of(new Reduction(scenario, likelihood, 0)),
                null);
    }

    /** The lowest total score over every subset that meets its prerequisites and the budget. */
    private static int bruteForce(Risk risk, long budget) {
        var cms = risk.countermeasures();
        int best = Integer.MAX_VALUE;
        for (int mask = 0; mask < 1 << cms.size(); mask++) {
            var chosen = new HashSet<String>();
            long cost = 0;
            for (int i = 0; i < cms.size(); i++) {
                if ((mask & 1 << i) != 0) {
                    chosen.add(cms.get(i).id());
                    cost += cms.get(i).cost(1);
                }
            }
            if (cost > budget) continue;
            boolean closed =
                    cms.stream().filter(c -> chosen.contains(c.id())).allMatch(c -> chosen.containsAll(c.requires()));
            if (closed) best = Math.min(best, after(risk, chosen));
        }
        return best;
    }

    /** The total score with the chosen countermeasures, by the contract: cuts add up, levels stop at 1. */
    private static int after(Risk risk, Set<String> chosen) {
        var cutL = new HashMap<String, Integer>();
        var cutC = new HashMap<String, Integer>();
        for (var cm : risk.countermeasures()) {
            if (!chosen.contains(cm.id())) continue;
            for (var r : cm.reduces()) {
                cutL.merge(r.scenario(), r.likelihood(), Integer::sum);
                cutC.merge(r.scenario(), r.consequence(), Integer::sum);
            }
        }
        int total = 0;
        for (var s : risk.scenarios()) {
            int c = Math.max(1, risk.consequenceOf(s).worst() - cutC.getOrDefault(s.id(), 0));
            int l = Math.max(1, s.currentLikelihood() - cutL.getOrDefault(s.id(), 0));
            total += risk.matrix().score(c, l);
        }
        return total;
    }

    private static long cost(Risk risk, List<String> selected) {
        return risk.countermeasures().stream()
                .filter(c -> selected.contains(c.id()))
                .mapToLong(c -> c.cost(1))
                .sum();
    }

    private static void assertPrerequisitesComeFirst(Risk risk, List<String> selected) {
        for (var cm : risk.countermeasures()) {
            int at = selected.indexOf(cm.id());
            if (at < 0) continue;
            for (var r : cm.requires()) {
                assertThat(selected.indexOf(r)).as(cm.id() + " needs " + r).isBetween(0, at - 1);
            }
        }
    }
}
