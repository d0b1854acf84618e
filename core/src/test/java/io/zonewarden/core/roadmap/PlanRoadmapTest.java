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
        var best = bruteForce(plant.risk(), budget);
        if (best == null) {
            assertThatThrownBy(() -> PlanRoadmap.plan(plant, budget))
                    .isInstanceOf(UnaffordableException.class)
                    .hasMessageContaining("the required countermeasures");
            return;
        }
        var roadmap = PlanRoadmap.plan(plant, budget);
        var chosen = Set.copyOf(roadmap.selected());
        assertThat(roadmap.optimal()).as(roadmap::toString).isTrue();
        // the same rank as the best subset: safety, intolerable, score after, cost
        assertThat(rank(plant.risk(), chosen)).containsExactly(best);
        assertThat(roadmap.safetyIntolerableAfter()).isEqualTo(best[0]);
        assertThat(roadmap.intolerableAfter()).isEqualTo(best[1]);
        assertThat(roadmap.scoreAfter()).isEqualTo(best[2]).isEqualTo(after(plant.risk(), chosen));
        assertThat(roadmap.cost()).isLessThanOrEqualTo(budget).isEqualTo(cost(plant.risk(), roadmap.selected()));
        assertThat(chosen).containsAll(roadmap.required());
        assertPrerequisitesComeFirst(plant.risk(), roadmap.selected());
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
        // each costs 10 once; 10 may be spent a year. cm-y brings Y within the line (C3 L3 = 5 -> L2 = 3); cm-x
        // removes more (C5 L5 = 20 -> 14) but X stays above it: one scenario fewer above the line in year 1 wins
        var plant = plant(
                List.of(scenario("X", 5, 5), scenario("Y", 3, 3)),
                List.of(cm("cm-x", 10, 0, List.of(), "X", 1), cm("cm-y", 10, 0, List.of(), "Y", 1)));
        var roadmap = PlanRoadmap.plan(plant, RoadmapOptions.of(100).withYears(2, 10L));
        assertThat(roadmap.selected()).containsExactlyInAnyOrder("cm-x", "cm-y");
        assertThat(roadmap.phases()).hasSize(2);
        assertThat(roadmap.phases()).allSatisfy(p -> assertThat(p.cost()).isEqualTo(10));
        assertThat(roadmap.phases().get(0).countermeasures()).containsExactly("cm-y");
        assertThat(roadmap.phases().get(1).countermeasures()).containsExactly("cm-x");
        var one = PlanRoadmap.plan(plant, RoadmapOptions.of(100).withYears(1, 10L));
        assertThat(one.selected()).containsExactly("cm-y");
    }

    @Test
    void givenASafetyRiskAndMoreScoreElsewhere_whenPlanned_thenTheSafetyRiskIsTreatedFirst() {
        // S: safety C4 L3 = 7, intolerable; cm-safe cuts a likelihood level: C4 L2 = 4, removes 3.
        // P1, P2: production C5 L3 = 9 each; cm-prod cuts two levels of both: C5 L1 = 4 each, removes 10.
        // Budget 10, each costs 10: by score (10 > 3) and by scenarios above the line (2 > 1) cm-prod wins;
        // safety first takes cm-safe, and P1, P2 stay above the line.
        var plant = plant(
                List.of(scenario("S", 4, 1, 3), scenario("P1", 5, 3), scenario("P2", 5, 3)),
                List.of(
                        new Countermeasure(
                                "cm-prod",
                                "cm-prod",
                                10,
                                0,
                                null,
                                List.of(),
                                List.of(),
                                List.of(new Reduction("P1", 2, 0), new Reduction("P2", 2, 0)),
                                null),
                        cm("cm-safe", 10, 0, List.of(), "S", 1)));
        var roadmap = PlanRoadmap.plan(plant, 10);
        assertThat(roadmap.optimal()).isTrue();
        assertThat(roadmap.selected()).containsExactly("cm-safe");
        assertThat(roadmap.scoreBefore()).isEqualTo(25);
        assertThat(roadmap.scoreAfter()).isEqualTo(22);
        assertThat(roadmap.safetyIntolerableBefore()).isEqualTo(1);
        assertThat(roadmap.safetyIntolerableAfter()).isZero();
        assertThat(roadmap.intolerableBefore()).isEqualTo(3);
        assertThat(roadmap.intolerableAfter()).isEqualTo(2);
        assertThat(roadmap.greedySelected()).containsExactly("cm-prod");
        assertThat(roadmap.greedyScoreAfter()).isEqualTo(15);
        assertThat(roadmap.unreached()).extracting(Unreached::scenario).containsExactly("P1", "P2");
        assertThat(roadmap.unreached()).allSatisfy(u -> {
            assertThat(u.safety()).isFalse();
            assertThat(u.safetyScore()).isNull();
        });
        // nothing bought: the safety scenario is listed first although its score (7) is below the others' (9)
        var nothing = PlanRoadmap.plan(plant, 0);
        assertThat(nothing.unreached()).extracting(Unreached::scenario).containsExactly("S", "P1", "P2");
        assertThat(nothing.unreached().get(0).safety()).isTrue();
        assertThat(nothing.unreached().get(0).safetyScore()).isEqualTo(7);
        // with 20 both fit: C4 L2 = 4 plus two C5 L1 = 4
        assertThat(PlanRoadmap.plan(plant, 20).scoreAfter()).isEqualTo(12);
    }

    @Test
    void givenARequiredCountermeasure_whenPlanned_thenItIsInWithItsPrerequisitesOrTheBudgetIsRefused() {
        // cm-req (20) needs cm-base (30) and removes nothing; cm-other (10) cuts X (C5 L5 = 20 -> 14)
        var req = cm("cm-req", 20, 0, List.of("cm-base"), null, 0).withRequired(true);
        var plant = plant(
                List.of(scenario("X", 5, 5)),
                List.of(req, cm("cm-base", 30, 0, List.of(), null, 0), cm("cm-other", 10, 0, List.of(), "X", 1)));
        var sixty = PlanRoadmap.plan(plant, 60);
        assertThat(sixty.selected()).containsExactly("cm-other", "cm-base", "cm-req");
        assertThat(sixty.required()).containsExactly("cm-req");
        assertThat(sixty.cost()).isEqualTo(60);
        // 55: the required pair (50) leaves 5, not enough for cm-other
        var fiftyFive = PlanRoadmap.plan(plant, 55);
        assertThat(fiftyFive.selected()).containsExactlyInAnyOrder("cm-base", "cm-req");
        assertThat(fiftyFive.scoreAfter()).isEqualTo(20);
        assertThatThrownBy(() -> PlanRoadmap.plan(plant, 45))
                .isInstanceOf(UnaffordableException.class)
                .hasMessage("the required countermeasures cm-req with their prerequisites cm-base cost at least 50,"
                        + " more than the budget of 45: raise the budget or drop 'required' from one of them")
                .satisfies(e -> {
                    assertThat(((UnaffordableException) e).required()).containsExactly("cm-req");
                    assertThat(((UnaffordableException) e).prerequisites()).containsExactly("cm-base");
                });
        // 50 over two years, but 25 a year: cm-base alone (30) fits no year, and cm-req cannot start before it
        assertThatThrownBy(() -> PlanRoadmap.plan(plant, RoadmapOptions.of(50).withYears(2, 25L)))
                .isInstanceOf(UnaffordableException.class)
                .hasMessageContaining("cm-req with their prerequisites cm-base")
                .hasMessageContaining("do not fit a budget of 25 a year");
    }

    @Test
    void givenSeveralYears_whenPlanned_thenTheMainReducerOfTheTopRiskStartsInTheFirstYear() {
        // TOP: safety C5 L3 = 9; cm-main (40) cuts two likelihood levels: C5 L1 = 4.
        // Q1, Q2: production C3 L3 = 5; cm-q1, cm-q2 (10 each) cut one level: C3 L2 = 3.
        // 40 a year over three years. By ratio the quick ones come first (2 / 10 against 5 / 40), but a year with
        // TOP above the line costs a safety-year: cm-main in year 1, the quick ones in year 2 (one scenario-year
        // fewer above the line each than in year 3).
        var plant = plant(
                List.of(scenario("TOP", 5, 1, 3), scenario("Q1", 3, 3), scenario("Q2", 3, 3)),
                List.of(
                        cm("cm-q1", 10, 0, List.of(), "Q1", 1),
                        cm("cm-q2", 10, 0, List.of(), "Q2", 1),
                        cm("cm-main", 40, 0, List.of(), "TOP", 2)));
        var roadmap = PlanRoadmap.plan(plant, RoadmapOptions.of(120).withYears(3, 40L));
        assertThat(roadmap.optimal()).isTrue();
        assertThat(roadmap.phases()).extracting(Phase::number).containsExactly(1, 2);
        assertThat(roadmap.phases().get(0).countermeasures()).containsExactly("cm-main");
        assertThat(roadmap.phases().get(1).countermeasures()).containsExactlyInAnyOrder("cm-q1", "cm-q2");
        assertThat(roadmap.scoreAfter()).isEqualTo(4 + 3 + 3);
        assertThat(roadmap.greedySelected()).startsWith("cm-q1", "cm-q2");
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
        assertThat(rank(plant.risk(), Set.copyOf(roadmap.selected())))
                .containsExactly(bruteForce(plant.risk(), 100_000));
        assertPrerequisitesComeFirst(plant.risk(), roadmap.selected());
        assertThat(roadmap.phases()).isNotEmpty();
        assertThat(roadmap.phases().get(0).number()).isEqualTo(1);
    }

    @Test
    void givenTheExamplePlant_whenPlannedWithAHundredThousand_thenTheSafetyZoneIsInAndZcr33Resolved() throws Exception {
        // cm-sis-zone (40,000) is required: S-01 C5 -> C3, S-04 L2 -> L1 (C4 L1 = 3). S-01 then needs L2 or less
        // (C3 L3 = 5 is a safety risk above the line): cm-mfa (15,000 + 3,000) gives C3 L2 = 3; S-02 (C4 L3 = 7)
        // cm-close-legacy-link (12,000): C4 L1 = 3; S-03 (C3 L3 = 5) cm-laptop-pool (9,000 + 1,500): C3 L1 = 2.
        // Nothing else fits the 19,500 left and lowers a score: 25 -> 3 + 3 + 2 + 3 = 11 for 80,500.
        var plant = PlantYamlReader.read(Path.of("../examples/chemical-plant.yaml"));
        var roadmap = PlanRoadmap.plan(plant, 100_000);
        assertThat(roadmap.required()).containsExactly("cm-sis-zone");
        assertThat(roadmap.selected())
                .containsExactlyInAnyOrder("cm-sis-zone", "cm-mfa", "cm-close-legacy-link", "cm-laptop-pool");
        assertThat(roadmap.cost()).isEqualTo(80_500);
        assertThat(roadmap.scoreBefore()).isEqualTo(25);
        assertThat(roadmap.scoreAfter()).isEqualTo(11);
        assertThat(roadmap.safetyIntolerableBefore()).isEqualTo(1);
        assertThat(roadmap.safetyIntolerableAfter()).isZero();
        assertThat(roadmap.intolerableBefore()).isEqualTo(3);
        assertThat(roadmap.intolerableAfter()).isZero();
        // the safety zone resolves ZCR-3.3, closing the link resolves DMZ-BYPASS; the wireless gateway stays
        assertThat(roadmap.resolved())
                .extracting(io.zonewarden.core.zoning.Finding::rule)
                .containsExactlyInAnyOrder("ZCR-3.3", "DMZ-BYPASS");
        // left: the wireless gateway, and the answers, component and leaver the cross-checks find (no countermeasure
        // of the example resolves them)
        assertThat(roadmap.unresolved())
                .extracting(io.zonewarden.core.zoning.Finding::rule)
                .containsExactly(
                        "ANSWER-VS-MODEL",
                        "ANSWER-VS-MODEL",
                        "COMPONENT-SL",
                        "COMPONENT-TYPE",
                        "LEAVER-HAS-ACCESS",
                        "ZCR-3.5");
        // BPCS SL-A {1 1 2 1 0 1 2}: SR 5.1 (partial) answered as implemented lifts FR 5 to 2
        var bpcs = roadmap.zones().stream()
                .filter(z -> z.zone().equals("bpcs"))
                .findFirst()
                .orElseThrow();
        assertThat(bpcs.slAchieved().toArray()).containsExactly(1, 1, 2, 1, 0, 1, 2);
        assertThat(bpcs.slPlanned().toArray()).containsExactly(1, 1, 2, 1, 2, 1, 2);
        assertThat(bpcs.satisfied()).containsExactly("SR 5.1");

        // without 'required', the ranking alone lowers S-01's likelihood instead: cm-mfa and cm-ot-monitoring
        // (with cm-span-ports) give C5 L1 = 4, on the line, and the plan removes one point more (25 -> 10)
        var free = plant.withRisk(new Risk(
                plant.risk().matrix(),
                plant.risk().hazards(),
                plant.risk().scenarios(),
                plant.risk().countermeasures().stream()
                        .map(c -> c.withRequired(false))
                        .toList()));
        var unforced = PlanRoadmap.plan(free, 100_000);
        assertThat(unforced.selected()).doesNotContain("cm-sis-zone").contains("cm-mfa", "cm-ot-monitoring");
        assertThat(unforced.scoreAfter()).isEqualTo(10);
        assertThat(unforced.safetyIntolerableAfter()).isZero();
        assertThat(unforced.unresolved())
                .extracting(io.zonewarden.core.zoning.Finding::rule)
                .contains("ZCR-3.3");
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
        for (int s = 0; s < m; s++) {
            // half with a safety consequence, at most as bad as the production one or worse
            int safety = random.nextBoolean() ? 0 : 1 + random.nextInt(5);
            scenarios.add(scenario("S" + s, safety, 1 + random.nextInt(5), 1 + random.nextInt(5)));
        }
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
                    null,
                    random.nextInt(8) == 0,
                    List.of()));
        }
        return plant(scenarios, cms);
    }

    private static Plant plant(List<ThreatScenario> scenarios, List<Countermeasure> cms) {
        var zone = new Zone("z", "z", ZoneKind.CONTROL, null, List.of(), List.of(), List.of(), null);
        return new Plant(new PlantInfo("p", "p", null, null), List.of(), List.of(zone), List.of())
                .withRisk(new Risk(M, List.of(), scenarios, cms));
    }

    private static ThreatScenario scenario(String id, int consequence, int likelihood) {
        return scenario(id, 0, consequence, likelihood);
    }

    /** A scenario with a safety consequence (none when 0) and a production one. */
    private static ThreatScenario scenario(String id, int safety, int production, int likelihood) {
        var levels = new java.util.EnumMap<ConsequenceCategory, Integer>(ConsequenceCategory.class);
        if (safety > 0) levels.put(ConsequenceCategory.SAFETY, safety);
        levels.put(ConsequenceCategory.PRODUCTION, production);
        return new ThreatScenario(
                id,
                null,
                "source",
                ThreatCapability.SIMPLE,
                "z",
                List.of("z"),
                null,
                new Consequences(levels),
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

    /**
     * The best rank over every subset that meets its prerequisites, holds the required countermeasures and fits the
     * budget: {safety-intolerable, intolerable, score after, cost}, compared in that order; {@code null} when none.
     */
    private static long[] bruteForce(Risk risk, long budget) {
        var cms = risk.countermeasures();
        long[] best = null;
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
            boolean required = cms.stream().filter(Countermeasure::required).allMatch(c -> chosen.contains(c.id()));
            if (!closed || !required) continue;
            var rank = rank(risk, chosen);
            if (best == null || java.util.Arrays.compare(rank, best) < 0) best = rank;
        }
        return best;
    }

    /** {scenarios with an intolerable safety risk, intolerable scenarios, total score after, cost}, by hand. */
    private static long[] rank(Risk risk, Set<String> chosen) {
        var cutL = new HashMap<String, Integer>();
        var cutC = new HashMap<String, Integer>();
        long cost = 0;
        for (var cm : risk.countermeasures()) {
            if (!chosen.contains(cm.id())) continue;
            cost += cm.cost(1);
            for (var r : cm.reduces()) {
                cutL.merge(r.scenario(), r.likelihood(), Integer::sum);
                cutC.merge(r.scenario(), r.consequence(), Integer::sum);
            }
        }
        var m = risk.matrix();
        long safety = 0;
        long intolerable = 0;
        for (var s : risk.scenarios()) {
            int l = Math.max(1, s.currentLikelihood() - cutL.getOrDefault(s.id(), 0));
            int c = Math.max(1, risk.consequenceOf(s).worst() - cutC.getOrDefault(s.id(), 0));
            if (m.score(c, l) > m.tolerable()) intolerable++;
            var sc = risk.consequenceOf(s).levels().get(ConsequenceCategory.SAFETY);
            if (sc != null && m.score(Math.max(1, sc - cutC.getOrDefault(s.id(), 0)), l) > m.tolerable()) safety++;
        }
        return new long[] {safety, intolerable, after(risk, chosen), cost};
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
