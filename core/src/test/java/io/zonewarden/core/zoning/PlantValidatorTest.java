package io.zonewarden.core.zoning;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.model.Asset;
import io.zonewarden.core.model.AssetType;
import io.zonewarden.core.model.IpAddress;
import io.zonewarden.core.model.IpNetwork;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.PlantInfo;
import io.zonewarden.core.model.Zone;
import io.zonewarden.core.model.ZoneKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlantValidatorTest {

    /** 6,000 assets in 60 zones, some wireless and some outside their zone's network: findings of several rules. */
    private static Plant largePlant() {
        var assets = new ArrayList<Asset>();
        var zones = new ArrayList<Zone>();
        for (int z = 0; z < 60; z++) {
            var members = new ArrayList<String>();
            for (int a = 0; a < 100; a++) {
                var id = "a" + z + "-" + a;
                int host = a == 99 ? (z + 1) % 60 : z; // the last asset of each zone is addressed in the next zone
                assets.add(Asset.builder(id, AssetType.PLC)
                        .wireless(a % 37 == 0)
                        .ip(List.of(IpAddress.v4((10 << 24) | (host << 8) | (a + 1))))
                        .build());
                members.add(id);
            }
            zones.add(new Zone(
                    "z" + z,
                    "z" + z,
                    ZoneKind.CONTROL,
                    SecurityLevelVector.of(2, 2, 2, 1, 3, 1, 3),
                    members,
                    List.of(new IpNetwork(IpAddress.v4((10 << 24) | (z << 8)), 24)),
                    List.of(),
                    null));
        }
        return new Plant(new PlantInfo("large", "large", null, null), assets, zones, List.of());
    }

    @Test
    void givenALargePlant_whenValidatedWithRulesSideBySide_thenTheReportIsThatOfOneRuleAfterAnother() {
        var plant = largePlant();
        var expected = new ArrayList<Finding>();
        for (var rule : ZoningRules.ALL) expected.addAll(rule.apply(plant));
        expected.sort(Comparator.comparing(Finding::severity)
                .thenComparing(Finding::rule)
                .thenComparing(f -> String.join(",", f.subjects())));

        var report = PlantValidator.standard().validate(plant);

        assertThat(report.findings()).containsExactlyElementsOf(expected);
        assertThat(report.findings()).extracting(Finding::rule).contains("ZCR-3.5", "NETWORK");
    }
}
