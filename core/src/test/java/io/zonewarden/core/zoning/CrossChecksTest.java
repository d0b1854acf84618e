package io.zonewarden.core.zoning;

import static io.zonewarden.core.zoning.Severity.ERROR;
import static io.zonewarden.core.zoning.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.zonewarden.core.assessment.AssessPlant;
import io.zonewarden.core.catalog.Catalog;
import io.zonewarden.core.catalog.ComponentType;
import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.AssetType;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.organisation.CheckOrganisation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The cross-checks of answers against the model: for each, a model where it must fire and one where it must not. */
class CrossChecksTest {

    private static Plant read(String yaml) throws ModelFileException {
        return PlantYamlReader.read(yaml, "test.yaml");
    }

    private static List<Object> findings(ZoningRule rule, Plant plant) {
        return rule.apply(plant).stream()
                .<Object>map(f -> tuple(f.rule(), f.severity(), f.subjects()))
                .toList();
    }

    private static Object finding(String rule, Severity severity, String... subjects) {
        return tuple(rule, severity, List.of(subjects));
    }

    /** A PLC and a wireless gateway in one control zone; the gateway is wireless when {@code wireless}. */
    private static String wirelessPlant(boolean wireless, String answer) {
        return """
                plant: {id: t, name: T}
                assets:
                  - {id: plc-1, type: plc, purdue: 1}
                  - {id: wgw-1, type: wireless-ap, purdue: 1, wireless: %s}
                zones:
                  - {id: bpcs, kind: control, slTarget: "2", assets: [plc-1, wgw-1]}
                assessment:
                  zones:
                    bpcs:
                      %s
                """.formatted(wireless, answer);
    }

    @Nested
    class AnswerVersusModel {

        private static final String NA_WIRELESS =
                "\"SR 2.2\": {status: not-applicable, justification: no wireless clients}";

        @Test
        void sr_2_2_not_applicable_with_a_wireless_asset_in_the_zone_is_contradicted() throws Exception {
            var plant = read(wirelessPlant(true, NA_WIRELESS));

            assertThat(findings(CrossChecks.ANSWER_VS_MODEL, plant))
                    .containsExactly(finding("ANSWER-VS-MODEL", ERROR, "bpcs", "SR 2.2"));
            assertThat(CrossChecks.ANSWER_VS_MODEL.apply(plant).getFirst().message())
                    .isEqualTo("zone bpcs answers SR 2.2 not-applicable (\"no wireless clients\"), but zone bpcs"
                            + " holds wireless asset wgw-1");
        }

        @Test
        void sr_2_2_not_applicable_without_wireless_assets_stands() throws Exception {
            assertThat(findings(CrossChecks.ANSWER_VS_MODEL, read(wirelessPlant(false, NA_WIRELESS))))
                    .isEmpty();
        }

        @Test
        void sr_2_2_implemented_with_a_wireless_asset_stands() throws Exception {
            assertThat(findings(CrossChecks.ANSWER_VS_MODEL, read(wirelessPlant(true, "\"SR 2.2\": implemented"))))
                    .isEmpty();
        }

        /** Enterprise, DMZ and control zones; {@code bypass} adds a conduit from enterprise straight to bpcs. */
        private static String segmentedPlant(boolean bypass, String sr51) {
            return """
                    plant: {id: t, name: T}
                    assets:
                      - {id: erp-1, type: server, purdue: 4}
                      - {id: hist-dmz, type: historian, purdue: 3.5}
                      - {id: plc-1, type: plc, purdue: 1}
                    zones:
                      - {id: enterprise, kind: enterprise, slTarget: "1", assets: [erp-1]}
                      - {id: dmz, kind: dmz, slTarget: "2", assets: [hist-dmz]}
                      - {id: bpcs, kind: control, slTarget: "2", assets: [plc-1]}
                    conduits:
                      - {id: ent-dmz, zones: [enterprise, dmz], allow: [{from: erp-1, to: hist-dmz, protocol: https}]}
                      - {id: dmz-bpcs, zones: [dmz, bpcs], allow: [{from: plc-1, to: hist-dmz, protocol: opcua}]}
                    %s
                    assessment:
                      zones:
                        bpcs:
                          "SR 5.1": %s
                          "SR 5.1 RE 1": implemented
                    """.formatted(
                            bypass
                                    ? "  - {id: ent-bpcs, zones: [enterprise, bpcs], allow: [{from: erp-1, to: plc-1,"
                                            + " protocol: modbus}]}"
                                    : "",
                            sr51);
        }

