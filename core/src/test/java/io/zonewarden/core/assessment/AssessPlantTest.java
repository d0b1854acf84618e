package io.zonewarden.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.core.catalog.Catalog;
import io.zonewarden.core.catalog.ComponentType;
import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.catalog.SecurityLevel;
import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.catalog.SystemRequirement;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.Asset;
import io.zonewarden.core.model.AssetType;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.PlantInfo;
import io.zonewarden.core.model.Zone;
import io.zonewarden.core.model.ZoneKind;
import io.zonewarden.core.model.assessment.Answer;
import io.zonewarden.core.model.assessment.AnswerStatus;
import io.zonewarden.core.model.assessment.Assessment;
import io.zonewarden.core.model.assessment.ComponentAssessment;
import io.zonewarden.core.model.assessment.Evidence;
import io.zonewarden.core.model.assessment.ProgrammeRating;
import io.zonewarden.core.model.assessment.Verification;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SL-A, gaps, blocking requirements, SL-C and the programme profile on hand-computed cases. */
class AssessPlantTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final AssessPlant ASSESS = new AssessPlant(CATALOG, Scope.TARGET, 2);

    /** Answers every 62443-3-3 row that {@code which} accepts with {@code status}. */
    private static Map<String, Answer> answer(Predicate<SystemRequirement> which, AnswerStatus status) {
        var answers = new LinkedHashMap<String, Answer>();
        for (var r : CATALOG.systemRequirements()) {
            if (which.test(r)) answers.put(r.id(), Answer.of(r.id(), status));
        }
        return answers;
    }

    private static Predicate<SystemRequirement> upTo(int level) {
        return r -> r.requiredFrom().value() <= level;
    }

    private static Zone zone(String id, SecurityLevelVector target) {
        return new Zone(id, id, ZoneKind.CONTROL, target, List.of(), List.of(), List.of(), null);
    }

    private static ZoneAssessment assess(SecurityLevelVector target, Map<String, Answer> answers) {
        return ASSESS.assess(zone("z", target), answers, new java.util.ArrayList<>());
    }

    @Test
    void givenEverySl1RowImplemented_whenTargetIsSl1_thenSlA1EverywhereAndNoGap() {
        var result = assess(SecurityLevelVector.flat(SecurityLevel.SL1), answer(upTo(1), AnswerStatus.IMPLEMENTED));

        assertThat(result.slAchieved()).isEqualTo(SecurityLevelVector.flat(SecurityLevel.SL1));
        assertThat(result.gap()).containsOnly(0);
        assertThat(result.scope()).hasSize(38);
        assertThat(result.completeness()).isEqualTo(1.0);
        assertThat(result.meetsTarget()).isTrue();
    }

    @ParameterizedTest(name = "SL {0}")
    @ValueSource(ints = {0, 1, 2, 3, 4})
    void givenTheRowsOfFr5UpToALevel_whenAssessed_thenSlAOfFr5IsThatLevel(int level) {
        var answers = answer(
                r -> r.fr() == FoundationalRequirement.RDF && r.requiredFrom().value() <= level,
                AnswerStatus.IMPLEMENTED);

        var result = assess(SecurityLevelVector.flat(SecurityLevel.SL4), answers);

        assertThat(result.slAchieved().of(FoundationalRequirement.RDF).value()).isEqualTo(level);
        assertThat(result.slAchieved().of(FoundationalRequirement.IAC).value()).isZero();
        // without a single FR 5 answer the FR is not assessed: no gap rather than a gap of 4
        assertThat(result.gap().get(4)).isEqualTo(level == 0 ? null : 4 - level);
        assertThat(result.isAssessed(FoundationalRequirement.RDF)).isEqualTo(level > 0);
        // FR 5 has 4 SRs and 7 REs: 4 rows at SL1, 6 at SL2, 10 at SL3, 11 at SL4
        var expectedBlocking = switch (level) {
            case 0 -> 4;
            case 1 -> 2;
            case 2 -> 4;
            case 3 -> 1;
            default -> 0;
        };
        assertThat(result.blocking().get(FoundationalRequirement.RDF)).hasSize(expectedBlocking);
    }

    @Test
    void givenAllHundredRowsImplemented_whenAssessed_thenSl4EverywhereAndNothingBlocks() {
        var result = assess(SecurityLevelVector.flat(SecurityLevel.SL4), answer(r -> true, AnswerStatus.IMPLEMENTED));

        assertThat(result.slAchieved()).isEqualTo(SecurityLevelVector.flat(SecurityLevel.SL4));
        assertThat(result.blocking().values()).allMatch(List::isEmpty);
        assertThat(result.scope()).hasSize(100);
    }

    @ParameterizedTest
    @EnumSource(
            value = AnswerStatus.class,
            names = {"PARTIAL", "PLANNED", "NOT_IMPLEMENTED"})
    void givenOneSl2RowNotMet_whenTargetIsSl2_thenThatFrStaysAt1AndTheRowBlocks(AnswerStatus status) {
        var answers = answer(upTo(2), AnswerStatus.IMPLEMENTED);
        answers.put("SR 3.7", Answer.of("SR 3.7", status));

        var result = assess(SecurityLevelVector.flat(SecurityLevel.SL2), answers);

        assertThat(result.slAchieved()).isEqualTo(SecurityLevelVector.of(2, 2, 1, 2, 2, 2, 2));
        assertThat(result.gap()).containsExactly(0, 0, 1, 0, 0, 0, 0);
        assertThat(result.blocking().get(FoundationalRequirement.SI))
                .extracting(s -> s.requirement().id())
                .containsExactly("SR 3.7");
        assertThat(result.unmet()).extracting(s -> s.requirement().id()).containsExactly("SR 3.7");
    }

    @Test
    void givenCompensatedAndJustifiedNotApplicable_whenAssessed_thenTheyCountAsMet() {
        var answers = answer(upTo(1), AnswerStatus.IMPLEMENTED);
        answers.put(
                "SR 2.3",
                new Answer(
                        "SR 2.3",
                        AnswerStatus.COMPENSATED,
                        null,
                        "kiosk scans all media",
                        "cm-usb-kiosk",
                        List.of(),
                        null,
                        null));
        answers.put(
                "SR 1.6",
                new Answer(
                        "SR 1.6",
                        AnswerStatus.NOT_APPLICABLE,
                        null,
                        "no wireless in the zone",
                        null,
                        List.of(),
                        null,
                        null));

        var result = assess(SecurityLevelVector.flat(SecurityLevel.SL1), answers);

        assertThat(result.slAchieved()).isEqualTo(SecurityLevelVector.flat(SecurityLevel.SL1));
    }

    @Test
    void givenAnUnansweredSl1Row_whenAssessed_thenThatFrIsAt0AndCompletenessDrops() {
        var answers = answer(upTo(1), AnswerStatus.IMPLEMENTED);
        answers.remove("SR 6.1");

        var result = assess(SecurityLevelVector.flat(SecurityLevel.SL1), answers);

        assertThat(result.slAchieved().of(FoundationalRequirement.TRE)).isEqualTo(SecurityLevel.SL0);
        assertThat(result.answered()).isEqualTo(37);
        assertThat(result.completeness()).isEqualTo(37 / 38.0);
        assertThat(result.blocking().get(FoundationalRequirement.TRE))
                .singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo("unanswered"));
    }

    @Test
    void givenBlockingRowsInEveryState_whenListed_thenClosestToMetComesFirst() {
        var answers = answer(upTo(1), AnswerStatus.IMPLEMENTED);
        // FR 1 at SL 2 needs SR 1.1 RE 1, 1.2, 1.6 RE 1, 1.8, 1.9, 1.13 RE 1
        answers.put("SR 1.9", Answer.of("SR 1.9", AnswerStatus.NOT_IMPLEMENTED));
        answers.put("SR 1.8", Answer.of("SR 1.8", AnswerStatus.PLANNED));
        answers.put("SR 1.2", Answer.of("SR 1.2", AnswerStatus.PARTIAL));

        var result = assess(SecurityLevelVector.flat(SecurityLevel.SL2), answers);

        assertThat(result.blocking().get(FoundationalRequirement.IAC))
                .extracting(RequirementState::state)
                .containsExactly("partial", "planned", "not-implemented", "unanswered", "unanswered", "unanswered");
    }

    @Test
    void givenAnEnhancementMetWithoutItsRequirement_whenAssessed_thenTheLevelNeedsTheRequirementAndAWarningSaysSo() {
        var answers = answer(upTo(1), AnswerStatus.IMPLEMENTED);
        answers.remove("SR 5.1");
        answers.put("SR 5.1 RE 1", Answer.of("SR 5.1 RE 1", AnswerStatus.IMPLEMENTED));
        var findings = new java.util.ArrayList<io.zonewarden.core.zoning.Finding>();

        var result = ASSESS.assess(zone("z", SecurityLevelVector.flat(SecurityLevel.SL2)), answers, findings);

        assertThat(result.slAchieved().of(FoundationalRequirement.RDF)).isEqualTo(SecurityLevel.SL0);
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("ASSESS-RE-WITHOUT-SR");
            assertThat(f.subjects()).containsExactly("z", "SR 5.1 RE 1", "SR 5.1");
        });
    }

    @Test
    void givenSlT0InAnFr_whenAssessed_thenThatFrHasNoRequirementsInScopeAndNoGap() {
        var target = SecurityLevelVector.of(2, 2, 0, 1, 3, 1, 3);

        var result = assess(target, answer(upTo(1), AnswerStatus.NOT_IMPLEMENTED));

        assertThat(result.scope()).noneMatch(s -> s.requirement().fr() == FoundationalRequirement.SI);
        assertThat(result.gap().get(2)).isZero();
        assertThat(result.gap()).containsExactly(2, 2, 0, 1, 3, 1, 3);
        // FR1 13+? rows: scope size equals the catalog's selection for the vector
        assertThat(result.scope()).hasSize(CATALOG.requirementsFor(target).size());
    }

    @Test
    void givenScopeAll_whenAssessed_thenEveryRowIsInScopeAndSlAMayExceedSlT() {
        var all = new AssessPlant(CATALOG, Scope.ALL, 2);
        var answers = answer(upTo(3), AnswerStatus.IMPLEMENTED);

        var result = all.assess(
                zone("z", SecurityLevelVector.flat(SecurityLevel.SL1)), answers, new java.util.ArrayList<>());

        assertThat(result.scope()).hasSize(100);
        // FR 6 and FR 7 select nothing new at SL 4, so meeting their SL 3 rows reaches SL 4
        assertThat(result.slAchieved()).isEqualTo(SecurityLevelVector.of(3, 3, 3, 3, 3, 4, 4));
        assertThat(result.completeness()).isEqualTo(0.9);
        assertThat(result.meetsTarget()).isTrue();
    }

    @Test
    void givenAZoneWithoutSlT_whenAssessed_thenNothingIsInScopeAndThereIsNoGap() {
        var zone = new Zone("z", "z", ZoneKind.CONTROL, null, List.of(), List.of(), List.of(), null);

        var result = ASSESS.assess(zone, Map.of(), new java.util.ArrayList<>());

        assertThat(result.scope()).isEmpty();
        assertThat(result.gap()).containsOnly((Integer) null);
        assertThat(result.completeness()).isEqualTo(1.0);
        assertThat(result.meetsTarget()).isTrue();
    }

    // Claimed and verified SL-A, FRs not assessed ------------------------------------------------------------

    @Test
    void givenNoAnswerAtAll_whenAssessed_thenNoFrIsAssessedAndNoGapIsGuessed() {
        var result = assess(SecurityLevelVector.of(2, 2, 0, 1, 3, 1, 3), Map.of());

        assertThat(result.assessed()).isEmpty();
        assertThat(result.claimedLevels()).containsOnly((Integer) null);
        assertThat(result.verifiedLevels()).containsOnly((Integer) null);
        assertThat(result.gap()).containsOnly((Integer) null);
        assertThat(result.gapVerified()).containsOnly((Integer) null);
        // nobody has shown that the zone reaches SL-T, so it does not meet it
        assertThat(result.meetsTarget()).isFalse();
        // the requirements of SL 1 still block, so the next step is known
        assertThat(result.blocking().get(FoundationalRequirement.IAC)).isNotEmpty();
    }

    /**
     * Every SL 1 row tested, except: FR 1 one row read in a document named nowhere as evidence, FR 2 one row read in
     * a document given as evidence, FR 3 one row asked in an interview, FR 4 one row not applicable without any
     * check, FR 5 one row observed, FR 6 one row with no verification at all, FR 7 not answered.
     */
    @Test
    void givenAnswersCheckedInDifferentWays_whenAssessed_thenOnlyDemonstratedOrDocumentedAnswersAreVerified() {
        var answers = new LinkedHashMap<String, Answer>();
        for (var r : CATALOG.systemRequirements()) {
            if (r.requiredFrom().value() <= 1 && r.fr() != FoundationalRequirement.RA) {
                answers.put(r.id(), Answer.of(r.id(), AnswerStatus.IMPLEMENTED).verified(Verification.TEST, "A", null));
            }
        }
        var policy = new Evidence("Access control policy", "3", null, null, null, null);
        answers.put("SR 1.1", implemented("SR 1.1", List.of(), Verification.DOCUMENT));
        answers.put("SR 2.1", implemented("SR 2.1", List.of(policy), Verification.DOCUMENT));
        answers.put("SR 3.1", implemented("SR 3.1", List.of(policy), Verification.INTERVIEW));
        answers.put(
                "SR 4.1",
                new Answer(
                        "SR 4.1",
                        AnswerStatus.NOT_APPLICABLE,
                        null,
                        "no confidential data",
                        null,
                        List.of(),
                        null,
                        null));
        answers.put("SR 5.1", implemented("SR 5.1", List.of(), Verification.OBSERVATION));
        answers.put("SR 6.1", Answer.of("SR 6.1", AnswerStatus.IMPLEMENTED));

        var result = assess(SecurityLevelVector.flat(SecurityLevel.SL1), answers);

        assertThat(result.claimedLevels()).containsExactly(1, 1, 1, 1, 1, 1, null);
        assertThat(result.verifiedLevels()).containsExactly(0, 1, 0, 1, 1, 0, null);
        assertThat(result.gap()).containsExactly(0, 0, 0, 0, 0, 0, null);
        assertThat(result.gapVerified()).containsExactly(1, 0, 1, 0, 0, 1, null);
        assertThat(result.notAssessed()).containsExactly(FoundationalRequirement.RA);
        // FR 7 is asked for at SL 1 and nobody looked: neither claim meets the target
        assertThat(result.meetsTarget()).isFalse();
        assertThat(result.meetsTargetVerified()).isFalse();
    }

    @Test
    void givenAnFrAnsweredOnlyWithUnmetRows_whenAssessed_thenItIsAssessedAtSl0WithItsGap() {
        var answers = Map.of("SR 7.1", Answer.of("SR 7.1", AnswerStatus.PLANNED));

        var result = assess(SecurityLevelVector.flat(SecurityLevel.SL2), answers);

        assertThat(result.claimed(FoundationalRequirement.RA)).isZero();
        assertThat(result.verified(FoundationalRequirement.RA)).isZero();
        assertThat(result.gap()).containsExactly(null, null, null, null, null, null, 2);
    }

    @Test
    void givenACompensatedAnswerDocumentedWithEvidence_whenAssessed_thenItCountsAsVerified() {
        var answers = answer(
                r -> r.fr() == FoundationalRequirement.TRE && r.requiredFrom().value() <= 1,
                AnswerStatus.NOT_IMPLEMENTED);
        for (var id : List.copyOf(answers.keySet())) {
            answers.put(
                    id,
                    new Answer(
                            id,
                            AnswerStatus.COMPENSATED,
                            null,
                            "the kiosk scans every medium",
                            "cm-kiosk",
                            List.of(new Evidence(null, null, null, null, null, "kiosk log of 2026-11")),
                            null,
                            null,
                            Verification.DOCUMENT,
                            "J. de Vries",
                            java.time.LocalDate.of(2026, 11, 12)));
        }

        var result = assess(SecurityLevelVector.flat(SecurityLevel.SL1), answers);

        assertThat(result.claimed(FoundationalRequirement.TRE)).isEqualTo(1);
        assertThat(result.verified(FoundationalRequirement.TRE)).isEqualTo(1);
    }

    private static Answer implemented(String id, List<Evidence> evidence, Verification how) {
        return new Answer(id, AnswerStatus.IMPLEMENTED, null, null, null, evidence, null, null, how, "A", null);
    }

    // Components ----------------------------------------------------------------------------------------------

    @Test
    void givenAnEmbeddedDeviceMeetingItsSl2Rows_whenItsCapabilityIsComputed_thenSlC2() {
        var answers = new LinkedHashMap<String, Answer>();
        for (var r : CATALOG.componentRequirementsFor(ComponentType.EDR, SecurityLevel.SL2)) {
            answers.put(r.id(), Answer.of(r.id(), AnswerStatus.IMPLEMENTED));
        }

        var capability = ASSESS.capability(new ComponentAssessment(ComponentType.EDR, answers));

        assertThat(answers).hasSize(61);
        // per FR the highest level whose EDR rows are all among the SL 2 rows: 2 where SL 3 adds a row, more where
        // the catalog selects nothing new above SL 2 for embedded devices in that FR
        for (var fr : FoundationalRequirement.values()) {
            int expected = 2;
            for (int n = 3; n <= 4; n++) {
                var level = SecurityLevel.of(n);
                boolean nothingNew = CATALOG.componentRequirementsFor(ComponentType.EDR, level).stream()
                        .filter(r -> r.fr() == fr)
                        .allMatch(r -> answers.containsKey(r.id()));
                if (!nothingNew) break;
                expected = n;
            }
            assertThat(capability.of(fr).value()).as(fr.id()).isEqualTo(expected);
        }
        assertThat(capability.toArray()).contains(2);
    }

    @Test
    void givenAComponentBelowItsZone_whenThePlantIsAssessed_thenTheCapabilityGapNamesTheAssetAndFrs() {
        var answers = new LinkedHashMap<String, Answer>();
        for (var r : CATALOG.componentRequirementsFor(ComponentType.EDR, SecurityLevel.SL2)) {
            answers.put(r.id(), Answer.of(r.id(), AnswerStatus.IMPLEMENTED));
        }
        var plc = Asset.builder("plc-1", AssetType.PLC)
                .slCapability(SecurityLevelVector.flat(SecurityLevel.SL4)) // answers win over the declared SL-C
                .build();
        var hmi = Asset.builder("hmi-1", AssetType.HMI)
                .slCapability(SecurityLevelVector.of(2, 2, 2, 1, 2, 1, 2))
                .build();
        var bpcs = new Zone(
                "bpcs",
                "BPCS",
                ZoneKind.CONTROL,
                SecurityLevelVector.of(2, 2, 2, 1, 3, 1, 3),
                List.of("plc-1", "hmi-1"),
                List.of(),
                List.of(),
                null);
        var assessment = new Assessment(
                Map.of(), Map.of("plc-1", new ComponentAssessment(ComponentType.EDR, answers)), Map.of());
        var plant =
                new Plant(new PlantInfo("p", "p", null, null), List.of(plc, hmi), List.of(bpcs), List.of(), assessment);

        var report = ASSESS.assess(plant);

        assertThat(report.capabilityGaps())
                .extracting(CapabilityGap::asset, CapabilityGap::fromAnswers)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("plc-1", true),
                        org.assertj.core.groups.Tuple.tuple("hmi-1", false));
        // SL 2 rows met give the PLC SL-C {2 2 2 2 4 2 2} (nothing new at SL 3-4 in FR 5 for an EDR): only FR 7 falls
        // short
        assertThat(report.capabilityGaps().get(0).frs()).containsExactly(FoundationalRequirement.RA);
        assertThat(report.capabilityGaps().get(1).frs())
                .containsExactlyInAnyOrder(FoundationalRequirement.RDF, FoundationalRequirement.RA);
    }

    // Programme -----------------------------------------------------------------------------------------------

    @Test
    void givenSomeRatedElements_whenProfiled_thenBelowTargetListsTheLowAndTheUnrated() {
        var ratings = Map.of(
                "ORG 1.1", new ProgrammeRating("ORG 1.1", 3, null, List.of(), null, null),
                "ORG 1.3", new ProgrammeRating("ORG 1.3", 1, null, List.of(), null, null));
        var plant = new Plant(
                new PlantInfo("p", "p", null, null),
                List.of(),
                List.of(),
                List.of(),
                new Assessment(Map.of(), Map.of(), ratings));

        var profile = ASSESS.assess(plant).programme();

        assertThat(profile.rated()).isEqualTo(2);
        assertThat(profile.belowTarget())
                .extracting(e -> e.element().id())
                .contains("ORG 1.3")
                .doesNotContain("ORG 1.1");
        assertThat(profile.belowTarget()).hasSize(profile.entries().size() - 1);
    }

    // The example plant ---------------------------------------------------------------------------------------

    @Test
    void givenTheExamplePlant_whenAssessed_thenTheSlAVectorsAreThoseItsCommentsDeriveByHand() throws Exception {
        var plant = PlantYamlReader.read(Path.of("../examples/chemical-plant.yaml"));

        var report = AssessPlant.standard().assess(plant);

        var bpcs = report.zone("bpcs").orElseThrow();
        assertThat(bpcs.slAchieved()).isEqualTo(SecurityLevelVector.of(1, 1, 2, 1, 0, 1, 2));
        assertThat(bpcs.gap()).containsExactly(1, 1, 0, 0, 3, 0, 1);
        // verified by hand from the example's verification fields (its comments say why per FR): FR 1 has stated-only
        // SL 1 rows, FR 3 an SL 2 row known from an interview, FR 7 a document the answer does not name
        assertThat(bpcs.slVerified()).isEqualTo(SecurityLevelVector.of(0, 1, 1, 1, 0, 1, 0));
        assertThat(bpcs.gapVerified()).containsExactly(2, 1, 1, 0, 3, 0, 3);
        assertThat(plant.assessment().latestVerification("bpcs").orElseThrow().verifiedOn())
                .isEqualTo(java.time.LocalDate.of(2026, 11, 13));
        assertThat(bpcs.blocking().get(FoundationalRequirement.RDF))
                .extracting(s -> s.requirement().id())
                .containsExactly("SR 5.1");
        // the DMZ was assessed for FR 1 and FR 5 only: the other FRs have no level and no gap
        var dmz = report.zone("dmz").orElseThrow();
        assertThat(dmz.slAchieved()).isEqualTo(SecurityLevelVector.of(1, 0, 0, 0, 2, 0, 0));
        assertThat(dmz.claimedLevels()).containsExactly(1, null, null, null, 2, null, null);
        assertThat(dmz.gap()).containsExactly(1, null, null, null, 1, null, null);
        assertThat(dmz.verifiedLevels()).containsExactly(0, null, null, null, 1, null, null);
        assertThat(dmz.gapVerified()).containsExactly(2, null, null, null, 2, null, null);
        assertThat(report.zone("ops").orElseThrow().answered()).isZero();
        assertThat(report.zone("ops").orElseThrow().claimedLevels()).containsOnly((Integer) null);
        assertThat(report.hasGap()).isTrue();
    }

    // Progress ------------------------------------------------------------------------------------------------

    @Test
    void givenABaselineAndAFollowUp_whenCompared_thenTheDeltaAndTheRequirementsThatMovedAreShown() {
        var info = new PlantInfo("p", "p", null, null);
        var zone = zone("bpcs", SecurityLevelVector.flat(SecurityLevel.SL2));
        var before = answer(upTo(1), AnswerStatus.IMPLEMENTED);
        before.put("SR 3.7", Answer.of("SR 3.7", AnswerStatus.IMPLEMENTED));
        var after = new LinkedHashMap<>(before);
        after.put("SR 5.1", Answer.of("SR 5.1", AnswerStatus.PARTIAL)); // lost
        after.putAll(answer(
                r -> r.fr() == FoundationalRequirement.SI && r.requiredFrom().value() == 2,
                AnswerStatus.IMPLEMENTED)); // FR 3 reaches SL 2
        var baseline = new Plant(
                info, List.of(), List.of(zone), List.of(), new Assessment(Map.of("bpcs", before), Map.of(), Map.of()));
        var current = baseline.withAssessment(new Assessment(Map.of("bpcs", after), Map.of(), Map.of()));

        var progress = CompareAssessments.compare(baseline, ASSESS.assess(baseline), current, ASSESS.assess(current));

        assertThat(progress).singleElement().satisfies(p -> {
            assertThat(p.delta()).containsExactly(0, 0, 1, 0, -1, 0, 0);
            assertThat(p.lost()).containsExactly("SR 5.1");
            assertThat(p.newlyMet()).containsExactlyInAnyOrder("SR 3.2 RE 1", "SR 3.8", "SR 3.9");
            assertThat(p.changed()).isTrue();
        });
    }
}
