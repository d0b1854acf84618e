package io.zonewarden.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonewarden.core.catalog.ProgrammeElement.Edition;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped catalog against the facts in {@code shared/reference/iec62443-facts.md}. */
class CatalogTest {

    private static final Catalog CATALOG = Catalog.standard();
    private static final List<SecurityLevel> LEVELS =
            List.of(SecurityLevel.SL1, SecurityLevel.SL2, SecurityLevel.SL3, SecurityLevel.SL4);

    // --- foundational requirements

    @Test
    void catalog_has_the_seven_foundational_requirements_in_vector_order_with_descriptions() {
        assertThat(CATALOG.foundationalRequirements()).containsExactly(FoundationalRequirement.values());
        assertThat(CATALOG.foundationalRequirements())
                .allSatisfy(fr -> assertThat(CATALOG.description(fr)).isNotBlank());
    }

    // --- 62443-3-3

    @Test
    void givenThreeThree_whenCounted_then51SystemRequirementsAnd49Enhancements() {
        var srs = CATALOG.systemRequirements().stream()
                .filter(r -> !r.isEnhancement())
                .count();
        var res = CATALOG.systemRequirements().stream()
                .filter(SystemRequirement::isEnhancement)
                .count();

        assertThat(srs).isEqualTo(51);
        assertThat(res).isEqualTo(49);
        assertThat(CATALOG.systemRequirements()).hasSize(100);
    }

    @Test
    void givenThreeThree_whenCountedPerLevel_then38_60_90_100() {
        // 38 keeps SR 3.4 at SL1 and SR 6.2 at SL2 (README doubts 1 and 2): 37 or 39 if either is resolved the other
        // way
        var perLevel = LEVELS.stream()
                .map(level -> CATALOG.systemRequirements().stream()
                        .filter(r -> r.requiredAt(level))
                        .count())
                .toList();

        assertThat(perLevel).containsExactly(38L, 60L, 90L, 100L);
        assertThat(CATALOG.systemRequirements()).noneMatch(r -> r.requiredAt(SecurityLevel.SL0));
    }

    @ParameterizedTest(name = "FR{0}: {1} SR, {2} RE")
    @CsvSource({"1, 13, 11", "2, 12, 12", "3, 9, 10", "4, 3, 3", "5, 4, 7", "6, 2, 1", "7, 8, 5"})
    void givenFoundationalRequirement_whenCounted_thenSrAndReCountsMatchTheStandard(int fr, int srs, int res) {
        var rows = CATALOG.systemRequirements().stream()
                .filter(r -> r.fr() == FoundationalRequirement.ofNumber(fr))
                .toList();

        assertThat(rows.stream().filter(r -> !r.isEnhancement())).hasSize(srs);
        assertThat(rows.stream().filter(SystemRequirement::isEnhancement)).hasSize(res);
    }

    @Test
    void givenFrAndLevel_whenRequirementsSelected_thenExactlyTheRowsFlaggedThere() {
        var iacAtSl1 = CATALOG.requirementsFor(FoundationalRequirement.IAC, SecurityLevel.SL1).stream()
                .map(SystemRequirement::id)
                .toList();

        assertThat(iacAtSl1)
                .containsExactly(
                        "SR 1.1", "SR 1.3", "SR 1.4", "SR 1.5", "SR 1.6", "SR 1.7", "SR 1.10", "SR 1.11", "SR 1.12",
                        "SR 1.13");
        assertThat(CATALOG.requirementsFor(FoundationalRequirement.TRE, SecurityLevel.SL0))
                .isEmpty();
        assertThat(CATALOG.requirementsFor(FoundationalRequirement.TRE, SecurityLevel.SL4))
                .extracting(SystemRequirement::id)
                .containsExactly("SR 6.1", "SR 6.1 RE 1", "SR 6.2");
        for (var fr : FoundationalRequirement.values()) {
            for (var level : LEVELS) {
                assertThat(CATALOG.requirementsFor(fr, level))
                        .allMatch(r -> r.fr() == fr && r.requiredAt(level))
                        .hasSize((int) CATALOG.systemRequirements().stream()
                                .filter(r -> r.fr() == fr && r.requiredAt(level))
                                .count());
            }
        }
    }

    @Test
    void givenSlTargetVector_whenRequirementsSelected_thenEachFrUsesItsOwnLevel() {
        // 62443-3-3 Annex A example SL-T(BPCS zone) = {2 2 0 1 3 1 3}
        var target = SecurityLevelVector.parse("{2 2 0 1 3 1 3}");

        var selected = CATALOG.requirementsFor(target);

        var expected = new ArrayList<SystemRequirement>();
        for (var fr : FoundationalRequirement.values()) {
            expected.addAll(CATALOG.requirementsFor(fr, target.of(fr)));
        }
        assertThat(selected).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(selected).noneMatch(r -> r.fr() == FoundationalRequirement.SI);
        assertThat(CATALOG.requirementsFor(SecurityLevelVector.flat(SecurityLevel.SL4)))
                .hasSize(100);
    }