        @Test
        void sr_5_1_and_its_enhancements_met_while_a_conduit_bypasses_the_dmz_are_contradicted() throws Exception {
            var plant = read(segmentedPlant(true, "implemented"));

            assertThat(findings(CrossChecks.ANSWER_VS_MODEL, plant))
                    .containsExactlyInAnyOrder(
                            finding("ANSWER-VS-MODEL", ERROR, "bpcs", "SR 5.1"),
                            finding("ANSWER-VS-MODEL", ERROR, "bpcs", "SR 5.1 RE 1"));
            assertThat(CrossChecks.ANSWER_VS_MODEL.apply(plant).getFirst().message())
                    .isEqualTo("zone bpcs answers SR 5.1 implemented, but conduit ent-bpcs bypasses the DMZ"
                            + " (DMZ-BYPASS)");
        }

        @Test
        void sr_5_1_partial_while_a_conduit_bypasses_the_dmz_stands_but_its_met_enhancement_does_not()
                throws Exception {
            assertThat(findings(CrossChecks.ANSWER_VS_MODEL, read(segmentedPlant(true, "partial"))))
                    .containsExactly(finding("ANSWER-VS-MODEL", ERROR, "bpcs", "SR 5.1 RE 1"));
        }

        @Test
        void sr_5_1_implemented_when_every_path_runs_through_the_dmz_stands() throws Exception {
            assertThat(findings(CrossChecks.ANSWER_VS_MODEL, read(segmentedPlant(false, "implemented"))))
                    .isEmpty();
        }

        /** Zones a and b; zone a's allow rule names plc-b of zone b; {@code conduit} joins them. */
        private static String undeclaredPlant(boolean conduit) {
            return """
                    plant: {id: t, name: T}
                    assets:
                      - {id: hmi-a, type: hmi, purdue: 2}
                      - {id: plc-b, type: plc, purdue: 1}
                    zones:
                      - id: a
                        kind: control
                        slTarget: "2"
                        assets: [hmi-a]
                        allow: [{from: hmi-a, to: plc-b, protocol: s7comm}]
                      - {id: b, kind: control, slTarget: "2", assets: [plc-b]}
                    %s
                    assessment:
                      zones:
                        b:
                          "SR 5.1": compensated
                    countermeasures:
                      - {id: cm-fw, name: Host firewall on plc-b, cost: 100}
                    """.formatted(
                            conduit
                                    ? "conduits:\n  - {id: a-b, zones: [a, b], allow: [{from: hmi-a, to: plc-b,"
                                            + " protocol: s7comm}]}"
                                    : "")
                    .replace(
                            "\"SR 5.1\": compensated",
                            "\"SR 5.1\": {status: compensated, countermeasure: cm-fw, justification: filters}");
        }

        @Test
        void sr_5_1_compensated_while_traffic_crosses_to_a_zone_no_conduit_joins_is_contradicted() throws Exception {
            var plant = read(undeclaredPlant(false));

            assertThat(findings(CrossChecks.ANSWER_VS_MODEL, plant))
                    .containsExactly(finding("ANSWER-VS-MODEL", ERROR, "b", "SR 5.1"));
            assertThat(CrossChecks.ANSWER_VS_MODEL.apply(plant).getFirst().message())
                    .contains("an allow rule lets s7comm from hmi-a (a) to plc-b (b) with no conduit between the"
                            + " zones");
        }

        @Test
        void sr_5_1_compensated_when_the_conduit_is_declared_stands() throws Exception {
            assertThat(findings(CrossChecks.ANSWER_VS_MODEL, read(undeclaredPlant(true))))
                    .isEmpty();
        }

        /** A control zone; {@code temporary} adds a temporary zone with a laptop joined to it by a conduit. */
        private static String temporaryPlant(boolean temporary) {
            var plant = """
                    plant: {id: t, name: T}
                    assets:
                      - {id: plc-1, type: plc, purdue: 1}
                      - {id: laptop-1, type: workstation, purdue: 2, temporary: true}
                    zones:
                      - {id: bpcs, kind: control, slTarget: "2", assets: [plc-1]}
                      - {id: temp, kind: temporary, slTarget: "2", assets: [laptop-1]}
                    conduits:
                      - {id: temp-bpcs, zones: [temp, bpcs], allow: [{from: laptop-1, to: plc-1, protocol: s7comm}]}
                    assessment:
                      zones:
                        bpcs:
                          "SR 2.3": {status: not-applicable, justification: no portable devices}
                    """;
            return temporary
                    ? plant
                    : plant.replace("temporary: true", "temporary: false").replace("kind: temporary", "kind: control");
        }

