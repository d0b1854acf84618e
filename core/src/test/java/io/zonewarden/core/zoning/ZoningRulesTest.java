package io.zonewarden.core.zoning;

import static io.zonewarden.core.model.AssetType.ENGINEERING_WORKSTATION;
import static io.zonewarden.core.model.AssetType.FIREWALL;
import static io.zonewarden.core.model.AssetType.HISTORIAN;
import static io.zonewarden.core.model.AssetType.HMI;
import static io.zonewarden.core.model.AssetType.PLC;
import static io.zonewarden.core.model.AssetType.ROUTER;
import static io.zonewarden.core.model.AssetType.SAFETY_PLC;
import static io.zonewarden.core.model.AssetType.SERVER;
import static io.zonewarden.core.model.AssetType.SWITCH;
import static io.zonewarden.core.model.AssetType.WIRELESS_AP;
import static io.zonewarden.core.model.AssetType.WORKSTATION;
import static io.zonewarden.core.model.PlantFixture.aCompliantPlant;
import static io.zonewarden.core.model.PlantFixture.aConduit;
import static io.zonewarden.core.model.PlantFixture.aPlant;
import static io.zonewarden.core.model.PlantFixture.aZone;
import static io.zonewarden.core.model.PlantFixture.allow;
import static io.zonewarden.core.model.PlantFixture.anAsset;
import static io.zonewarden.core.model.PlantFixture.sl;
import static io.zonewarden.core.model.PurdueLevel.L1;
import static io.zonewarden.core.model.PurdueLevel.L2;
import static io.zonewarden.core.model.PurdueLevel.L3;
import static io.zonewarden.core.model.PurdueLevel.L3_5;
import static io.zonewarden.core.model.PurdueLevel.L4;
import static io.zonewarden.core.model.PurdueLevel.L5;
import static io.zonewarden.core.model.ZoneKind.CONTROL;
import static io.zonewarden.core.model.ZoneKind.DMZ;
import static io.zonewarden.core.model.ZoneKind.ENTERPRISE;
import static io.zonewarden.core.model.ZoneKind.REMOTE;
import static io.zonewarden.core.model.ZoneKind.SAFETY;
import static io.zonewarden.core.model.ZoneKind.TEMPORARY;
import static io.zonewarden.core.model.ZoneKind.WIRELESS;
import static io.zonewarden.core.zoning.Severity.ERROR;
import static io.zonewarden.core.zoning.Severity.INFO;
import static io.zonewarden.core.zoning.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.model.Asset;
import io.zonewarden.core.model.AssetType;
import io.zonewarden.core.model.PlantFixture.ConduitSpec;
import io.zonewarden.core.model.PlantFixture.PlantSpec;
import io.zonewarden.core.model.ZoneKind;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.assertj.core.api.AbstractListAssert;
import org.assertj.core.api.ObjectAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** One nested class per zoning rule: what it finds, what it leaves alone, and its edges. */
class ZoningRulesTest {

    private static List<Finding> check(ZoningRule rule, PlantSpec plant) {
        return rule.apply(plant.build());
    }

    /** The rule, severity and subjects of each finding, the parts a consultant acts on. */
    private static AbstractListAssert<?, List<? extends Tuple>, Tuple, ObjectAssert<Tuple>> assertFindings(
            List<Finding> findings) {
        return assertThat(findings).map(f -> tuple(f.rule(), f.severity(), f.subjects()));
    }

    private static Tuple finding(String rule, Severity severity, String... subjects) {
        return tuple(rule, severity, List.of(subjects));
    }

    @Test
    void givenCompliantPlant_whenEveryRuleRuns_thenNoFindingAtAll() {
        var report = PlantValidator.standard().validate(aCompliantPlant().build());

        assertThat(report.findings()).isEmpty();
    }

    @Test
    void givenStandardValidator_whenAskedForItsRules_thenEveryRuleInStandardOrder() {
        assertThat(PlantValidator.standard().rules())
                .extracting(ZoningRule::id)
                .containsExactly(
                        "ZCR-3.1",
                        "ZCR-3.2",
                        "ZCR-3.3",
                        "ZCR-3.4",
                        "ZCR-3.5",
                        "ZCR-3.6",
                        "DMZ-BYPASS",
                        "CONDUIT-SL",
                        "SL-CAPABILITY",
                        "NETWORK",
                        "ZCR-5.6",
                        "ZCR-5.6-CONDUIT",
                        "SCENARIO-FRS-MISSING",
                        "SCENARIO-UNREACHABLE",
                        "ZONE-ISOLATED",
                        "CONDUIT-NO-RULES",
                        "INSECURE-PROTOCOL",
                        "PURDUE-ADJACENCY",
                        "SL-GAP-INSPECTION",
                        "SAFETY-ZONE-SL",
                        "DEFAULT-ALLOW",
                        "ANSWER-VS-MODEL",
                        "COMPENSATION-UNDEFINED",
                        "COMPONENT-TYPE",
                        "COMPONENT-SL",
                        "LEAVER-HAS-ACCESS");
    }

    @Nested
    class Zcr31ZonesAndConduits {

        private final ZoningRule rule = ZoningRules.ZONES_AND_CONDUITS;

        @Test
        void givenCompliantPlant_whenChecked_thenNoFinding() {
            assertThat(check(rule, aCompliantPlant())).isEmpty();
        }

        @Test
        void givenAssetInNoZone_whenChecked_thenErrorNamingTheAsset() {
            var plant =
                    aPlant().with(aZone("bpcs").assets(anAsset("plc-1", PLC))).with(anAsset("spare-plc", PLC));

            var findings = check(rule, plant);

            assertFindings(findings).containsExactly(finding("ZCR-3.1", ERROR, "spare-plc"));
            assertThat(findings.get(0).message()).contains("spare-plc", "no zone");
        }

        @Test
        void givenAssetInTwoZones_whenChecked_thenErrorNamingTheAssetThenBothZones() {
            var plc = anAsset("plc-1", PLC);
            var plant =
                    aPlant().with(aZone("bpcs").assets(plc)).with(aZone("ops").assets(plc));

            var findings = check(rule, plant);

            assertFindings(findings).containsExactly(finding("ZCR-3.1", ERROR, "plc-1", "bpcs", "ops"));
            assertThat(findings.get(0).message()).contains("2 zones", "bpcs, ops");
        }

        @Test
        void givenZoneListingUnknownAsset_whenChecked_thenErrorNamingZoneThenAsset() {
            var plant =
                    aPlant().with(aZone("bpcs").assets(anAsset("plc-1", PLC)).listing("plc-9"));

            assertFindings(check(rule, plant)).containsExactly(finding("ZCR-3.1", ERROR, "bpcs", "plc-9"));
        }

