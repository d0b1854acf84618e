package io.zonewarden.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Broken copies of the catalog files must fail loudly, naming the file, the line and the problem. */
class CatalogLoaderTest {

    private static final String BROKEN = "catalog/broken/";

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "3-3-not-cumulative.csv           | 3 | must be cumulative",
                "3-3-orphan-enhancement.csv       | 3 | SR 1.2, is not on an earlier line",
                "3-3-enhancement-below-parent.csv | 3 | SR 1.2 RE 1 starts at SL 1, below its parent SR 1.2 (SL 2)",
                "3-3-duplicate-id.csv             | 4 | duplicate id SR 1.1",
                "3-3-bad-header.csv               | 1 | header is",
                "3-3-bad-flag.csv                 | 2 | column 'sl2' must be 0 or 1, got '2'",
                "3-3-wrong-fr.csv                 | 3 | SR 2.1 belongs to FR 2, not FR 1",
                "3-3-never-selected.csv           | 3 | selected at no level",
                "3-3-short-row.csv                | 2 | has 9 fields, expected 10",
                "3-3-padded-cell.csv              | 2 | leading or trailing spaces",
                "3-3-not-canonical.csv            | 2 | expected a canonical system requirement id",
                "3-3-bom.csv                      | 1 | byte order mark",
            })
    void givenBrokenThreeThreeFile_whenLoaded_thenCatalogExceptionNamesFileAndLine(
            String file, long line, String problem) {
        var e = loadFails(() -> CatalogLoader.systemRequirements(BROKEN + file));

        assertThat(e.resource()).isEqualTo(BROKEN + file);
        assertThat(e.line()).isEqualTo(line);
        assertThat(e)
                .hasMessageStartingWith(BROKEN + file + " line " + line + ": ")
                .hasMessageContaining(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "4-2-placeholder-with-flags.csv | 3 | is a placeholder, so it must not be selected at any level",
                "4-2-type-mismatch.csv          | 2 | EDR 2.4 cannot have component type NDR",
                "4-2-bad-confidence.csv         | 2 | column 'confidence' must be high, medium or low",
                "4-2-enhances-placeholder.csv   | 3 | enhances the placeholder CR 2.4",
            })
    void givenBrokenFourTwoFile_whenLoaded_thenCatalogExceptionNamesFileAndLine(
            String file, long line, String problem) {
        var e = loadFails(() -> CatalogLoader.componentRequirements(BROKEN + file));

        assertThat(e.line()).isEqualTo(line);
        assertThat(e)
                .hasMessageStartingWith(BROKEN + file + " line " + line + ": ")
                .hasMessageContaining(problem);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2-1-wrong-parent-kind.csv | 3 | a requirement cannot sit under the SPE SPE 1",
                "2-1-missing-parent.csv    | 3 | is not on an earlier line",
                "2-1-edition-mismatch.csv  | 2 | belongs to the 2024 edition, not 2010",
            })
    void givenBrokenTwoOneFile_whenLoaded_thenCatalogExceptionNamesFileAndLine(String file, long line, String problem) {
        var e = loadFails(() -> CatalogLoader.programmeElements(BROKEN + file));

        assertThat(e.line()).isEqualTo(line);
        assertThat(e).hasMessageContaining(problem);
    }

    @Test
    void givenZcrBeyondSeven_whenLoaded_thenRejectedAtItsLine() {
        var e = loadFails(() -> CatalogLoader.zoneConduitRequirements(BROKEN + "zcr-bad-id.csv"));

        assertThat(e.line()).isEqualTo(3);
        assertThat(e).hasMessageContaining("'ZCR 8'");
    }

    @Test
    void givenFrFileThatDriftedFromTheEnum_whenLoaded_thenRejected() {
        var wrong = loadFails(() -> CatalogLoader.foundationalRequirements(BROKEN + "fr-wrong-abbreviation.csv"));
        var tooFew = loadFails(() -> CatalogLoader.foundationalRequirements(BROKEN + "fr-too-few.csv"));

        assertThat(wrong.line()).isEqualTo(3);
        assertThat(wrong).hasMessageContaining("column 'abbreviation' is 'USE', expected 'UC'");
        assertThat(tooFew.line()).isZero();
        assertThat(tooFew).hasMessageContaining("lists 1 foundational requirements, expected 7");
    }

    @Test
    void givenInvalidUtf8_whenLoaded_thenRejectedAsUnreadable() {
        var e = loadFails(() -> CatalogLoader.systemRequirements(BROKEN + "3-3-bad-utf8.csv"));

        assertThat(e).hasMessageContaining(BROKEN + "3-3-bad-utf8.csv").hasMessageContaining("cannot be read");
        assertThat(e).hasCauseInstanceOf(Exception.class);
    }

    @Test
    void givenMissingResource_whenLoaded_thenCatalogExceptionSaysNotFound() {
        var e = loadFails(() -> CatalogLoader.load("catalog/nowhere"));

        assertThat(e).hasMessage("catalog/nowhere/catalog.properties: not found on the classpath");
    }

    @Test
    void givenPropertiesWithoutVersion_whenLoaded_thenRejected() {
        var e = loadFails(() -> CatalogLoader.version(BROKEN + "no-version.properties"));

        assertThat(e).hasMessageContaining("has no 'version' property");
    }

    @Test
    void givenShippedCatalog_whenLoadedAgain_thenEqualToTheStandardOne() {
        var fresh = CatalogLoader.load(CatalogLoader.DIRECTORY);

        assertThat(fresh.systemRequirements()).isEqualTo(Catalog.standard().systemRequirements());
        assertThat(fresh.componentRequirements()).isEqualTo(Catalog.standard().componentRequirements());
        assertThat(fresh.catalogVersion()).isEqualTo(Catalog.standard().catalogVersion());
    }

    private static CatalogException loadFails(ThrowingCallable load) {
        var thrown = catchThrowable(load);
        assertThat(thrown).isInstanceOf(CatalogException.class);
        return (CatalogException) thrown;
    }
}