    @Test
    void givenThreeThree_whenLookedUpByTypedId_thenFound() {
        assertThat(CATALOG.systemRequirement("sr 1.13 re(1)")).get().satisfies(r -> {
            assertThat(r.id()).isEqualTo("SR 1.13 RE 1");
            assertThat(r.parent()).contains("SR 1.13");
            assertThat(r.fr()).isEqualTo(FoundationalRequirement.IAC);
            assertThat(r.requiredFrom()).isEqualTo(SecurityLevel.SL2);
            assertThat(r.isDisputed()).isTrue();
        });
        assertThat(CATALOG.systemRequirement("SR 3.5 RE 1")).isEmpty();
        assertThat(CATALOG.systemRequirement("CR 1.1")).isEmpty();
        assertThat(CATALOG.systemRequirement("nonsense")).isEmpty();
    }

    @Test
    void givenThreeThree_whenDisputedRowsListed_thenTheSixKnownDoubts() {
        assertThat(CATALOG.disputedSystemRequirements())
                .extracting(SystemRequirement::id)
                .containsExactly("SR 1.13 RE 1", "SR 2.2 RE 1", "SR 3.4", "SR 4.1 RE 2", "SR 5.2 RE 3", "SR 6.2");
        assertThat(CATALOG.systemRequirement("SR 3.4").orElseThrow().doubt())
                .get()
                .asString()
                .contains("COR1");
    }

    // --- 62443-4-2

    @ParameterizedTest(name = "{0}: {1}/{2}/{3}/{4}")
    @CsvSource({"SAR, 34, 53, 67, 73", "EDR, 36, 61, 77, 83", "HDR, 36, 62, 78, 84", "NDR, 40, 67, 86, 92"})
    void givenComponentType_whenCountedPerLevel_thenMatchesTheFactsTable(
            ComponentType type, int sl1, int sl2, int sl3, int sl4) {
        var perLevel = LEVELS.stream()
                .map(level -> CATALOG.componentRequirementsFor(type, level).size())
                .toList();

        assertThat(perLevel).containsExactly(sl1, sl2, sl3, sl4);
        // the same count straight from the rule in the facts: component_type ALL or the type, never PLACEHOLDER
        for (var level : LEVELS) {
            assertThat(CATALOG.componentRequirements().stream()
                            .filter(r -> r.componentType() == ComponentType.ALL || r.componentType() == type)
                            .filter(r -> r.requiredAt(level)))
                    .hasSize(CATALOG.componentRequirementsFor(type, level).size());
        }
    }

    @Test
    void givenFourTwo_whenCounted_then137RowsAndTheThreeEmptyPlaceholders() {
        assertThat(CATALOG.componentRequirements()).hasSize(137);
        assertThat(CATALOG.componentRequirements())
                .filteredOn(ComponentRequirement::isPlaceholder)
                .allSatisfy(r -> {
                    assertThat(r.requiredFrom()).isEmpty();
                    assertThat(LEVELS).noneMatch(r::requiredAt);
                    assertThat(r.parent()).isEmpty();
                })
                .extracting(ComponentRequirement::id)
                .contains("CR 2.3", "CR 5.4", "CR 7.5");
        var crNumbers = CATALOG.componentRequirements().stream()
                .filter(r -> r.id().startsWith("CR ") && !r.isEnhancement())
                .count();
        assertThat(crNumbers).as("CR numbers, CR 1.14 included").isEqualTo(58);
        assertThat(CATALOG.componentRequirement("CR 1.14")).isPresent();
        assertThat(CATALOG.systemRequirement("SR 1.14"))
                .as("CR 1.14 has no 3-3 counterpart")
                .isEmpty();
    }

