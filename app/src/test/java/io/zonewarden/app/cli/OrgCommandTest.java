package io.zonewarden.app.cli;

import static io.zonewarden.app.cli.ValidateCommandTest.EXAMPLE;
import static io.zonewarden.app.cli.ValidateCommandTest.model;
import static io.zonewarden.app.cli.ValidateCommandTest.zonewarden;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zonewarden org}: the organisation findings of a plant model, as text and JSON, with exit codes. */
class OrgCommandTest {

    /** One zone, a team of two (IT and OT), one policy covering everything, acknowledged by both. */
    static final String SOUND = """
            plant: {id: unit-9}
            zones:
              - {id: bpcs, kind: control, slTarget: "2"}
            organisation:
              people:
                - {id: ola, name: Ola OT, discipline: ot, joined: 2020-01-01}
                - {id: ian, name: Ian IT, discipline: it, joined: 2020-01-01}
              roles:
                - {id: ot-officer, holders: [ola]}
                - {id: it-officer, holders: [ian]}
              raci:
                - {element: "SPE 1", accountable: ot-officer}
                - {element: "SPE 2", accountable: ot-officer}
                - {element: "SPE 3", accountable: ot-officer}
                - {element: "SPE 4", accountable: ot-officer}
                - {element: "SPE 5", accountable: it-officer}
                - {element: "SPE 6", accountable: it-officer}
                - {element: "SPE 7", accountable: it-officer}
                - {element: "SPE 8", accountable: ot-officer}
                - {zone: bpcs, accountable: ot-officer}
              documents:
                - id: pol
                  kind: policy
                  owner: ot-officer
                  version: "1"
                  approved: 2026-01-01
                  reviewMonths: 12
                  elements: ["SPE 1", "SPE 2", "SPE 3", "SPE 4", "SPE 5", "SPE 6", "SPE 7", "SPE 8"]
                  acknowledgements:
                    - {person: ola, version: "1", date: 2026-01-02}
                    - {person: ian, version: "1", date: 2026-01-02}
            """;

    @Test
    void givenExamplePlant_whenCheckedAsOfLateNovember_thenTheLeaverIsTheOneErrorBesideTheWarnings() {
        var run = zonewarden("org", EXAMPLE, "--as-of", "2026-11-26");

        assertThat(run.exitCode()).isEqualTo(ZoneWarden.FINDINGS);
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .contains("security organisation as of 2026-11-26")
                .contains("POLICY-REVIEW-OVERDUE")
                .contains("Hiro Tanaka (acknowledged superseded version 2.1)")
                .contains("AWARENESS-OVERDUE")
                .contains("Piotr Nowak (p.nowak) left on 2026-06-30 but still holds right engineering and role"
                        + " control-engineer")
                .contains("1 errors, 10 warnings, 0 info: FAILED (--fail-on error)");
    }

    @Test
    void givenExamplePlant_whenJson_thenFindingsEvidenceAndSummary() {
        var run = zonewarden("org", EXAMPLE, "--as-of", "2026-11-26", "--format", "json");

        var json = run.json();
        assertThat(json.path("asOf").asString()).isEqualTo("2026-11-26");
        var rules = new ArrayList<String>();
        json.path("findings").forEach(f -> rules.add(f.path("rule").asString()));
        assertThat(rules)
                .containsOnly(
                        "LEAVER-HAS-ACCESS",
                        "POLICY-REVIEW-OVERDUE",
                        "POLICY-NOT-ACKNOWLEDGED",
                        "POLICY-ELEMENT-UNCOVERED",
                        "AWARENESS-OVERDUE")
                .hasSize(11);
        var elements = new ArrayList<String>();
        json.path("evidence").forEach(e -> elements.add(e.path("element").asString()));
        assertThat(elements).contains("ORG 1.1", "ORG 1.3", "ORG 1.4", "ORG 1.5", "NET 3");
        assertThat(json.path("summary").path("activePeople").asInt()).isEqualTo(12);
        assertThat(json.path("summary").path("passed").asBoolean()).isFalse();
    }

    @Test
    void givenExamplePlant_whenFailOnWarning_thenExitOne() {
        assertThat(zonewarden("org", EXAMPLE, "--as-of", "2026-11-26", "--fail-on", "warning")
                        .exitCode())
                .isEqualTo(ZoneWarden.FINDINGS);
    }

    @Test
    void givenSoundOrganisation_whenChecked_thenNothingFound(@TempDir Path dir) throws IOException {
        var run = zonewarden("org", model(dir, "unit-9.yaml", SOUND), "--as-of", "2026-06-01", "--fail-on", "info");

        assertThat(run.exitCode()).as(run.out()).isEqualTo(ZoneWarden.OK);
        assertThat(run.out()).contains("0 errors, 0 warnings, 0 info: passed");
    }

    @Test
    void givenRoleHolderWhoLeft_whenChecked_thenVacantRoleAndMissingItAreErrorsAndTheStaleHolderAWarning(
            @TempDir Path dir) throws IOException {
        var yaml = SOUND.replace(
                "{id: ian, name: Ian IT, discipline: it, joined: 2020-01-01}",
                "{id: ian, name: Ian IT, discipline: it, joined: 2020-01-01, left: 2026-03-31}");

        var run = zonewarden("org", model(dir, "unit-9.yaml", yaml), "--as-of", "2026-06-01", "--format", "json");

        assertThat(run.exitCode()).isEqualTo(ZoneWarden.FINDINGS);
        var rules = new ArrayList<String>();
        run.json().path("findings").forEach(f -> rules.add(f.path("rule").asString()));
        assertThat(rules).containsExactly("ORG-IT-OT", "ORG-ROLE-VACANT", "LEAVER-HAS-ACCESS");
    }

    @Test
    void givenPlantWithoutOrganisation_whenChecked_thenOrgMissingError(@TempDir Path dir) throws IOException {
        var run = zonewarden("org", model(dir, "p.yaml", "plant: {id: p}\n"), "--as-of", "2026-06-01");

        assertThat(run.exitCode()).isEqualTo(ZoneWarden.FINDINGS);
        assertThat(run.out()).contains("ORG-MISSING");
    }

    @Test
    void givenBadDateOption_whenRun_thenUsageErrorExitTwo() {
        var run = zonewarden("org", EXAMPLE, "--as-of", "26.11.2026");

        assertThat(run.exitCode()).isEqualTo(ZoneWarden.BAD_INPUT);
        assertThat(run.err()).contains("expected a date such as 2026-11-26");
    }

    @Test
    void givenUnknownRoleInModel_whenRun_thenProblemWithLineAndExitTwo(@TempDir Path dir) throws IOException {
        var file = model(
                dir,
                "unit-9.yaml",
                SOUND.replace("{zone: bpcs, accountable: ot-officer}", "{zone: bpcs, accountable: ot-oficer}"));

        var run = zonewarden("org", file, "--as-of", "2026-06-01");

        assertThat(run.exitCode()).isEqualTo(ZoneWarden.BAD_INPUT);
        assertThat(run.err()).contains(file + ":20:").contains("unknown role 'ot-oficer' (did you mean 'ot-officer'?)");
    }
}
