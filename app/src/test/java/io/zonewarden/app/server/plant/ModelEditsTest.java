package io.zonewarden.app.server.plant;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.AllowRule;
import io.zonewarden.core.model.ChangeWindow;
import io.zonewarden.core.model.VulnerabilityDecision;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelEditsTest {

    @Test
    void givenVulnerabilityDecisions_whenAnAllowRuleIsAddedAndRemoved_thenTheDecisionsAreKept() throws Exception {
        var decision = new VulnerabilityDecision(
                "plc-101",
                "ICSA-23-222-07",
                null,
                VulnerabilityDecision.Status.NOT_AFFECTED,
                "component_not_present",
                "J",
                LocalDate.of(2026, 11, 20),
                null);
        var plant = PlantYamlReader.read(Path.of("..", "examples", "chemical-plant.yaml"))
                .withVulnerabilityDecisions(List.of(decision));
        var allowed =
                ModelEdits.allow(plant, "remote-dmz", new AllowRule("remote-access", "dmz", "rdp", 3389, List.of()));
        assertThat(allowed.vulnerabilityDecisions()).containsExactly(decision);
        var rules = allowed.conduit("remote-dmz").orElseThrow().allow().size();
        assertThat(ModelEdits.disallow(allowed, "remote-dmz", rules - 1).vulnerabilityDecisions())
                .containsExactly(decision);
    }

    @Test
    void givenChangeWindows_whenAnAllowRuleIsAdded_thenTheWindowsAreKept() throws Exception {
        var window = new ChangeWindow(
                "cw-1",
                "j.jansen",
                List.of("plc-101"),
                OffsetDateTime.parse("2026-12-01T06:00:00Z"),
                OffsetDateTime.parse("2026-12-01T10:00:00Z"),
                "firmware update");
        var plant = PlantYamlReader.read(Path.of("..", "examples", "chemical-plant.yaml"))
                .withChangeWindows(List.of(window));
        var allowed =
                ModelEdits.allow(plant, "remote-dmz", new AllowRule("remote-access", "dmz", "rdp", 3389, List.of()));
        assertThat(allowed.changeWindows()).containsExactly(window);
        assertThat(allowed.risk()).isEqualTo(plant.risk());
        assertThat(allowed.assessment()).isEqualTo(plant.assessment());
    }
}
