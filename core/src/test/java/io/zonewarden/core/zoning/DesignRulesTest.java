package io.zonewarden.core.zoning;

import static io.zonewarden.core.model.PlantFixture.aCompliantPlant;
import static io.zonewarden.core.model.PlantFixture.aConduit;
import static io.zonewarden.core.model.PlantFixture.aPlant;
import static io.zonewarden.core.model.PlantFixture.aZone;
import static io.zonewarden.core.model.PlantFixture.allow;
import static io.zonewarden.core.model.PlantFixture.anAsset;
import static io.zonewarden.core.model.PlantFixture.sl;
import static io.zonewarden.core.zoning.Severity.ERROR;
import static io.zonewarden.core.zoning.Severity.INFO;
import static io.zonewarden.core.zoning.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.zonewarden.core.model.AssetType;
import io.zonewarden.core.model.PlantFixture.PlantSpec;
import io.zonewarden.core.model.PurdueLevel;
import io.zonewarden.core.model.ZoneKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The design rules beyond ZCR 3: for each, a model where it must fire and one where it must not. */
class DesignRulesTest {

    private static List<Object> findings(ZoningRule rule, PlantSpec plant) {
        return rule.apply(plant.build()).stream()
                .<Object>map(f -> tuple(f.rule(), f.severity(), f.subjects()))
                .toList();
    }

    private static Object finding(String rule, Severity severity, String... subjects) {
        return tuple(rule, severity, List.of(subjects));
    }

    /** Two control zones at Purdue 1 and 2, SL-T 2, joined by conduit c with the given rules. */
    private static PlantSpec twoZones(io.zonewarden.core.model.AllowRule... rules) {
        return aPlant().with(aZone("a").assets(anAsset("plc-a", AssetType.PLC).purdue(PurdueLevel.L1)))
                .with(aZone("b").assets(anAsset("hmi-b", AssetType.HMI).purdue(PurdueLevel.L2)))
                .with(aConduit("c", "a", "b").allow(rules));
    }

    @Test
    void the_compliant_plant_breaks_no_design_rule() {
        for (var rule : List.of(
                ZoningRules.ZONE_ISOLATED,
                ZoningRules.CONDUIT_NO_RULES,
                ZoningRules.INSECURE_PROTOCOL,
                ZoningRules.PURDUE_ADJACENCY,
                ZoningRules.SL_GAP_INSPECTION,
                ZoningRules.SAFETY_ZONE_SL,
                ZoningRules.DEFAULT_ALLOW)) {
            assertThat(rule.apply(aCompliantPlant().build())).as(rule.id()).isEmpty();
        }
    }

    @Test
    void a_zone_no_conduit_joins_is_isolated_and_a_joined_one_is_not() {
        var plant = twoZones(allow("hmi-b", "plc-a", "modbus")).with(aZone("island"));
        assertThat(findings(ZoningRules.ZONE_ISOLATED, plant))
                .containsExactly(finding("ZONE-ISOLATED", INFO, "island"));
    }