        @Test
        void sr_2_3_not_applicable_with_a_conduit_to_a_temporary_zone_is_contradicted() throws Exception {
            var plant = read(temporaryPlant(true));

            assertThat(findings(CrossChecks.ANSWER_VS_MODEL, plant))
                    .containsExactly(finding("ANSWER-VS-MODEL", ERROR, "bpcs", "SR 2.3"));
            assertThat(CrossChecks.ANSWER_VS_MODEL.apply(plant).getFirst().message())
                    .endsWith("but a conduit joins zone bpcs to temporary zone temp");
        }

        @Test
        void sr_2_3_not_applicable_with_a_temporary_asset_in_the_zone_is_contradicted() throws Exception {
            var plant = read(temporaryPlant(false)
                    .replace("assets: [plc-1]}", "assets: [plc-1, laptop-2]}")
                    .replace("assets:\n", "assets:\n  - {id: laptop-2, type: workstation, temporary: true}\n"));

            assertThat(CrossChecks.ANSWER_VS_MODEL.apply(plant))
                    .extracting(Finding::subjects, Finding::message)
                    .containsExactly(tuple(
                            List.of("bpcs", "SR 2.3"),
                            "zone bpcs answers SR 2.3 not-applicable (\"no portable devices\"), but zone bpcs holds"
                                    + " temporarily connected asset laptop-2"));
        }

        @Test
        void sr_2_3_not_applicable_with_no_temporary_device_near_stands() throws Exception {
            assertThat(findings(CrossChecks.ANSWER_VS_MODEL, read(temporaryPlant(false))))
                    .isEmpty();
        }

        /** A control zone joined to a zone of {@code kind}; bpcs answers SR 1.13 not applicable. */
        private static String untrustedPlant(String kind) {
            return """
                    plant: {id: t, name: T}
                    assets:
                      - {id: plc-1, type: plc, purdue: 1}
                      - {id: jump-1, type: remote-access, purdue: 3.5}
                    zones:
                      - {id: bpcs, kind: control, slTarget: "2", assets: [plc-1]}
                      - {id: outside, kind: %s, slTarget: "2", assets: [jump-1]}
                    conduits:
                      - {id: c, zones: [outside, bpcs], allow: [{from: jump-1, to: plc-1, protocol: s7comm}]}
                    assessment:
                      zones:
                        bpcs:
                          "SR 1.13": {status: not-applicable, justification: no remote access}
                    """.formatted(kind);
        }

        @Test
        void sr_1_13_not_applicable_with_a_conduit_to_a_remote_or_enterprise_zone_is_contradicted() throws Exception {
            for (var kind : List.of("remote", "enterprise")) {
                assertThat(findings(CrossChecks.ANSWER_VS_MODEL, read(untrustedPlant(kind))))
                        .as(kind)
                        .containsExactly(finding("ANSWER-VS-MODEL", ERROR, "bpcs", "SR 1.13"));
            }
        }

        @Test
        void sr_1_13_not_applicable_with_conduits_to_process_zones_only_stands() throws Exception {
            assertThat(findings(CrossChecks.ANSWER_VS_MODEL, read(untrustedPlant("dmz"))))
                    .isEmpty();
        }
    }

    @Nested
    class CompensationUndefined {

        private static String plant(String countermeasures) {
            return wirelessPlant(
                            false,
                            "\"SR 2.3\": {status: compensated, countermeasure: cm-kiosk, justification: media"
                                    + " scanned}\n      \"SR 3.2\": {status: compensated, countermeasure: USB kiosk,"
                                    + " justification: scanned}")
                    + countermeasures;
        }

        @Test
        void a_compensated_answer_naming_no_defined_countermeasure_is_reported() throws Exception {
            var plant = read(plant(""));

            assertThat(findings(CrossChecks.COMPENSATION_UNDEFINED, plant))
                    .containsExactlyInAnyOrder(
                            finding("COMPENSATION-UNDEFINED", WARNING, "bpcs", "cm-kiosk"),
                            finding("COMPENSATION-UNDEFINED", WARNING, "bpcs", "USB kiosk"));
        }

        @Test
        void a_countermeasure_named_by_its_id_or_its_name_is_defined() throws Exception {
            var plant = read(plant("countermeasures:\n  - {id: cm-kiosk, name: USB kiosk, cost: 5000}\n"));

            assertThat(findings(CrossChecks.COMPENSATION_UNDEFINED, plant)).isEmpty();
        }