        @Test
        void givenZoneWithoutTarget_whenChecked_thenErrorNamingTheZone() {
            var plant = aPlant().with(aZone("bpcs").withoutTarget().assets(anAsset("plc-1", PLC)));

            var findings = check(rule, plant);

            assertFindings(findings).containsExactly(finding("ZCR-3.1", ERROR, "bpcs"));
            assertThat(findings.get(0).message()).contains("no SL-T");
            assertThat(findings.get(0).remedy()).contains("slTarget");
        }

        @Test
        void givenConduitToUnknownZone_whenChecked_thenErrorNamingConduitThenZone() {
            var plant = aPlant().with(aZone("bpcs").assets(anAsset("plc-1", PLC)))
                    .with(aConduit("dmz-bpcs", "dmz", "bpcs"));

            assertFindings(check(rule, plant)).containsExactly(finding("ZCR-3.1", ERROR, "dmz-bpcs", "dmz"));
        }

        @Test
        void givenConduitJoiningAZoneToItself_whenChecked_thenErrorNamingConduitAndZone() {
            var plant = aPlant().with(aZone("bpcs").assets(anAsset("plc-1", PLC)))
                    .with(aConduit("bpcs-loop", "bpcs", "bpcs"));

            var findings = check(rule, plant);

            assertFindings(findings).containsExactly(finding("ZCR-3.1", ERROR, "bpcs-loop", "bpcs"));
            assertThat(findings.get(0).message()).contains("to itself");
        }

        @Test
        void givenZoneAllowRuleNamingUnknownEnds_whenChecked_thenOneErrorPerUnknownEnd() {
            var plant = aPlant().with(aZone("bpcs")
                    .assets(anAsset("plc-1", PLC))
                    .allow(allow("hmi-9", "plc-1", "s7comm"), allow("hmi-9", "plc-8", "s7comm")));

            assertFindings(check(rule, plant))
                    .containsExactly(
                            finding("ZCR-3.1", ERROR, "bpcs", "hmi-9"),
                            finding("ZCR-3.1", ERROR, "bpcs", "hmi-9"),
                            finding("ZCR-3.1", ERROR, "bpcs", "plc-8"));
        }

        @Test
        void givenConduitAllowRuleNamingUnknownEnd_whenChecked_thenErrorNamingConduitThenEnd() {
            var plant = aPlant().with(aZone("dmz").kind(DMZ).assets(anAsset("hist-dmz", HISTORIAN)))
                    .with(aZone("bpcs").assets(anAsset("plc-1", PLC)))
                    .with(aConduit("dmz-bpcs", "dmz", "bpcs").allow(allow("plc-1", "hist-9", "opcua")));

            var findings = check(rule, plant);

            assertFindings(findings).containsExactly(finding("ZCR-3.1", ERROR, "dmz-bpcs", "hist-9"));
            assertThat(findings.get(0).message()).contains("unknown asset or zone hist-9");
        }

        @Test
        void givenZoneAllowRuleReachingOutsideTheZone_whenChecked_thenWarningNamingZoneThenOutsider() {
            var plant = aPlant().with(aZone("enterprise")
                            .kind(ENTERPRISE)
                            .assets(anAsset("erp-1", SERVER).purdue(L4)))
                    .with(aZone("bpcs")
                            .assets(anAsset("hmi-1", HMI), anAsset("plc-1", PLC))
                            .allow(allow("hmi-1", "erp-1", "https"), allow("enterprise", "plc-1", "modbus")));

            assertFindings(check(rule, plant))
                    .containsExactly(
                            finding("ZCR-3.1", WARNING, "bpcs", "erp-1"),
                            finding("ZCR-3.1", WARNING, "bpcs", "enterprise"));
        }

        @Test
        void givenZoneAllowRuleNamingTheZoneItself_whenChecked_thenNoFinding() {
            var plant = aPlant().with(aZone("bpcs")
                    .assets(anAsset("ews-1", ENGINEERING_WORKSTATION), anAsset("plc-1", PLC))
                    .allow(allow("ews-1", "bpcs", "s7comm"), allow("bpcs", "plc-1", "s7comm")));

            assertThat(check(rule, plant)).isEmpty();
        }

        @Test
        void givenConduitAllowRuleThatStaysInOneZone_whenChecked_thenWarningNamingConduitAndBothEnds() {
            var plant = aPlant().with(aZone("dmz").kind(DMZ).assets(anAsset("hist-dmz", HISTORIAN)))
                    .with(aZone("bpcs").assets(anAsset("hmi-1", HMI), anAsset("plc-1", PLC)))
                    .with(aConduit("dmz-bpcs", "dmz", "bpcs").allow(allow("hmi-1", "plc-1", "s7comm")));

            var findings = check(rule, plant);

            assertFindings(findings).containsExactly(finding("ZCR-3.1", WARNING, "dmz-bpcs", "hmi-1", "plc-1"));
            assertThat(findings.get(0).message()).contains("does not cross", "dmz and bpcs");
        }

        @Test
        void givenConduitAllowRuleBetweenOtherZones_whenChecked_thenWarning() {
            var plant = aPlant().with(aZone("ops").assets(anAsset("hist-1", HISTORIAN)))
                    .with(aZone("dmz").kind(DMZ).assets(anAsset("hist-dmz", HISTORIAN)))
                    .with(aZone("bpcs").assets(anAsset("plc-1", PLC)))
                    .with(aConduit("dmz-bpcs", "dmz", "bpcs").allow(allow("hist-1", "plc-1", "opcua")));

            assertFindings(check(rule, plant))
                    .containsExactly(finding("ZCR-3.1", WARNING, "dmz-bpcs", "hist-1", "plc-1"));
        }

        @Test
        void givenConduitAllowRulesCrossingEitherWay_whenChecked_thenNoFinding() {
            var plant = aPlant().with(aZone("dmz").kind(DMZ).assets(anAsset("hist-dmz", HISTORIAN)))
                    .with(aZone("bpcs").assets(anAsset("plc-1", PLC)))
                    .with(aConduit("dmz-bpcs", "dmz", "bpcs")
                            .allow(
                                    allow("plc-1", "hist-dmz", "opcua"),
                                    allow("hist-dmz", "plc-1", "opcua"),
                                    allow("dmz", "bpcs", "opcua"),
                                    allow("bpcs", "hist-dmz", "opcua")));

            assertThat(check(rule, plant)).isEmpty();
        }

