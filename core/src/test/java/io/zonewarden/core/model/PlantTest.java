package io.zonewarden.core.model;

import static io.zonewarden.core.model.AssetType.HMI;
import static io.zonewarden.core.model.AssetType.PLC;
import static io.zonewarden.core.model.AssetType.SERVER;
import static io.zonewarden.core.model.PlantFixture.aConduit;
import static io.zonewarden.core.model.PlantFixture.aPlant;
import static io.zonewarden.core.model.PlantFixture.aZone;
import static io.zonewarden.core.model.PlantFixture.anAsset;
import static io.zonewarden.core.model.PlantFixture.sl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class PlantTest {

    private static final PlantInfo INFO = new PlantInfo("ammonia-3", "Ammonia unit 3", null, null);

    private static Zone zone(String id, String... assets) {
        return new Zone(id, id, ZoneKind.CONTROL, sl(2), List.of(assets), List.of(), List.of(), null);
    }

    private static Conduit conduit(String id, String a, String b) {
        return new Conduit(id, null, List.of(a, b), sl(2), List.of(), null);
    }

    @Test
    void givenTwoAssetsWithOneId_whenPlantBuilt_thenRefusedNamingTheId() {
        var first = anAsset("plc-101", PLC).build();
        var second = anAsset("plc-101", HMI).build();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Plant(INFO, List.of(first, second), List.of(), List.of()))
                .withMessage("duplicate asset id 'plc-101'");
    }

    @Test
    void givenTwoZonesWithOneId_whenPlantBuilt_thenRefusedNamingTheId() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Plant(INFO, List.of(), List.of(zone("bpcs"), zone("bpcs")), List.of()))
                .withMessage("duplicate zone id 'bpcs'");
    }

    @Test
    void givenTwoConduitsWithOneId_whenPlantBuilt_thenRefusedNamingTheId() {
        var zones = List.of(zone("dmz"), zone("bpcs"), zone("ops"));
        var conduits = List.of(conduit("dmz-bpcs", "dmz", "bpcs"), conduit("dmz-bpcs", "dmz", "ops"));

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Plant(INFO, List.of(), zones, conduits))
                .withMessage("duplicate conduit id 'dmz-bpcs'");
    }

    @Test
    void givenAssetAndZoneSharingAnId_whenPlantBuilt_thenRefusedBecauseAllowRulesNameEither() {
        var asset = anAsset("bpcs", PLC).build();

        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Plant(INFO, List.of(asset), List.of(zone("bpcs", "bpcs")), List.of()))
                .withMessageContaining("'bpcs'")
                .withMessageContaining("both an asset and a zone");
    }

    @Test
    void givenConduitNamedLikeAZone_whenPlantBuilt_thenAcceptedSinceConduitsHaveTheirOwnNames() {
        var plant =
                new Plant(INFO, List.of(), List.of(zone("dmz"), zone("bpcs")), List.of(conduit("dmz", "dmz", "bpcs")));

        assertThat(plant.conduit("dmz")).isPresent();
        assertThat(plant.zone("dmz")).isPresent();
    }

    @Test
    void givenAssetInOneZone_whenAskedForItsZone_thenThatZone() {
        var plant = aPlant().with(aZone("bpcs").assets(anAsset("plc-101", PLC), anAsset("hmi-1", HMI)))
                .with(aZone("ops").assets(anAsset("hist-1", SERVER)))
                .build();

        assertThat(plant.zonesOf("plc-101")).containsExactly("bpcs");
        assertThat(plant.zoneOf("plc-101")).map(Zone::id).contains("bpcs");
        assertThat(plant.zoneOf("hist-1")).map(Zone::id).contains("ops");
    }

    @Test
    void givenAssetInTwoZones_whenAskedForItsZone_thenBothListedButNoSingleZone() {
        var plc = anAsset("plc-101", PLC);
        var plant = aPlant().with(aZone("bpcs").assets(plc))
                .with(aZone("ops").assets(plc))
                .build();

        assertThat(plant.zonesOf("plc-101")).containsExactly("bpcs", "ops");
        assertThat(plant.zoneOf("plc-101")).isEmpty();
    }

    @Test
    void givenAssetInNoZone_whenAskedForItsZone_thenNone() {
        var plant = aPlant().with(aZone("bpcs").assets(anAsset("plc-101", PLC)))
                .with(anAsset("spare-plc", PLC))
                .build();

        assertThat(plant.zonesOf("spare-plc")).isEmpty();
        assertThat(plant.zoneOf("spare-plc")).isEmpty();
        assertThat(plant.zonesOf("no-such-asset")).isEmpty();
    }

    @Test
    void givenZoneListingAnUnknownAsset_whenPlantBuilt_thenAcceptedForValidationToReport() {
        var plant = aPlant().with(aZone("bpcs").listing("ghost")).build();

        assertThat(plant.asset("ghost")).isEmpty();
        assertThat(plant.zonesOf("ghost")).containsExactly("bpcs");
    }

    @Test
    void givenIds_whenLookedUp_thenFoundByKind() {
        var plant = aPlant().with(aZone("dmz").kind(ZoneKind.DMZ).assets(anAsset("hist-dmz", AssetType.HISTORIAN)))
                .with(aZone("bpcs").assets(anAsset("plc-101", PLC)))
                .with(aConduit("dmz-bpcs", "dmz", "bpcs"))
                .build();

        assertThat(plant.asset("plc-101")).map(Asset::type).contains(PLC);
        assertThat(plant.asset("bpcs")).isEmpty();
        assertThat(plant.zone("dmz")).map(Zone::kind).contains(ZoneKind.DMZ);
        assertThat(plant.zone("plc-101")).isEmpty();
        assertThat(plant.conduit("dmz-bpcs")).map(Conduit::zones).contains(List.of("dmz", "bpcs"));
        assertThat(plant.conduit("dmz-bpcs").orElseThrow().joins("bpcs")).isTrue();
        assertThat(plant.conduit("dmz-bpcs").orElseThrow().joins("ops")).isFalse();
    }

    @Test
    void givenSamePartsTwice_whenCompared_thenEqualPlants() {
        var a = PlantFixture.aCompliantPlant().build();
        var b = PlantFixture.aCompliantPlant().build();

        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.withAssetsAndZones(a.assets().subList(1, a.assets().size()), a.zones()))
                .isNotEqualTo(a);
    }

    @Test
    void givenConduitOfThreeZones_whenBuilt_thenRefused() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Conduit("c", null, List.of("a", "b", "c"), null, List.of(), null))
                .withMessageContaining("exactly two zones");
    }

    @Test
    void givenIdWithSpaces_whenAssetBuilt_thenRefusedSayingWhatAnIdIs() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> anAsset("plc 101", PLC).build())
                .withMessageContaining("asset id 'plc 101'")
                .withMessageContaining(Ids.EXPECTED);
    }
}
