package io.zonewarden.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Compares our 3-3 and 4-2 ids and level flags, row by row, with the reference tables in {@code shared/reference/}
 * that sit next to the repository during development. A clone without that folder skips these tests.
 */
class ReferenceDataTest {

    private static final Catalog CATALOG = Catalog.standard();

    // Surefire runs in the module folder (core/); an IDE may run from the repository root.
    private static final List<Path> CANDIDATES =
            List.of(Path.of("../../shared/reference"), Path.of("../shared/reference"));

    private static final List<SecurityLevel> LEVELS =
            List.of(SecurityLevel.SL1, SecurityLevel.SL2, SecurityLevel.SL3, SecurityLevel.SL4);

    @Test
    void givenReferenceThreeThree_whenComparedRowByRow_thenIdsFrsAndFlagsMatch() throws IOException {
        var reference = referenceRows("iec62443-3-3.csv");
        var ours = CATALOG.systemRequirements();

        assertThat(ours)
                .extracting(SystemRequirement::id)
                .containsExactlyElementsOf(
                        reference.stream().map(r -> r.get("id")).toList());
        for (int i = 0; i < reference.size(); i++) {
            var expected = reference.get(i);
            var actual = ours.get(i);
            assertThat(actual.fr().number())
                    .as("fr of %s", actual.id())
                    .isEqualTo(Integer.parseInt(expected.get("fr")));
            assertThat(flags(actual::requiredAt))
                    .as("sl1..sl4 of %s", actual.id())
                    .isEqualTo(flags(expected));
        }
    }

    @Test
    void givenReferenceFourTwo_whenComparedRowByRow_thenIdsTypesFlagsAndConfidenceMatch() throws IOException {
        var reference = referenceRows("iec62443-4-2.csv");
        var ours = CATALOG.componentRequirements();

        assertThat(ours)
                .extracting(ComponentRequirement::id)
                .containsExactlyElementsOf(
                        reference.stream().map(r -> r.get("id")).toList());
        for (int i = 0; i < reference.size(); i++) {
            var expected = reference.get(i);
            var actual = ours.get(i);
            assertThat(actual.fr().number())
                    .as("fr of %s", actual.id())
                    .isEqualTo(Integer.parseInt(expected.get("fr")));
            assertThat(actual.componentType().name())
                    .as("component type of %s", actual.id())
                    .isEqualTo(expected.get("component_type"));
            assertThat(flags(actual::requiredAt))
                    .as("sl1..sl4 of %s", actual.id())
                    .isEqualTo(flags(expected));
            assertThat(actual.confidence().name())
                    .as("confidence of %s", actual.id())
                    .isEqualToIgnoringCase(expected.get("confidence"));
        }
    }

    @Test
    void givenReferenceTwoOne_whenCompared_thenSameIdsParentsAndKinds() throws IOException {
        var reference = referenceRows("iec62443-2-1.csv");
        var ours = Stream.of(ProgrammeElement.Edition.values())
                .flatMap(edition -> CATALOG.programmeElements(edition).stream())
                .toList();

        assertThat(ours).hasSameSizeAs(reference);
        for (int i = 0; i < reference.size(); i++) {
            var expected = reference.get(i);
            var actual = ours.get(i);
            assertThat(actual.edition().year()).isEqualTo(Integer.parseInt(expected.get("edition")));
            assertThat(actual.id()).isEqualTo(expected.get("id"));
            assertThat(actual.kind().token()).as("level of %s", actual.id()).isEqualTo(expected.get("level"));
            assertThat(actual.parent().orElse(""))
                    .as("parent of %s", actual.id())
                    .isEqualTo(expected.get("parent_id"));
        }
    }

    private static String flags(Predicate<SecurityLevel> requiredAt) {
        var sb = new StringBuilder();
        for (var level : LEVELS) {
            sb.append(requiredAt.test(level) ? '1' : '0');
        }
        return sb.toString();
    }

    private static String flags(CSVRecord row) {
        return row.get("sl1") + row.get("sl2") + row.get("sl3") + row.get("sl4");
    }

    private static List<CSVRecord> referenceRows(String file) throws IOException {
        var folder = referenceFolder();
        Assumptions.assumeTrue(
                folder.isPresent(),
                () -> "skipped: no shared/reference/" + file + " at ../../shared/reference (from the module) or"
                        + " ../shared/reference (from the repository root); a clone without shared/ does not need it");
        var path = folder.orElseThrow().resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(path), () -> "skipped: " + path + " is missing");
        try (var reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
                var parser = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(reader)) {
            return parser.getRecords();
        }
    }

    private static Optional<Path> referenceFolder() {
        return CANDIDATES.stream()
                .filter(p -> Files.isRegularFile(p.resolve("iec62443-3-3.csv")))
                .findFirst();
    }
}