        @Test
        void givenConduitAllowRuleWithUnknownEnd_whenChecked_thenOnlyTheUnknownEndReported() {
            // the crossing check needs both ends: an unknown end is one error, not an error and a warning
            var plant = aPlant().with(aZone("dmz").kind(DMZ).assets(anAsset("hist-dmz", HISTORIAN)))
                    .with(aZone("bpcs").assets(anAsset("plc-1", PLC)))
                    .with(aConduit("dmz-bpcs", "dmz", "bpcs").allow(allow("plc-1", "plc-2", "s7comm")));

            assertFindings(check(rule, plant)).containsExactly(finding("ZCR-3.1", ERROR, "dmz-bpcs", "plc-2"));
        }
    }

    @Nested
    class Zcr32BusinessAndControl {

        private final ZoningRule rule = ZoningRules.BUSINESS_AND_CONTROL;

        @Test
        void givenCompliantPlant_whenChecked_thenNoFinding() {
            assertThat(check(rule, aCompliantPlant())).isEmpty();
        }

        @Test
        void givenZoneMixingBusinessAndControlAssets_whenChecked_thenErrorNamingZoneControlThenBusiness() {
            var plant = aPlant().with(aZone("ops")
                    .kind(CONTROL)
                    .assets(
                            anAsset("erp-1", SERVER).purdue(L4),
                            anAsset("plc-1", PLC).purdue(L1),
                            anAsset("office-ws", WORKSTATION).purdue(L5),
                            anAsset("hist-1", HISTORIAN).purdue(L3)));

            var findings = check(rule, plant);

            assertFindings(findings)
                    .containsExactly(finding("ZCR-3.2", ERROR, "ops", "plc-1", "hist-1", "erp-1", "office-ws"));
            assertThat(findings.get(0).message()).contains("erp-1, office-ws", "plc-1, hist-1");
        }

        @ParameterizedTest(name = "{0} zone")
        @EnumSource(ZoneKind.class)
        void givenMixInAZoneOfAnyKind_whenChecked_thenError(ZoneKind kind) {
            var plant = aPlant().with(aZone("z")
                    .kind(kind)
                    .assets(
                            anAsset("erp-1", SERVER).purdue(L4),
                            anAsset("hmi-1", HMI).purdue(L2)));

            assertFindings(check(rule, plant)).containsExactly(finding("ZCR-3.2", ERROR, "z", "hmi-1", "erp-1"));
        }

        @Test
        void givenControlTypeWithoutPurdueInEnterpriseZone_whenChecked_thenErrorNamingIt() {
            var plant = aPlant().with(aZone("enterprise")
                    .kind(ENTERPRISE)
                    .assets(anAsset("file-srv", SERVER), anAsset("hmi-7", HMI), anAsset("plc-7", PLC)));

            var findings = check(rule, plant);

            assertFindings(findings).containsExactly(finding("ZCR-3.2", ERROR, "enterprise", "hmi-7", "plc-7"));
            assertThat(findings.get(0).message()).contains("enterprise zone enterprise", "hmi-7, plc-7");
        }

        @Test
        void givenControlTypeWithoutPurdueAndBusinessAssetInEnterpriseZone_whenChecked_thenOneMixError() {
            var plant = aPlant().with(aZone("enterprise")
                    .kind(ENTERPRISE)
                    .assets(anAsset("erp-1", SERVER).purdue(L4), anAsset("ews-1", ENGINEERING_WORKSTATION)));

            assertFindings(check(rule, plant))
                    .containsExactly(finding("ZCR-3.2", ERROR, "enterprise", "ews-1", "erp-1"));
        }

        @ParameterizedTest(name = "{0} zone")
        @EnumSource(
                value = ZoneKind.class,
                names = {"CONTROL", "SAFETY", "FIELD"})
        void givenBusinessAssetInProcessSideZone_whenChecked_thenError(ZoneKind kind) {
            var plant = aPlant().with(aZone("z")
                    .kind(kind)
                    .assets(anAsset("erp-1", SERVER).purdue(L4), anAsset("srv-2", SERVER)));

            assertFindings(check(rule, plant)).containsExactly(finding("ZCR-3.2", ERROR, "z", "erp-1"));
        }

        @ParameterizedTest(name = "{0} zone")
        @EnumSource(
                value = ZoneKind.class,
                names = {"DMZ", "WIRELESS", "REMOTE", "TEMPORARY"})
        void givenOnlyBusinessAssetsInAnOuterZone_whenChecked_thenNoFinding(ZoneKind kind) {
            var plant = aPlant().with(aZone("z")
                    .kind(kind)
                    .assets(anAsset("erp-1", SERVER).purdue(L4)));

            assertThat(check(rule, plant)).isEmpty();
        }

        @Test
        void givenIndustrialDmzLevel_whenChecked_thenNeitherBusinessNorControl() {
            // a PLC declared at Purdue 3.5 counts by its level, not its type
            var plant = aPlant().with(aZone("enterprise")
                            .kind(ENTERPRISE)
                            .assets(
                                    anAsset("erp-1", SERVER).purdue(L4),
                                    anAsset("gw-plc", PLC).purdue(L3_5)))
                    .with(aZone("bpcs")
                            .kind(CONTROL)
                            .assets(
                                    anAsset("plc-1", PLC).purdue(L1),
                                    anAsset("broker", SERVER).purdue(L3_5)));

            assertThat(check(rule, plant)).isEmpty();
        }

        @Test
        void givenControlTypeDeclaredAtBusinessLevel_whenChecked_thenCountedAsBusiness() {
            var plant = aPlant().with(aZone("bpcs")
                    .kind(CONTROL)
                    .assets(anAsset("hmi-office", HMI).purdue(L4), anAsset("srv", SERVER)));

            assertFindings(check(rule, plant)).containsExactly(finding("ZCR-3.2", ERROR, "bpcs", "hmi-office"));
        }

        @Test
        void givenUnknownAssetListedInAZone_whenChecked_thenIgnoredHere() {
            var plant = aPlant().with(aZone("enterprise").kind(ENTERPRISE).listing("plc-9"));

            assertThat(check(rule, plant)).isEmpty();
        }
    }

    @Nested
    class Zcr33Safety {

        private final ZoningRule rule = ZoningRules.SAFETY;

        @Test
        void givenCompliantPlant_whenChecked_thenNoFinding() {
            assertThat(check(rule, aCompliantPlant())).isEmpty();
        }