        @Test
        void a_component_answer_is_checked_too() throws Exception {
            var plant = read(wirelessPlant(false, "\"SR 1.1\": implemented")
                    + "  components:\n    plc-1: {type: EDR, answers: {\"CR 1.1\": {status: compensated,"
                    + " countermeasure: cm-jump, justification: only via the jump host}}}\n");

            assertThat(findings(CrossChecks.COMPENSATION_UNDEFINED, plant))
                    .containsExactly(finding("COMPENSATION-UNDEFINED", WARNING, "plc-1", "cm-jump"));
        }
    }

    @Nested
    class ComponentTypeFit {

        private static Plant plant(String type) throws ModelFileException {
            return read("""
                    plant: {id: t, name: T}
                    assets:
                      - {id: fw-1, type: firewall, purdue: 3.5}
                    zones:
                      - {id: dmz, kind: dmz, slTarget: "2", assets: [fw-1]}
                    assessment:
                      components:
                        fw-1: {type: %s, answers: {"CR 1.1": implemented}}
                    """.formatted(type));
        }

        @Test
        void a_firewall_assessed_as_a_host_is_reported_with_the_type_that_fits() throws Exception {
            var plant = plant("HDR");

            assertThat(findings(CrossChecks.COMPONENT_TYPE, plant))
                    .containsExactly(finding("COMPONENT-TYPE", ERROR, "fw-1"));
            assertThat(CrossChecks.COMPONENT_TYPE.apply(plant).getFirst().message())
                    .isEqualTo("asset fw-1 is a firewall but is assessed as IEC 62443-4-2 type HDR; NDR fits");
        }

        @Test
        void a_firewall_assessed_as_a_network_device_fits() throws Exception {
            assertThat(findings(CrossChecks.COMPONENT_TYPE, plant("NDR"))).isEmpty();
        }

        @Test
        void the_fitting_types_follow_the_asset_types() {
            assertThat(CrossChecks.fitting(AssetType.PLC)).containsExactly(ComponentType.EDR);
            assertThat(CrossChecks.fitting(AssetType.SAFETY_PLC)).containsExactly(ComponentType.EDR);
            assertThat(CrossChecks.fitting(AssetType.HISTORIAN))
                    .containsExactlyInAnyOrder(ComponentType.HDR, ComponentType.SAR);
            assertThat(CrossChecks.fitting(AssetType.WIRELESS_AP)).containsExactly(ComponentType.NDR);
            assertThat(CrossChecks.fitting(AssetType.OTHER)).isEmpty();
        }
    }

    @Nested
    class ComponentSecurityLevel {

        /**
         * FR 4 rows: SR 4.1 and SR 4.3 at SL 1, SR 4.1 RE 1 and SR 4.2 from SL 2. All four met: the zone claims SL-A 2
         * in FR 4 and 0 elsewhere (nothing else answered).
         */
        private static Plant plant(String capability, String sr42) throws ModelFileException {
            return read("""
                    plant: {id: t, name: T}
                    assets:
                      - {id: plc-1, type: plc, purdue: 1, slCapability: "%s"}
                    zones:
                      - {id: bpcs, kind: control, slTarget: "2", assets: [plc-1]}
                    assessment:
                      zones:
                        bpcs:
                          "SR 4.1": implemented
                          "SR 4.1 RE 1": implemented
                          "SR 4.2": %s
                          "SR 4.3": implemented
                    countermeasures:
                      - {id: cm-purge, name: Purge on decommissioning, cost: 0}
                    """.formatted(capability, sr42));
        }

        @Test
        void a_component_below_the_claimed_sl_a_without_compensation_is_reported() throws Exception {
            var plant = plant("{2 2 2 1 2 2 2}", "implemented");

            assertThat(findings(CrossChecks.COMPONENT_SL, plant))
                    .containsExactly(finding("COMPONENT-SL", ERROR, "plc-1", "bpcs"));
            assertThat(CrossChecks.COMPONENT_SL.apply(plant).getFirst().message())
                    .startsWith("zone bpcs claims SL-A {- - - 2 - - -} but asset plc-1 has SL-C {2 2 2 1 2 2 2},"
                            + " lower in FR 4 (1 < 2),");
        }

        @Test
        void a_component_as_capable_as_the_claimed_sl_a_is_not() throws Exception {
            assertThat(findings(CrossChecks.COMPONENT_SL, plant("{2 2 2 2 2 2 2}", "implemented")))
                    .isEmpty();
        }