    @Test
    void givenPlaceholderType_whenRequirementsAsked_thenRejected() {
        assertThatThrownBy(() -> CATALOG.componentRequirementsFor(ComponentType.PLACEHOLDER, SecurityLevel.SL1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void givenAllType_whenRequirementsAsked_thenOnlyTheCommonCrs() {
        assertThat(CATALOG.componentRequirementsFor(ComponentType.ALL, SecurityLevel.SL4))
                .isNotEmpty()
                .allMatch(r -> r.componentType() == ComponentType.ALL);
        assertThat(CATALOG.componentRequirementsFor(ComponentType.EDR, SecurityLevelVector.flat(SecurityLevel.SL2)))
                .containsExactlyElementsOf(CATALOG.componentRequirementsFor(ComponentType.EDR, SecurityLevel.SL2));
    }

    @Test
    void givenFourTwo_whenDisputedRowsListed_thenEveryRowBelowHighConfidence() {
        assertThat(CATALOG.disputedComponentRequirements())
                .allMatch(r -> r.confidence() != Confidence.HIGH)
                .extracting(ComponentRequirement::id)
                .contains("SAR 2.4 RE 1", "SAR 3.2", "HDR 3.2 RE 1", "CR 2.3", "CR 5.4", "CR 7.5");
        assertThat(CATALOG.componentRequirements())
                .filteredOn(r -> r.confidence() != Confidence.HIGH)
                .allMatch(ComponentRequirement::isDisputed);
        assertThat(CATALOG.componentRequirement("HDR 3.2 RE 1").orElseThrow().confidence())
                .isEqualTo(Confidence.LOW);
    }

    // --- rules on both requirement files

    @Test
    void givenShippedFiles_whenFlagsRead_thenCumulative() {
        // read the raw flags, not the records: the records cannot represent non-cumulative flags at all
        for (var resource : List.of("catalog/iec62443-3-3.csv", "catalog/iec62443-4-2.csv")) {
            assertThat(rawRows(resource)).allSatisfy(row -> {
                for (int n = 1; n < 4; n++) {
                    if (row.get("sl" + n).equals("1")) {
                        assertThat(row.get("sl" + (n + 1)))
                                .as("%s %s: selected at SL%d, so at SL%d", resource, row.get("id"), n, n + 1)
                                .isEqualTo("1");
                    }
                }
            });
        }
    }

    @Test
    void givenLoadedRows_whenEveryLevelChecked_thenRequiredAtIsMonotonic() {
        assertThat(CATALOG.systemRequirements()).allSatisfy(r -> assertMonotonic(r.id(), r::requiredAt));
        assertThat(CATALOG.componentRequirements()).allSatisfy(r -> assertMonotonic(r.id(), r::requiredAt));
    }

    private static void assertMonotonic(String id, Predicate<SecurityLevel> requiredAt) {
        for (int n = 1; n < 4; n++) {
            if (requiredAt.test(SecurityLevel.of(n))) {
                assertThat(requiredAt.test(SecurityLevel.of(n + 1)))
                        .as("%s needed at SL%d but not SL%d", id, n, n + 1)
                        .isTrue();
            }
        }
    }

    @Test
    void givenEnhancements_whenParentsLookedUp_thenParentExistsAndStartsNoLater() {
        var srs = CATALOG.systemRequirements().stream().collect(Collectors.toMap(SystemRequirement::id, r -> r));
        assertThat(CATALOG.systemRequirements())
                .filteredOn(SystemRequirement::isEnhancement)
                .allSatisfy(re -> {
                    var parent = srs.get(re.parent().orElseThrow());
                    assertThat(parent).as("parent of %s", re.id()).isNotNull();
                    assertThat(Objects.requireNonNull(parent).isEnhancement()).isFalse();
                    assertThat(re.fr()).isEqualTo(parent.fr());
                    assertThat(re.requiredFrom().isBelow(parent.requiredFrom()))
                            .as("%s starts below %s", re.id(), parent.id())
                            .isFalse();
                });

        var crs = CATALOG.componentRequirements().stream().collect(Collectors.toMap(ComponentRequirement::id, r -> r));
        assertThat(CATALOG.componentRequirements())
                .filteredOn(ComponentRequirement::isEnhancement)
                .allSatisfy(re -> {
                    var parent = crs.get(re.parent().orElseThrow());
                    assertThat(parent).as("parent of %s", re.id()).isNotNull();
                    assertThat(Objects.requireNonNull(parent).componentType()).isEqualTo(re.componentType());
                    assertThat(re.requiredFrom()
                                    .orElseThrow()
                                    .isBelow(parent.requiredFrom().orElseThrow()))
                            .as("%s starts below %s", re.id(), parent.id())
                            .isFalse();
                });
    }

    @Test
    void givenEveryFile_whenIdsListed_thenUnique() {
        assertThat(CATALOG.systemRequirements())
                .extracting(SystemRequirement::id)
                .doesNotHaveDuplicates();
        assertThat(CATALOG.componentRequirements())
                .extracting(ComponentRequirement::id)
                .doesNotHaveDuplicates();
        for (var edition : Edition.values()) {
            assertThat(CATALOG.programmeElements(edition))
                    .extracting(ProgrammeElement::id)
                    .doesNotHaveDuplicates();
        }
        assertThat(CATALOG.zcrSteps()).extracting(ZoneConduitRequirement::id).doesNotHaveDuplicates();
    }

    @Test
    void givenShippedTitles_whenRead_thenShortAndNotBlank() {
        // titles are our own short paraphrases, not the standard's sentences
        assertThat(CATALOG.systemRequirements())
                .allSatisfy(r -> assertThat(r.title()).isNotBlank().hasSizeLessThanOrEqualTo(80));
        assertThat(CATALOG.componentRequirements())
                .allSatisfy(r -> assertThat(r.title()).isNotBlank().hasSizeLessThanOrEqualTo(80));
    }

    // --- 62443-2-1

    @Test
    void givenProgrammeElements_whenCounted_then25In2010And111In2024() {
        assertThat(CATALOG.programmeElements(Edition.ED1_2010)).hasSize(25);
        assertThat(CATALOG.programmeElements(Edition.ED2_2024)).hasSize(111);
        assertThat(CATALOG.programmeElements(Edition.ED2_2024))
                .filteredOn(e -> e.kind() == ProgrammeElement.Kind.SPE)
                .extracting(ProgrammeElement::id)
                .containsExactly("SPE 1", "SPE 2", "SPE 3", "SPE 4", "SPE 5", "SPE 6", "SPE 7", "SPE 8");
    }

    @Test
    void givenSpeTree_whenParentsLookedUp_thenEveryParentIsPresentAndOfTheRightKind() {
        for (var edition : Edition.values()) {
            var elements = CATALOG.programmeElements(edition);
            var byId = elements.stream().collect(Collectors.toMap(ProgrammeElement::id, e -> e));
            assertThat(elements).allSatisfy(e -> {
                assertThat(e.edition()).isEqualTo(edition);
                e.parent()
                        .ifPresentOrElse(
                                parentId -> {
                                    var parent = byId.get(parentId);
                                    assertThat(parent)
                                            .as("parent %s of %s", parentId, e.id())
                                            .isNotNull();
                                    assertThat(e.kind().allowedParents())
                                            .contains(Objects.requireNonNull(parent)
                                                    .kind());
                                },
                                () -> assertThat(e.kind().isTopLevel()).isTrue());
            });
        }
    }

    // --- 62443-3-2

    @Test
    void givenZcrSteps_whenListed_thenSevenStepsWithTheirSubSteps() {
        var steps = CATALOG.zcrSteps();

        assertThat(steps)
                .filteredOn(ZoneConduitRequirement::isStep)
                .extracting(ZoneConduitRequirement::id)
                .containsExactly("ZCR 1", "ZCR 2", "ZCR 3", "ZCR 4", "ZCR 5", "ZCR 6", "ZCR 7");
        Map<Integer, Long> counts = steps.stream()
                .filter(s -> !s.isStep())
                .collect(Collectors.groupingBy(ZoneConduitRequirement::step, Collectors.counting()));
        assertThat(counts).containsExactlyInAnyOrderEntriesOf(Map.of(1, 1L, 2, 1L, 3, 6L, 4, 1L, 5, 13L, 6, 9L, 7, 1L));
        assertThat(steps).extracting(ZoneConduitRequirement::id).doesNotContain("ZCR 3.7");
        var ids = new HashSet<String>();
        assertThat(steps).allSatisfy(s -> {
            s.parent()
                    .ifPresent(p -> assertThat(ids)
                            .as("parent of %s listed before it", s.id())
                            .contains(p));
            ids.add(s.id());
            assertThat(s.output()).isNotBlank();
        });
    }

    // --- version and loading

    @Test
    void givenReadme_whenRead_thenItStatesTheCatalogVersion() throws IOException {
        assertThat(CATALOG.catalogVersion()).matches("\\d+\\.\\d+\\.\\d+");
        try (var in = Objects.requireNonNull(CatalogTest.class.getResourceAsStream("/catalog/README.md"))) {
            var readme = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(readme).contains("Catalog version: **" + CATALOG.catalogVersion() + "**");
        }
    }

    @Test
    void givenManyThreads_whenStandardCatalogAsked_thenAllGetTheSameInstance() throws InterruptedException {
        var seen = ConcurrentHashMap.<Catalog>newKeySet();
        var start = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(8)) {
            IntStream.range(0, 8)
                    .forEach(i -> pool.execute(() -> {
                        try {
                            start.await();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        seen.add(Catalog.standard());
                    }));
            start.countDown();
        }
        assertThat(seen).containsExactly(CATALOG);
    }

    @Test
    void givenLoadedLists_whenModified_thenRejected() {
        assertThatThrownBy(() -> CATALOG.systemRequirements().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> CATALOG.programmeElements(Edition.ED2_2024).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    static List<CSVRecord> rawRows(String resource) {
        try (var in = Objects.requireNonNull(CatalogTest.class.getResourceAsStream("/" + resource), resource);
                var parser = CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get()
                        .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