        @Test
        void givenSafetyAssetsBesideNonSafetyAssets_whenChecked_thenOneErrorListingEverySafetyAssetThenZone() {
            var plant = aPlant().with(aZone("bpcs")
                    .kind(CONTROL)
                    .assets(
                            anAsset("plc-1", PLC),
                            anAsset("sis-plc-1", SAFETY_PLC).safety(true),
                            anAsset("hmi-1", HMI),
                            anAsset("sis-plc-2", PLC).safety(true)));

            var findings = check(rule, plant);

            assertFindings(findings).containsExactly(finding("ZCR-3.3", ERROR, "sis-plc-1", "sis-plc-2", "bpcs"));
            assertThat(findings.get(0).message()).contains("sis-plc-1, sis-plc-2", "bpcs", "2 non-safety assets");
        }

        @Test
        void givenSafetyPlcTypeWithoutTheFlag_whenBesideOtherAssets_thenCountedAsSafety() {
            var plant = aPlant().with(aZone("bpcs")
                    .kind(CONTROL)
                    .assets(anAsset("plc-1", PLC), anAsset("sis-plc-1", SAFETY_PLC)));

            var findings = check(rule, plant);

            assertFindings(findings).containsExactly(finding("ZCR-3.3", ERROR, "sis-plc-1", "bpcs"));
            assertThat(findings.get(0).message()).contains("1 non-safety asset");
        }

        @Test
        void givenSafetyAssetsInTwoMixedZones_whenChecked_thenOneErrorPerZone() {
            var plant = aPlant().with(aZone("bpcs-a").assets(anAsset("plc-a", PLC), anAsset("sis-a", SAFETY_PLC)))
                    .with(aZone("bpcs-b").assets(anAsset("plc-b", PLC), anAsset("sis-b", SAFETY_PLC)));

            assertFindings(check(rule, plant))
                    .containsExactly(
                            finding("ZCR-3.3", ERROR, "sis-a", "bpcs-a"), finding("ZCR-3.3", ERROR, "sis-b", "bpcs-b"));
        }

        @Test
        void givenMixedSafetyZone_whenChecked_thenStillAnError() {
            var plant = aPlant().with(
                            aZone("sis").kind(SAFETY).assets(anAsset("sis-plc-1", SAFETY_PLC), anAsset("hmi-1", HMI)));

            assertFindings(check(rule, plant)).containsExactly(finding("ZCR-3.3", ERROR, "sis-plc-1", "sis"));
        }

        @Test
        void givenOnlySafetyAssetsInAControlZone_whenChecked_thenWarningToDeclareItSafety() {
            var plant = aPlant().with(aZone("sis")
                    .kind(CONTROL)
                    .assets(
                            anAsset("sis-plc-1", SAFETY_PLC),
                            anAsset("sis-hmi", HMI).safety(true)));

            var findings = check(rule, plant);

            assertFindings(findings).containsExactly(finding("ZCR-3.3", WARNING, "sis"));
            assertThat(findings.get(0).remedy()).contains("kind: safety");
        }

        @Test
        void givenOnlySafetyAssetsInASafetyZone_whenChecked_thenNoFinding() {
            var plant = aPlant().with(aZone("sis")
                    .kind(SAFETY)
                    .assets(
                            anAsset("sis-plc-1", SAFETY_PLC),
                            anAsset("sis-ews", ENGINEERING_WORKSTATION).safety(true)));

            assertThat(check(rule, plant)).isEmpty();
        }

        @Test
        void givenZoneWithoutSafetyAssets_whenChecked_thenNoFinding() {
            var plant = aPlant().with(aZone("bpcs").assets(anAsset("plc-1", PLC), anAsset("hmi-1", HMI)));

            assertThat(check(rule, plant)).isEmpty();
        }
    }

    /** ZCR 3.4, 3.5 and 3.6 are one rule shape: a flag on the asset and a zone kind of its own. */
    @Nested
    class Zcr34To36SeparatedDevices {

        record Separation(String rule, ZoneKind kind, UnaryOperator<Asset.Builder> flag) {
            @Override
            public String toString() {
                return rule + " " + kind;
            }
        }

        static Stream<Separation> separations() {
            return Stream.of(
                    new Separation("ZCR-3.4", TEMPORARY, a -> a.temporary(true)),
                    new Separation("ZCR-3.5", WIRELESS, a -> a.wireless(true)),
                    new Separation("ZCR-3.6", REMOTE, a -> a.external(true)));
        }

        static Stream<Arguments> separationsAndOtherKinds() {
            return separations()
                    .flatMap(s -> Stream.of(ZoneKind.values())
                            .filter(k -> k != s.kind())
                            .map(k -> Arguments.of(s, k)));
        }

