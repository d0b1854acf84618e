package io.zonewarden.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code changeWindows:} section of the plant model file: read, written back, refused with locations. */
class ChangeWindowYamlTest {

    static final String FILE = "unit-3.yaml";

    /** Line numbers below count from 1 in this text. */
    static final String VALID = """
            plant: {id: unit-3}
            assets:
              - {id: plc-1, type: plc}
              - {id: ews-1, type: engineering-workstation}
            zones:
              - {id: bpcs, kind: control, slTarget: "2", assets: [plc-1, ews-1]}
            changeWindows:
              - {id: cw-1, who: otto, assets: [plc-1], from: "2026-03-02T06:00:00Z", to: "2026-03-02T10:00:00+02:00", reason: Firmware 2.9.5}
              - {id: cw-2, who: Contractor GmbH, assets: bpcs, from: "2026-04-01T00:00:00Z", to: "2026-04-01T00:00:00Z"}
            """;

    @Test
    void readsWritesAndReadsBackTheSame() throws ModelFileException {
        var plant = PlantYamlReader.read(VALID, FILE);
        assertThat(plant.changeWindows())
                .extracting(w -> w.id(), w -> w.who(), w -> w.targets(), w -> w.reason())
                .containsExactly(
                        tuple("cw-1", "otto", List.of("plc-1"), "Firmware 2.9.5"),
                        tuple("cw-2", "Contractor GmbH", List.of("bpcs"), null));
        var first = plant.changeWindows().get(0);
        assertThat(first.to()).isEqualTo(OffsetDateTime.parse("2026-03-02T10:00:00+02:00"));
        // 10:00 at +02:00 is 08:00 UTC: open at 08:00:00Z, closed a second later
        assertThat(first.covers(Instant.parse("2026-03-02T08:00:00Z"))).isTrue();
        assertThat(first.covers(Instant.parse("2026-03-02T08:00:01Z"))).isFalse();
        assertThat(first.covers(Instant.parse("2026-03-02T05:59:59Z"))).isFalse();
        var written = PlantYamlWriter.write(plant);
        assertThat(written).contains("changeWindows:");
        assertThat(PlantYamlReader.read(written, FILE)).isEqualTo(plant);
    }

    @Test
    void refusesUnknownTargetsReversedSpansAndBadTimesWithTheirLocations() {
        var yaml = """
                plant: {id: unit-3}
                assets:
                  - {id: plc-1, type: plc}
                zones:
                  - {id: bpcs, kind: control, slTarget: "2", assets: [plc-1]}
                changeWindows:
                  - {id: cw-1, who: otto, assets: [plc-9], from: "2026-03-02T06:00:00Z", to: "2026-03-02T08:00:00Z"}
                  - {id: cw-2, who: otto, assets: [plc-1], from: "2026-03-02T06:00:00Z", to: "2026-03-01T06:00:00Z"}
                  - {id: cw-3, who: otto, assets: [plc-1], from: "2026-03-02 06:00", to: "2026-03-02T08:00:00Z"}
                  - {id: cw-4, assets: [plc-1], from: "2026-03-02T06:00:00Z", to: "2026-03-02T08:00:00Z", owner: x}
                """;
        var e = catchThrowableOfType(ModelFileException.class, () -> PlantYamlReader.read(yaml, FILE));
        assertThat(e.problems())
                .extracting(p -> p.file(), p -> p.line(), p -> p.column(), p -> p.field())
                .containsExactlyInAnyOrder(
                        tuple(FILE, 7, 36, "changeWindows[0].assets[0]"),
                        tuple(FILE, 8, 78, "changeWindows[1].to"),
                        tuple(FILE, 9, 50, "changeWindows[2].from"),
                        tuple(FILE, 10, 91, "changeWindows[3]"),
                        tuple(FILE, 10, 5, "changeWindows[3].who"));
        assertThat(e.problems().get(0).message()).contains("unknown asset or zone 'plc-9'");
        assertThat(e.problems())
                .anySatisfy(p -> assertThat(p.message()).contains("ends (2026-03-01T06:00Z) before it starts"))
                .anySatisfy(p -> assertThat(p.message()).contains("expected an ISO date-time"))
                .anySatisfy(p -> assertThat(p.message()).contains("unknown key 'owner'"));
    }
}