    @Test
    void a_conduit_without_rules_is_reported_and_one_with_a_rule_is_not() {
        var plant = twoZones(allow("hmi-b", "plc-a", "modbus")).with(aZone("d")).with(aConduit("empty", "b", "d"));
        assertThat(findings(ZoningRules.CONDUIT_NO_RULES, plant))
                .containsExactly(finding("CONDUIT-NO-RULES", WARNING, "empty"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"telnet", "rlogin", "ftp", "tftp", "http", "snmp", "snmpv1", "snmpv2c", "vnc"})
    void a_cleartext_protocol_across_an_sl_boundary_is_insecure(String protocol) {
        var plant = aPlant().with(aZone("low").target(sl(1)).assets(anAsset("ws", AssetType.WORKSTATION)))
                .with(aZone("high").target(sl(2)).assets(anAsset("plc", AssetType.PLC)))
                .with(aConduit("c", "low", "high").allow(allow("ws", "plc", protocol)));
        assertThat(findings(ZoningRules.INSECURE_PROTOCOL, plant))
                .containsExactly(finding("INSECURE-PROTOCOL", WARNING, "c", protocol));
    }

    @Test
    void a_cleartext_protocol_between_zones_of_equal_sl_or_a_secure_one_across_a_boundary_is_not_reported() {
        var equal = twoZones(allow("hmi-b", "plc-a", "telnet"), allow("hmi-b", "plc-a", "http"));
        assertThat(findings(ZoningRules.INSECURE_PROTOCOL, equal)).isEmpty();
        var secure = aPlant().with(aZone("low").target(sl(1)).assets(anAsset("ws", AssetType.WORKSTATION)))
                .with(aZone("high").target(sl(2)).assets(anAsset("plc", AssetType.PLC)))
                .with(aConduit("c", "low", "high")
                        .allow(allow("ws", "plc", "ssh"), allow("ws", "plc", "https"), allow("ws", "plc", "snmpv3")));
        assertThat(findings(ZoningRules.INSECURE_PROTOCOL, secure)).isEmpty();
    }

    @Test
    void a_conduit_from_level_4_to_level_2_skips_level_3() {
        // lowest level of the upper zone (4) minus the highest of the lower zone (2) is 2, more than 1
        var plant = aPlant().with(aZone("office")
                        .kind(ZoneKind.ENTERPRISE)
                        .assets(anAsset("erp", AssetType.SERVER).purdue(PurdueLevel.L4)))
                .with(aZone("cell").assets(anAsset("hmi", AssetType.HMI).purdue(PurdueLevel.L2)))
                .with(aConduit("shortcut", "office", "cell").allow(allow("erp", "hmi", "https")));
        assertThat(findings(ZoningRules.PURDUE_ADJACENCY, plant))
                .containsExactly(finding("PURDUE-ADJACENCY", WARNING, "shortcut"));
    }

    @Test
    void neighbouring_levels_a_dmz_end_or_zones_without_levels_are_not_reported() {
        var neighbours = aPlant().with(
                        aZone("ops").assets(anAsset("scada", AssetType.SERVER).purdue(PurdueLevel.L3)))
                .with(aZone("cell").assets(anAsset("hmi", AssetType.HMI).purdue(PurdueLevel.L2)))
                .with(aConduit("c", "ops", "cell").allow(allow("scada", "hmi", "opcua")));
        assertThat(findings(ZoningRules.PURDUE_ADJACENCY, neighbours)).isEmpty();
        var throughDmz = aPlant().with(aZone("dmz")
                        .kind(ZoneKind.DMZ)
                        .assets(anAsset("erp", AssetType.SERVER).purdue(PurdueLevel.L5)))
                .with(aZone("cell").assets(anAsset("plc", AssetType.PLC).purdue(PurdueLevel.L1)))
                .with(aConduit("c", "dmz", "cell").allow(allow("erp", "plc", "opcua")));
        assertThat(findings(ZoningRules.PURDUE_ADJACENCY, throughDmz)).isEmpty();
        var noLevels = aPlant().with(aZone("x").assets(anAsset("s", AssetType.SERVER)))
                .with(aZone("y").assets(anAsset("p", AssetType.PLC)))
                .with(aConduit("c", "x", "y").allow(allow("s", "p", "opcua")));
        assertThat(findings(ZoningRules.PURDUE_ADJACENCY, noLevels)).isEmpty();
    }

    @Test
    void an_sl_gap_of_two_without_a_boundary_device_needs_inspection() {
        var plant = aPlant().with(aZone("office").target(sl(1)).assets(anAsset("ws", AssetType.WORKSTATION)))
                .with(aZone("cell").target(sl(2, 2, 2, 1, 3, 1, 3)).assets(anAsset("plc", AssetType.PLC)))
                .with(aConduit("c", "office", "cell").allow(allow("ws", "plc", "opcua")));
        assertThat(findings(ZoningRules.SL_GAP_INSPECTION, plant))
                .containsExactly(finding("SL-GAP-INSPECTION", WARNING, "c"));
        assertThat(ZoningRules.SL_GAP_INSPECTION.apply(plant.build()).getFirst().message())
                .contains("FR 5, FR 7");
    }

    @Test
    void an_sl_gap_of_one_or_a_named_boundary_device_needs_no_finding() {
        var gapOfOne = aPlant().with(aZone("office").target(sl(1)).assets(anAsset("ws", AssetType.WORKSTATION)))
                .with(aZone("cell").target(sl(2)).assets(anAsset("plc", AssetType.PLC)))
                .with(aConduit("c", "office", "cell").allow(allow("ws", "plc", "opcua")));
        assertThat(findings(ZoningRules.SL_GAP_INSPECTION, gapOfOne)).isEmpty();
        var withFirewall = aPlant().with(aZone("office")
                        .target(sl(1))
                        .assets(anAsset("ws", AssetType.WORKSTATION), anAsset("fw", AssetType.FIREWALL)))
                .with(aZone("cell").target(sl(3)).assets(anAsset("plc", AssetType.PLC)))
                .with(aConduit("c", "office", "cell").devices("fw").allow(allow("ws", "plc", "opcua")));
        assertThat(findings(ZoningRules.SL_GAP_INSPECTION, withFirewall)).isEmpty();
    }

    @Test
    void a_safety_zone_below_sl_3_in_some_fr_is_noted_and_one_at_3_is_not() {
        var low = aPlant().with(aZone("sis").kind(ZoneKind.SAFETY).target(sl(3, 3, 3, 2, 3, 3, 3)));
        assertThat(findings(ZoningRules.SAFETY_ZONE_SL, low)).containsExactly(finding("SAFETY-ZONE-SL", INFO, "sis"));
        assertThat(ZoningRules.SAFETY_ZONE_SL.apply(low.build()).getFirst().message())
                .contains("FR 4");
        var atThree = aPlant().with(aZone("sis").kind(ZoneKind.SAFETY).target(sl(3)));
        assertThat(findings(ZoningRules.SAFETY_ZONE_SL, atThree)).isEmpty();
        var controlAtTwo = aPlant().with(aZone("bpcs").target(sl(2)));
        assertThat(findings(ZoningRules.SAFETY_ZONE_SL, controlAtTwo)).isEmpty();
    }

    @Test
    void any_protocol_between_whole_zones_is_a_default_allow() {
        var plant = twoZones(allow("a", "b", "any")).with(aZone("inner").allow(allow("inner", "inner", "any")));
        assertThat(findings(ZoningRules.DEFAULT_ALLOW, plant))
                .containsExactly(
                        finding("DEFAULT-ALLOW", ERROR, "inner", "inner", "inner"),
                        finding("DEFAULT-ALLOW", ERROR, "c", "a", "b"));
    }

    @Test
    void any_protocol_between_two_assets_or_a_named_protocol_between_zones_is_not_a_default_allow() {
        var plant = twoZones(allow("hmi-b", "plc-a", "any"), allow("a", "b", "opcua"));
        assertThat(findings(ZoningRules.DEFAULT_ALLOW, plant)).isEmpty();
    }
}