        private static ZoningRule ruleOf(Separation s) {
            return ZoningRules.ALL.stream()
                    .filter(r -> r.id().equals(s.rule()))
                    .findFirst()
                    .orElseThrow();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("separations")
        void givenCompliantPlant_whenChecked_thenNoFinding(Separation s) {
            assertThat(check(ruleOf(s), aCompliantPlant())).isEmpty();
        }

        @ParameterizedTest(name = "{0}, asset in {1} zone")
        @MethodSource("separationsAndOtherKinds")
        void givenFlaggedAssetInAZoneOfAnotherKind_whenChecked_thenErrorNamingAssetThenZone(
                Separation s, ZoneKind other) {
            var plant = aPlant().with(aZone("z").kind(other).assets(s.flag().apply(anAsset("dev-1", WORKSTATION))));

            var findings = check(ruleOf(s), plant);

            assertFindings(findings).containsExactly(finding(s.rule(), ERROR, "dev-1", "z"));
            assertThat(findings.get(0).remedy()).contains("kind " + s.kind().label());
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("separations")
        void givenUnflaggedAssetInTheSeparateZone_whenChecked_thenWarningNamingAssetThenZone(Separation s) {
            var plant = aPlant().with(aZone("z")
                    .kind(s.kind())
                    .assets(s.flag().apply(anAsset("dev-1", WORKSTATION)), anAsset("sw-1", SWITCH)));

            var findings = check(ruleOf(s), plant);

            assertFindings(findings).containsExactly(finding(s.rule(), WARNING, "sw-1", "z"));
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("separations")
        void givenFlaggedAssetsInTheirOwnZone_whenChecked_thenNoFinding(Separation s) {
            var plant = aPlant().with(aZone("z")
                    .kind(s.kind())
                    .assets(
                            s.flag().apply(anAsset("dev-1", WORKSTATION)),
                            s.flag().apply(anAsset("dev-2", PLC))));

            assertThat(check(ruleOf(s), plant)).isEmpty();
        }

        @ParameterizedTest(name = "{0}")
        @MethodSource("separations")
        void givenUnflaggedAssetsElsewhere_whenChecked_thenNoFinding(Separation s) {
            var plant = aPlant().with(aZone("bpcs").kind(CONTROL).assets(anAsset("plc-1", PLC)))
                    .with(aZone("z").kind(s.kind()).assets(s.flag().apply(anAsset("dev-1", WORKSTATION))));

            assertThat(check(ruleOf(s), plant)).isEmpty();
        }

        @Test
        void givenWirelessGatewayInControlZone_whenChecked_thenOnlyTheWirelessRuleFires() {
            var plant = aPlant().with(aZone("bpcs")
                    .kind(CONTROL)
                    .assets(anAsset("plc-1", PLC), anAsset("wgw-1", WIRELESS_AP).wireless(true)));

            assertFindings(check(ZoningRules.WIRELESS, plant))
                    .containsExactly(finding("ZCR-3.5", ERROR, "wgw-1", "bpcs"));
            assertThat(check(ZoningRules.TEMPORARY, plant)).isEmpty();
            assertThat(check(ZoningRules.EXTERNAL, plant)).isEmpty();
        }
    }

    @Nested
    class DmzBypass {

        private final ZoningRule rule = ZoningRules.DMZ_BYPASS;

        /** Zone "outer" of kind {@code a} and zone "inner" of kind {@code b}, joined by conduit c-1 listing outer first. */
        private PlantSpec joined(ZoneKind a, ZoneKind b) {
            return twoZones(a, b).with(aConduit("c-1", "outer", "inner"));
        }

        /** The same zones, the conduit listing inner first. */
        private PlantSpec joinedInnerFirst(ZoneKind a, ZoneKind b) {
            return twoZones(a, b).with(aConduit("c-1", "inner", "outer"));
        }

        private PlantSpec twoZones(ZoneKind a, ZoneKind b) {
            return aPlant().with(aZone("outer").kind(a).assets(anAsset("srv-1", SERVER)))
                    .with(aZone("inner").kind(b).assets(anAsset("plc-1", PLC)));
        }

        @Test
        void givenCompliantPlant_whenChecked_thenNoFinding() {
            assertThat(check(rule, aCompliantPlant())).isEmpty();
        }

        @ParameterizedTest(name = "enterprise to {0}")
        @EnumSource(
                value = ZoneKind.class,
                names = {"CONTROL", "SAFETY", "FIELD"})
        void givenEnterpriseJoinedDirectlyToProcessSide_whenChecked_thenErrorNamingConduitEnterpriseThenInner(
                ZoneKind inner) {
            var findings = check(rule, joined(ENTERPRISE, inner));

            assertFindings(findings).containsExactly(finding("DMZ-BYPASS", ERROR, "c-1", "outer", "inner"));
            assertThat(findings.get(0).message()).contains("enterprise zone outer", inner.label() + " zone inner");
        }

        @Test
        void givenConduitListingTheControlZoneFirst_whenChecked_thenEnterpriseStillNamedFirst() {
            var findings = check(rule, joinedInnerFirst(ENTERPRISE, CONTROL));

            assertFindings(findings).containsExactly(finding("DMZ-BYPASS", ERROR, "c-1", "outer", "inner"));
        }

        @ParameterizedTest(name = "remote to {0}")
        @EnumSource(
                value = ZoneKind.class,
                names = {"CONTROL", "SAFETY", "FIELD"})
        void givenRemoteJoinedDirectlyToProcessSide_whenChecked_thenWarning(ZoneKind inner) {
            var findings = check(rule, joined(REMOTE, inner));

            assertFindings(findings).containsExactly(finding("DMZ-BYPASS", WARNING, "c-1", "outer", "inner"));
            assertThat(findings.get(0).remedy()).contains("DMZ");
        }

        @ParameterizedTest(name = "{0} to {1}")
        @CsvSource({
            "ENTERPRISE, DMZ",
            "DMZ, CONTROL",
            "DMZ, SAFETY",
            "DMZ, FIELD",
            "REMOTE, DMZ",
            "ENTERPRISE, REMOTE",
            "ENTERPRISE, WIRELESS",
            "ENTERPRISE, TEMPORARY",
            "ENTERPRISE, ENTERPRISE",
            "CONTROL, SAFETY",
            "CONTROL, FIELD",
            "WIRELESS, CONTROL",
            "TEMPORARY, CONTROL"
        })
        void givenConduitThatDoesNotBypassTheDmz_whenChecked_thenNoFinding(ZoneKind a, ZoneKind b) {
            assertThat(check(rule, joined(a, b))).isEmpty();
            assertThat(check(rule, joinedInnerFirst(a, b))).isEmpty();
        }

        @Test
        void givenConduitToUnknownZone_whenChecked_thenLeftToZcr31() {
            var plant = aPlant().with(aZone("enterprise").kind(ENTERPRISE).assets(anAsset("erp-1", SERVER)))
                    .with(aConduit("c-1", "enterprise", "bpcs"));

            assertThat(check(rule, plant)).isEmpty();
        }
    }

    @Nested
    class ConduitSecurityLevel {

        private final ZoningRule rule = ZoningRules.CONDUIT_SL;

        private PlantSpec conduitBetween(SecurityLevelVector dmz, SecurityLevelVector bpcs, ConduitSpec conduit) {
            return aPlant().with(aZone("dmz").kind(DMZ).target(dmz).assets(anAsset("hist-dmz", HISTORIAN)))
                    .with(aZone("bpcs").target(bpcs).assets(anAsset("plc-1", PLC)))
                    .with(conduit);
        }

        @Test
        void givenCompliantPlant_whenChecked_thenNoFinding() {
            assertThat(check(rule, aCompliantPlant())).isEmpty();
        }

        @Test
        void givenConduitBelowOneZoneInSomeFrs_whenChecked_thenWarningNamingThoseFrs() {
            var plant = conduitBetween(
                    sl(2),
                    sl(2, 2, 2, 1, 3, 1, 3),
                    aConduit("dmz-bpcs", "dmz", "bpcs").target(sl(2, 2, 2, 2, 2, 2, 2)));

            var findings = check(rule, plant);

            assertFindings(findings).containsExactly(finding("CONDUIT-SL", WARNING, "dmz-bpcs", "bpcs"));
            assertThat(findings.get(0).message())
                    .contains("FR 5 RDF (2 < 3)", "FR 7 RA (2 < 3)")
                    .doesNotContain("FR 1", "FR 2", "FR 3", "FR 4", "FR 6");
        }

        @Test
        void givenConduitBelowBothZones_whenChecked_thenOneWarningPerZoneInZoneIdOrder() {
            var plant = conduitBetween(
                    sl(3), sl(2, 2, 2, 1, 3, 1, 3), aConduit("x", "dmz", "bpcs").target(sl(1)));

            var findings = check(rule, plant);

            assertFindings(findings)
                    .containsExactly(
                            finding("CONDUIT-SL", WARNING, "x", "bpcs"), finding("CONDUIT-SL", WARNING, "x", "dmz"));
            assertThat(findings.get(1).message())
                    .contains("FR 1 IAC (1 < 3)", "FR 2 UC", "FR 3 SI", "FR 4 DC", "FR 5 RDF", "FR 6 TRE", "FR 7 RA");
            assertThat(findings.get(0).message())
                    .contains("FR 1", "FR 5", "FR 7")
                    .doesNotContain("FR 4", "FR 6");
        }

        @Test
        void givenConduitWithoutTarget_whenChecked_thenWarningNamingTheConduit() {
            var plant = conduitBetween(
                    sl(2), sl(2), aConduit("dmz-bpcs", "dmz", "bpcs").withoutTarget());

            var findings = check(rule, plant);

            assertFindings(findings).containsExactly(finding("CONDUIT-SL", WARNING, "dmz-bpcs"));
            assertThat(findings.get(0).message()).contains("no SL-T");
        }

        @Test
        void givenConduitEqualToTheZones_whenChecked_thenNoFinding() {
            var target = sl(2, 2, 2, 1, 3, 1, 3);

            assertThat(check(
                            rule,
                            conduitBetween(
                                    target,
                                    target,
                                    aConduit("dmz-bpcs", "dmz", "bpcs").target(target))))
                    .isEmpty();
        }

        @Test
        void givenConduitAboveBothZones_whenChecked_thenNoFinding() {
            var plant = conduitBetween(
                    sl(2, 2, 2, 2, 3, 2, 2),
                    sl(2, 2, 2, 1, 3, 1, 3),
                    aConduit("dmz-bpcs", "dmz", "bpcs").target(sl(3)));

            assertThat(check(rule, plant)).isEmpty();
        }

        @Test
        void givenZoneWithoutTarget_whenChecked_thenNothingToCompareWith() {
            var plant = aPlant().with(aZone("dmz").kind(DMZ).withoutTarget().assets(anAsset("hist-dmz", HISTORIAN)))
                    .with(aZone("bpcs").target(sl(3)).assets(anAsset("plc-1", PLC)))
                    .with(aConduit("dmz-bpcs", "dmz", "bpcs").target(sl(3)));

            assertThat(check(rule, plant)).isEmpty();
        }
    }

    @Nested
    class SlCapability {

        private final ZoningRule rule = ZoningRules.SL_CAPABILITY;

        @Test
        void givenCompliantPlant_whenChecked_thenNoFinding() {
            assertThat(check(rule, aCompliantPlant())).isEmpty();
        }

        @Test
        void givenAssetLessCapableThanItsZone_whenChecked_thenInfoNamingTheFrsToCompensate() {
            var plant = aPlant().with(aZone("bpcs")
                    .target(sl(2, 2, 2, 1, 3, 1, 3))
                    .assets(anAsset("plc-101", PLC).slCapability(sl(2, 2, 2, 1, 2, 1, 2))));

            var findings = check(rule, plant);

            assertFindings(findings).containsExactly(finding("SL-CAPABILITY", INFO, "plc-101", "bpcs"));
            assertThat(findings.get(0).message())
                    .contains("{2 2 2 1 2 1 2}", "{2 2 2 1 3 1 3}", "FR 5 RDF (2 < 3)", "FR 7 RA (2 < 3)")
                    .doesNotContain("FR 1", "FR 4", "FR 6");
        }

        @Test
        void givenAssetAsCapableOrMoreThanItsZone_whenChecked_thenNoFinding() {
            var plant = aPlant().with(aZone("bpcs")
                    .target(sl(2, 2, 2, 1, 3, 1, 3))
                    .assets(
                            anAsset("plc-1", PLC).slCapability(sl(2, 2, 2, 1, 3, 1, 3)),
                            anAsset("plc-2", PLC).slCapability(sl(4))));

            assertThat(check(rule, plant)).isEmpty();
        }

        @Test
        void givenAssetWithoutDeclaredCapability_whenChecked_thenNoFinding() {
            var plant = aPlant().with(aZone("bpcs").target(sl(4)).assets(anAsset("plc-1", PLC)));

            assertThat(check(rule, plant)).isEmpty();
        }

        @Test
        void givenZoneWithoutTarget_whenChecked_thenNothingToCompareWith() {
            var plant = aPlant().with(aZone("bpcs")
                    .withoutTarget()
                    .assets(anAsset("plc-1", PLC).slCapability(sl(0))));

            assertThat(check(rule, plant)).isEmpty();
        }

        @Test
        void givenAssetInNoZone_whenChecked_thenNothingToCompareWith() {
            var plant = aPlant().with(anAsset("plc-1", PLC).slCapability(sl(0)));

            assertThat(check(rule, plant)).isEmpty();
        }
    }

    @Nested
    class Network {

        private final ZoningRule rule = ZoningRules.NETWORK;

        @Test
        void givenCompliantPlant_whenChecked_thenNoFinding() {
            assertThat(check(rule, aCompliantPlant())).isEmpty();
        }

        @Test
        void givenZoneNetworkNestedInAnotherZones_whenChecked_thenWarningNamingBothZones() {
            var plant = aPlant().with(aZone("ops").networks("10.20.0.0/16"))
                    .with(aZone("bpcs").networks("10.20.1.0/24"));

            var findings = check(rule, plant);

            assertFindings(findings).containsExactly(finding("NETWORK", WARNING, "ops", "bpcs"));
            assertThat(findings.get(0).message()).contains("10.20.1.0/24", "10.20.0.0/16");
        }

        @Test
        void givenZonesWhoseRangesPartlyOverlap_whenChecked_thenWarningNamingBothZones() {
            var plant = aPlant().with(aZone("ops").networks("10.20.0.0/24", "10.20.2.0/24"))
                    .with(aZone("bpcs").networks("10.20.2.128/25", "10.20.4.0/24"));

            assertFindings(check(rule, plant)).containsExactly(finding("NETWORK", WARNING, "ops", "bpcs"));
        }

        @Test
        void givenSameNetworkInTwoZones_whenChecked_thenWarning() {
            var plant = aPlant().with(aZone("bpcs").networks("10.20.1.0/24"))
                    .with(aZone("sis").kind(SAFETY).networks("10.20.1.0/24"));

            assertFindings(check(rule, plant)).containsExactly(finding("NETWORK", WARNING, "bpcs", "sis"));
        }

        @Test
        void givenOverlappingNetworksInOneZone_whenChecked_thenWarningNamingTheZoneOnce() {
            var plant = aPlant().with(aZone("bpcs").networks("10.20.1.0/24", "10.20.0.0/16"));

            var findings = check(rule, plant);

            assertFindings(findings).containsExactly(finding("NETWORK", WARNING, "bpcs"));
            assertThat(findings.get(0).message()).contains("overlapping", "10.20.0.0/16", "10.20.1.0/24");
        }

        @Test
        void givenHostRouteOnTheLastAddressOfAnotherZonesNetwork_whenChecked_thenOverlap() {
            var plant = aPlant().with(aZone("bpcs").networks("10.20.1.0/24"))
                    .with(aZone("mgmt").networks("10.20.1.255/32"));

            assertFindings(check(rule, plant)).containsExactly(finding("NETWORK", WARNING, "bpcs", "mgmt"));
        }

        @Test
        void givenAdjacentNetworks_whenChecked_thenNoOverlap() {
            var plant = aPlant().with(aZone("a").networks("10.20.1.0/25"))
                    .with(aZone("b").networks("10.20.1.128/25"))
                    .with(aZone("c").networks("10.20.0.0/24", "10.20.2.0/23"));

            assertThat(check(rule, plant)).isEmpty();
        }

        @Test
        void givenNetworkAfterAWideOne_whenChecked_thenOverlapFoundPastNarrowerNeighbours() {
            // 10.20.9.0/24 overlaps the /16 of ops although the network sorted just before it does not
            var plant = aPlant().with(aZone("ops").networks("10.20.0.0/16"))
                    .with(aZone("bpcs").networks("10.20.1.0/24"))
                    .with(aZone("sis").kind(SAFETY).networks("10.20.9.0/24"));

            assertFindings(check(rule, plant))
                    .containsExactlyInAnyOrder(
                            finding("NETWORK", WARNING, "ops", "bpcs"), finding("NETWORK", WARNING, "ops", "sis"));
        }

        @Test
        void givenOverlappingIpv6Networks_whenChecked_thenWarning() {
            var plant = aPlant().with(aZone("ops").networks("fd00:20::/48"))
                    .with(aZone("bpcs").networks("fd00:20:0:1::/64"));

            assertFindings(check(rule, plant)).containsExactly(finding("NETWORK", WARNING, "ops", "bpcs"));
        }

        @Test
        void givenIpv4AndIpv6Networks_whenChecked_thenNeverOverlap() {
            var plant = aPlant().with(aZone("v4").networks("0.0.0.0/0"))
                    .with(aZone("v6").networks("::/0"))
                    .with(aZone("mapped").networks("::ffff:0:0/96"));

            assertFindings(check(rule, plant)).containsExactly(finding("NETWORK", WARNING, "v6", "mapped"));
        }

        @Test
        void givenIpv4WholeSpaceAndAnIpv6Zone_whenChecked_thenNoFinding() {
            var plant = aPlant().with(aZone("v4").networks("0.0.0.0/0"))
                    .with(aZone("v6").networks("fd00:20::/48"))
                    .with(aZone("mapped").kind(DMZ).networks("::ffff:10.0.0.0/104"));

            assertThat(check(rule, plant)).isEmpty();
        }

        @Test
        void givenAssetAddressOutsideEveryZoneNetwork_whenChecked_thenWarningNamingAssetAndItsZone() {
            var plant = aPlant().with(aZone("bpcs")
                    .networks("10.20.1.0/24")
                    .assets(anAsset("plc-1", PLC).ip("10.99.1.11")));

            var findings = check(rule, plant);

            assertFindings(findings).containsExactly(finding("NETWORK", WARNING, "plc-1", "bpcs"));
            assertThat(findings.get(0).message()).contains("10.99.1.11", "outside zone bpcs");
        }

        @Test
        void givenAssetAddressInAnotherZonesNetwork_whenChecked_thenWarningNamingThatZone() {
            var plant = aPlant().with(aZone("dmz").kind(DMZ).networks("10.10.0.0/24"))
                    .with(aZone("ops").networks("10.20.0.0/16"))
                    .with(aZone("sis").kind(SAFETY).networks("10.20.5.0/24"))
                    .with(aZone("bpcs")
                            .networks("10.30.1.0/24")
                            .assets(anAsset("plc-1", PLC).ip("10.20.5.11")));

            var findings = check(rule, plant).stream()
                    .filter(f -> f.subjects().contains("plc-1"))
                    .toList();

            assertFindings(findings).containsExactly(finding("NETWORK", WARNING, "plc-1", "bpcs", "sis"));
            assertThat(findings.get(0).message()).contains("in zone sis's");
        }

        @Test
        void givenAssetWithOneAddressInsideAndOneOutside_whenChecked_thenOnlyTheOutsideAddressReported() {
            var plant = aPlant().with(aZone("dmz").kind(DMZ).networks("10.10.0.0/24"))
                    .with(aZone("bpcs")
                            .networks("10.20.1.0/24")
                            .assets(anAsset("hist-1", HISTORIAN).ip("10.20.1.10", "10.10.0.10")));

            var findings = check(rule, plant);

            assertFindings(findings).containsExactly(finding("NETWORK", WARNING, "hist-1", "bpcs", "dmz"));
            assertThat(findings.get(0).message()).contains("10.10.0.10").doesNotContain("10.20.1.10");
        }

        @ParameterizedTest(name = "{0}")
        @EnumSource(
                value = AssetType.class,
                names = {"FIREWALL", "ROUTER"})
        void givenBoundaryDeviceFacingAnotherZone_whenChecked_thenInfoInstead(AssetType type) {
            var plant = aPlant().with(aZone("dmz")
                            .kind(DMZ)
                            .networks("10.10.0.0/24")
                            .assets(anAsset("fw-ot", type).ip("10.10.0.1", "10.20.0.1")))
                    .with(aZone("bpcs").networks("10.20.0.0/24"));

            var findings = check(rule, plant);

            assertFindings(findings).containsExactly(finding("NETWORK", INFO, "fw-ot", "dmz", "bpcs"));
            assertThat(findings.get(0).remedy()).contains(type.label());
        }

        @Test
        void givenZoneWithoutNetworks_whenChecked_thenAssetAddressesNotJudged() {
            var plant = aPlant().with(aZone("temporary")
                    .kind(TEMPORARY)
                    .assets(anAsset("laptop", WORKSTATION).ip("192.168.1.5")));

            assertThat(check(rule, plant)).isEmpty();
        }

        @Test
        void givenAssetInTwoZones_whenChecked_thenAddressesLeftToZcr31() {
            var plc = anAsset("plc-1", PLC).ip("10.99.0.1");
            var plant = aPlant().with(aZone("bpcs").networks("10.20.1.0/24").assets(plc))
                    .with(aZone("ops").networks("10.20.3.0/24").assets(plc));

            assertThat(check(rule, plant)).isEmpty();
        }

        @Test
        void givenTwoAssetsWithOneAddress_whenChecked_thenWarningNamingBoth() {
            var plant = aPlant().with(aZone("bpcs")
                    .networks("10.20.1.0/24")
                    .assets(
                            anAsset("plc-1", PLC).ip("10.20.1.11"),
                            anAsset("plc-2", PLC).ip("10.20.1.12"),
                            anAsset("plc-1-spare", PLC).ip("10.20.1.11")));

            var findings = check(rule, plant);

            assertFindings(findings).containsExactly(finding("NETWORK", WARNING, "plc-1", "plc-1-spare"));
            assertThat(findings.get(0).message()).contains("10.20.1.11", "2 assets");
        }

        @Test
        void givenAssetListingItsOwnAddressTwice_whenChecked_thenNotAnAddressSharedBetweenAssets() {
            // a model built in code (or imported) may repeat an address; it is still one asset's address
            var plant = aPlant().with(aZone("bpcs")
                    .networks("10.20.1.0/24")
                    .assets(anAsset("plc-1", PLC).ip("10.20.1.11", "10.20.1.11")));

            assertThat(check(rule, plant)).isEmpty();
        }

        @Test
        void givenAssetListingASharedAddressTwice_whenChecked_thenEachOwnerNamedOnce() {
            var plant = aPlant().with(aZone("bpcs")
                    .assets(
                            anAsset("plc-1", PLC).ip("10.20.1.11", "10.20.1.11"),
                            anAsset("plc-2", PLC).ip("10.20.1.11")));

            var findings = check(rule, plant);

            assertFindings(findings).containsExactly(finding("NETWORK", WARNING, "plc-1", "plc-2"));
            assertThat(findings.get(0).message()).contains("given to 2 assets: plc-1, plc-2");
        }

        @Test
        void givenDuplicateAddressAcrossZonesAndInventory_whenChecked_thenReportedEvenWithoutZoneNetworks() {
            var plant = aPlant().with(aZone("bpcs").assets(anAsset("plc-1", PLC).ip("fd00::11")))
                    .with(aZone("ops").assets(anAsset("hist-1", HISTORIAN).ip("fd00:0:0:0::11")))
                    .with(anAsset("spare", PLC).ip("fd00::11"));

            assertFindings(check(rule, plant)).containsExactly(finding("NETWORK", WARNING, "plc-1", "hist-1", "spare"));
        }

        @Test
        void givenIpv4AndMappedIpv6OfTheSameNumber_whenChecked_thenNotADuplicate() {
            var plant = aPlant().with(aZone("bpcs")
                    .assets(
                            anAsset("plc-1", PLC).ip("10.20.1.11"),
                            anAsset("plc-2", PLC).ip("::ffff:10.20.1.11")));

            assertThat(check(rule, plant)).isEmpty();
        }
    }

    @Nested
    class Ordering {

        @Test
        void givenFindingsOfEverySeverity_whenValidated_thenMostSeriousFirstThenByRuleAndSubjects() {
            var plant = aPlant().with(aZone("bpcs")
                            .networks("10.20.1.0/24")
                            .target(sl(2, 2, 2, 1, 3, 1, 3))
                            .assets(
                                    anAsset("plc-1", PLC).slCapability(sl(1)).ip("10.20.1.11"),
                                    anAsset("wgw-1", PLC).wireless(true).ip("10.20.1.90"),
                                    anAsset("sis-1", SAFETY_PLC).ip("10.20.1.50"),
                                    anAsset("fw-1", FIREWALL).ip("10.20.1.1", "10.99.0.1"),
                                    anAsset("rtr-1", ROUTER).ip("10.20.1.2", "10.98.0.1")))
                    .with(aZone("enterprise").kind(ENTERPRISE).target(sl(1)).assets(anAsset("erp-1", SERVER)))
                    .with(aConduit("ent-bpcs", "enterprise", "bpcs").withoutTarget())
                    .with(anAsset("spare", PLC))
                    .build();

            var findings = PlantValidator.standard().validate(plant).findings();

            assertThat(findings).isSortedAccordingTo(Comparator.comparing(Finding::severity));
            assertFindings(findings)
                    .containsExactly(
                            finding("DMZ-BYPASS", ERROR, "ent-bpcs", "enterprise", "bpcs"),
                            finding("ZCR-3.1", ERROR, "spare"),
                            finding("ZCR-3.3", ERROR, "sis-1", "bpcs"),
                            finding("ZCR-3.5", ERROR, "wgw-1", "bpcs"),
                            finding("CONDUIT-NO-RULES", WARNING, "ent-bpcs"),
                            finding("CONDUIT-SL", WARNING, "ent-bpcs"),
                            finding("SL-GAP-INSPECTION", WARNING, "ent-bpcs"),
                            finding("NETWORK", INFO, "fw-1", "bpcs"),
                            finding("NETWORK", INFO, "rtr-1", "bpcs"),
                            finding("SL-CAPABILITY", INFO, "plc-1", "bpcs"));
        }

        @Test
        void givenReport_whenCounted_thenEverySeverityPresent() {
            var report = PlantValidator.standard()
                    .validate(aPlant().with(anAsset("spare", PLC)).build());

            assertThat(report.counts())
                    .containsEntry(ERROR, 1)
                    .containsEntry(WARNING, 0)
                    .containsEntry(INFO, 0);
            assertThat(report.reaches(ERROR)).isTrue();
            assertThat(report.withSeverity(ERROR)).hasSize(1);
            assertThat(report.withSeverity(INFO)).isEmpty();
        }

        @Test
        void givenOnlyInfoFindings_whenAskedWhetherThresholdsAreReached_thenOnlyInfoIs() {
            var plant = aPlant().with(aZone("bpcs")
                            .target(sl(3))
                            .assets(anAsset("plc-1", PLC).slCapability(sl(2))))
                    .build();

            var report = PlantValidator.standard().validate(plant);

            assertThat(report.findings()).extracting(Finding::severity).containsOnly(INFO);
            assertThat(report.reaches(INFO)).isTrue();
            assertThat(report.reaches(WARNING)).isFalse();
            assertThat(report.reaches(ERROR)).isFalse();
        }
    }
}
