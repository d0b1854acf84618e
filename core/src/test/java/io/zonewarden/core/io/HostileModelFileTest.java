package io.zonewarden.core.io;

import static io.zonewarden.core.io.PlantYamlReaderTest.FILE;
import static io.zonewarden.core.io.PlantYamlReaderTest.VALID;
import static io.zonewarden.core.io.PlantYamlReaderTest.problemsReading;
import static io.zonewarden.core.io.PlantYamlReaderTest.validWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Model files made to exhaust the reader: aliases that multiply the model, lines of megabytes, nesting thousands
 * deep. Each is refused as a located problem of the file; a file just inside every limit still loads.
 */
class HostileModelFileTest {

    static final int LIMIT = InputLimits.MAX_LINE_LENGTH;

    /** A scalar of about 1 MiB, written as a literal block of lines within the limit, anchored as {@code &big}. */
    static String megabyteScalarAnchored() {
        var yaml = new StringBuilder("plant:\n  id: unit-3\n  name: Unit 3\n  description: &big |\n");
        for (int i = 0; i < 16; i++)
            yaml.append("    ").append("x".repeat(LIMIT - 8)).append('\n');
        return yaml.toString();
    }

    @Test
    void givenMegabyteScalarAliased300Times_whenRead_thenRefusedAtTheFirstAlias() {
        // given: 1 MiB of text that 300 aliases would make 300 MiB of model
        var yaml = new StringBuilder(megabyteScalarAnchored()).append("assets:\n");
        for (int i = 0; i < 300; i++) yaml.append("  - {id: plc-").append(i).append(", type: plc, vendor: *big}\n");

        // when
        var problems = problemsReading(yaml.toString());

        // then: the first alias, line 22 (4 lines of plant, 16 of text, "assets:"), column of "*big"
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.line()).isEqualTo(22);
            assertThat(p.column()).isEqualTo(36);
            assertThat(p.message()).contains("*big is an alias of a scalar").contains("expected the value written out");
        });
    }

    @Test
    void givenAnchoredListAliasedByAnotherZone_whenRead_thenLoads() throws ModelFileException {
        // given: an alias that repeats a list, what aliases are for
        var yaml = validWith("networks: [10.20.1.0/24, 10.20.2.0/24]", "networks: &nets [10.20.1.0/24, 10.20.2.0/24]")
                .replace(
                        "{id: dmz, kind: dmz, slTarget: \"2\", assets: []}",
                        "{id: dmz, kind: dmz, slTarget: \"2\", assets: [], networks: *nets}");

        // when
        var plant = PlantYamlReader.read(yaml, FILE);

        // then
        assertThat(plant.zone("dmz").orElseThrow().networks())
                .isEqualTo(plant.zone("bpcs").orElseThrow().networks());
    }

    @Test
    void givenListsOfAliasesOfLists_whenRead_thenRefusedWhereTheExpansionPassesTheLimit() {
        // given: six levels of lists of eight aliases of the level below: 48 aliases, 8^6 copies of the innermost
        var yaml = new StringBuilder(VALID).append("x0: &l0 [a, b, c, d, e, f, g, h]\n");
        for (int level = 1; level <= 6; level++) {
            yaml.append("x").append(level).append(": &l").append(level).append(" [");
            for (int i = 0; i < 8; i++)
                yaml.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
            yaml.append("]\n");
        }

        // when
        var problems = problemsReading(yaml.toString());

        // then: refused while composing, before the unknown keys are looked at
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.line()).isBetween(18, 22);
            assertThat(p.message()).contains("aliases expand the model beyond").contains("times the file's");
        });
    }

    @ParameterizedTest(name = "{0} MiB")
    @ValueSource(ints = {1, 4, 16})
    void givenOneLineOfMegabytes_whenRead_thenRefusedNamingTheLine(int mebibytes) {
        // given: a description of n MiB on line 3
        var yaml = validWith(
                "plant: {id: unit-3, name: Unit 3}",
                "plant:\n  id: unit-3\n  description: " + "x".repeat(mebibytes << 20) + "\n  name: Unit 3");

        // when
        var problems = problemsReading(yaml);

        // then
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(LIMIT + 1);
            assertThat(p.message())
                    .contains("line is %,d characters long".formatted("  description: ".length() + (mebibytes << 20)))
                    .contains("expected at most %,d".formatted(LIMIT));
        });
    }

    @Test
    void givenLongKey_whenRead_thenRefusedBeforeTheParserLooksForItsColon() {
        var yaml = validWith("    kind: control\n", "    " + "k".repeat(2 << 20) + ": control\n");

        assertThat(problemsReading(yaml))
                .singleElement()
                .satisfies(p -> assertThat(p.line()).isEqualTo(7));
    }

    @Test
    void givenLongLinesAfterCrLfAndLoneCr_whenRead_thenEachCountedAsYamlCountsLines() {
        // given: YAML 1.2 section 5.4 breaks lines at LF, CR LF and a lone CR
        var yaml = "plant:\r\n  id: unit-3\r  name: " + "n".repeat(LIMIT) + "\n  site: " + "s".repeat(LIMIT) + "\n";

        // then: line 3 (after CR LF and CR) and line 4
        assertThat(problemsReading(yaml))
                .extracting(Problem::line, Problem::column)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple(3, LIMIT + 1),
                        org.assertj.core.api.Assertions.tuple(4, LIMIT + 1));
    }

    @Test
    void givenLinesOfExactlyTheLimit_whenRead_thenLoads() throws ModelFileException {
        // given: two lines of exactly the longest length allowed, in a plain and in a quoted scalar
        var plain = "  description: ";
        var quoted = "  site: \"";
        var yaml = validWith(
                "plant: {id: unit-3, name: Unit 3}",
                "plant:\n  id: unit-3\n  name: Unit 3\n" + plain + "d".repeat(LIMIT - plain.length()) + "\n" + quoted
                        + "s".repeat(LIMIT - quoted.length() - 1) + "\"");

        // when
        var plant = PlantYamlReader.read(yaml, FILE);

        // then
        assertThat(plant.info().description()).hasSize(LIMIT - plain.length());
        assertThat(plant.info().site()).hasSize(LIMIT - quoted.length() - 1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"flow", "block"})
    void givenNesting10000Deep_whenRead_thenRefusedWhereTheLimitIsPassed(String style) {
        // given: 10,000 lists in lists under the plant's description
        int depth = 10_000;
        var yaml = new StringBuilder("plant:\n  id: unit-3\n  description:");
        if (style.equals("flow")) {
            yaml.append(" ").append("[".repeat(depth)).append("]".repeat(depth)).append('\n');
        } else {
            yaml.append('\n');
            for (int i = 0; i < depth; i++) yaml.append(" ".repeat(i + 2)).append("-\n");
        }

        // when
        var problems = problemsReading(yaml.toString());

        // then: the root mapping and the plant's mapping are two levels; the 63rd list opens the 65th
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(FILE);
            if (style.equals("flow")) {
                assertThat(p.line()).isEqualTo(3);
                assertThat(p.column()).isEqualTo("  description: ".length() + InputLimits.MAX_DEPTH - 1);
            } else {
                assertThat(p.line()).isEqualTo(3 + InputLimits.MAX_DEPTH - 1);
            }
            assertThat(p.message()).contains("nested deeper than %d levels".formatted(InputLimits.MAX_DEPTH));
        });
    }

    @Test
    void givenNestingOfExactlyTheLimit_whenRead_thenOnlyTheModelsOwnProblem() {
        // given: 62 lists under the plant's mapping make 64 levels: allowed, but a description is text
        int lists = InputLimits.MAX_DEPTH - 2;
        var yaml = validWith(
                "plant: {id: unit-3, name: Unit 3}",
                "plant: {id: unit-3, name: Unit 3, description: " + "[".repeat(lists) + "]".repeat(lists) + "}");

        assertThat(problemsReading(yaml)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("plant.description");
            assertThat(p.message()).contains("expected a text value, found a list");
        });
    }

    @Test
    void givenSharedOrganisationFileWithLongLine_whenRead_thenRefusedNamingTheSharedFile(@TempDir Path dir)
            throws IOException {
        var shared = Files.writeString(
                dir.resolve("site.yaml"), "people:\n  - {id: ola, name: " + "o".repeat(LIMIT) + "}\n");
        var model = Files.writeString(dir.resolve("unit-3.yaml"), VALID + "organisation:\n  file: site.yaml\n");

        var refusal = org.assertj.core.api.Assertions.catchThrowableOfType(
                ModelFileException.class, () -> PlantYamlReader.read(model));

        assertThat(refusal).isNotNull();
        assertThat(refusal.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo(shared.toString());
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("line is");
        });
    }

    @Test
    void givenZoneOfTenThousandAssetsAndALongFoldedText_whenWrittenAndReadBack_thenEqualAndEveryLineWithinTheLimit()
            throws ModelFileException {
        // given: a zone whose asset list, and a description whose words, are each far longer than a line may be
        var yaml = new StringBuilder("plant:\n  id: unit-3\n  description: >\n");
        for (int i = 0; i < 2_000; i++)
            yaml.append("    ").append("word ".repeat(20)).append('\n');
        yaml.append("assets:\n");
        var ids = new java.util.ArrayList<String>();
        for (int i = 0; i < 10_000; i++) {
            ids.add("plc-" + i);
            yaml.append("  - {id: plc-").append(i).append(", type: plc}\n");
        }
        yaml.append("zones:\n  - id: bpcs\n    kind: control\n    assets:\n");
        ids.forEach(id -> yaml.append("      - ").append(id).append('\n'));
        var plant = PlantYamlReader.read(yaml.toString(), FILE);

        // when
        var written = PlantYamlWriter.write(plant);

        // then
        assertThat(written.lines().mapToInt(String::length).max().orElseThrow()).isLessThanOrEqualTo(LIMIT);
        assertThat(PlantYamlReader.read(written, "written.yaml")).isEqualTo(plant);
        assertThat(plant.info().description()).hasSizeGreaterThan(LIMIT);
        assertThat(plant.zone("bpcs").orElseThrow().assets()).hasSize(10_000);
    }

    @Test
    void givenTextWithoutSpacesLongerThanALine_whenWritten_thenRefusedRatherThanWrittenUnreadable()
            throws ModelFileException {
        // given: a description of two lines of a literal block, joined by a space-less escape
        var half = "x".repeat(LIMIT - 100);
        var plant =
                PlantYamlReader.read("plant:\n  id: unit-3\n  description: \"" + half + "\\\n  " + half + "\"\n", FILE);
        assertThat(plant.info().description()).hasSize(2 * half.length());

        // when, then
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PlantYamlWriter.write(plant))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too long to be written")
                .hasMessageContaining("expected at most 65,536 per line");
    }
}