        @Test
        void a_compensated_answer_in_the_fr_covers_the_component() throws Exception {
            var plant = plant(
                    "{2 2 2 1 2 2 2}",
                    "{status: compensated, countermeasure: cm-purge, justification: drives shredded}");

            assertThat(findings(CrossChecks.COMPONENT_SL, plant)).isEmpty();
        }

        @Test
        void the_claimed_sl_a_is_that_of_the_assessment() throws ModelFileException {
            var plant = PlantYamlReader.read(ExamplePlantTest.EXAMPLE);
            var report = AssessPlant.standard().assess(plant);
            for (var zone : report.zones()) {
                assertThat(CrossChecks.claimedAchieved(
                                Catalog.standard(), plant.assessment().answersFor(zone.zone())))
                        .as(zone.zone())
                        .isEqualTo(zone.slAchieved());
            }
            var firewall = plant.assessment().components().get("fw-ot");
            assertThat(CrossChecks.capability(Catalog.standard(), firewall))
                    .isEqualTo(AssessPlant.standard().capability(firewall));
        }
    }

    @Nested
    class LeaverHasAccess {

        private static Plant plant(String rights, String holders) throws ModelFileException {
            return read("""
                    plant: {id: t, name: T}
                    organisation:
                      people:
                        - {id: a.b, name: Ann Bell, discipline: ot, joined: 2020-01-01, left: 2026-06-30, rights: %s}
                        - {id: c.d, name: Cy Dale, discipline: it, rights: [remote-access]}
                      roles:
                        - {id: engineer, title: Control engineer, holders: %s}
                    """.formatted(rights, holders));
        }

        @Test
        void a_leaver_with_rights_and_a_role_is_an_error_from_the_day_they_left() throws Exception {
            var plant = plant("[engineering]", "[a.b, c.d]");

            for (var day : List.of("2026-06-30", "2026-12-01")) {
                var rule = CrossChecks.leaverHasAccess(LocalDate.parse(day));
                assertThat(findings(rule, plant)).as(day).containsExactly(finding("LEAVER-HAS-ACCESS", ERROR, "a.b"));
            }
            assertThat(CrossChecks.leaverHasAccess(LocalDate.parse("2026-07-01"))
                            .apply(plant)
                            .getFirst()
                            .message())
                    .isEqualTo("Ann Bell (a.b) left on 2026-06-30 but still holds right engineering and role"
                            + " engineer");
        }

        @Test
        void before_the_left_date_nobody_is_a_leaver() throws Exception {
            var plant = plant("[engineering]", "[a.b]");

            assertThat(findings(CrossChecks.leaverHasAccess(LocalDate.parse("2026-06-29")), plant))
                    .isEmpty();
        }

        @Test
        void a_leaver_holding_a_role_only_is_a_warning_and_one_holding_nothing_is_fine() throws Exception {
            var asOf = LocalDate.parse("2026-07-01");

            assertThat(findings(CrossChecks.leaverHasAccess(asOf), plant("[]", "[a.b]")))
                    .containsExactly(finding("LEAVER-HAS-ACCESS", WARNING, "a.b"));
            assertThat(findings(CrossChecks.leaverHasAccess(asOf), plant("[]", "[c.d]")))
                    .isEmpty();
        }

        @Test
        void the_organisation_check_reports_the_same_leaver() throws Exception {
            var plant = plant("[engineering]", "[a.b, c.d]");

            var findings =
                    CheckOrganisation.standard().check(plant.organisation(), List.of(), LocalDate.parse("2026-07-01"));

            assertThat(findings)
                    .filteredOn(f -> f.rule().equals("LEAVER-HAS-ACCESS"))
                    .extracting(Finding::severity, Finding::subjects)
                    .containsExactly(tuple(ERROR, List.of("a.b")));
        }
    }

    @Test
    void the_standard_validator_runs_every_cross_check_on_its_date() throws Exception {
        var plant = PlantYamlReader.read(Path.of("..", "examples", "chemical-plant.yaml"));

        var before = PlantValidator.standard(LocalDate.parse("2026-06-29")).validate(plant);
        var after = PlantValidator.standard(LocalDate.parse("2026-06-30")).validate(plant);

        assertThat(before.findings()).extracting(Finding::rule).doesNotContain("LEAVER-HAS-ACCESS");
        assertThat(after.findings())
                .filteredOn(f -> f.rule().equals("LEAVER-HAS-ACCESS"))
                .extracting(Finding::subjects)
                .containsExactly(List.of("p.nowak"));
    }
}
