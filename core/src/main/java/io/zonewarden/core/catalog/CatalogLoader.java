package io.zonewarden.core.catalog;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads the catalog resources and checks the rules between rows that no single record can check: unique ids, parents
 * that come before their children, enhancements that never start below the requirement they enhance, and cumulative
 * level flags. Each file's method is usable on its own, so tests can feed it a broken copy.
 */
final class CatalogLoader {

    /** The classpath folder of the shipped catalog. */
    static final String DIRECTORY = "catalog";

    static final String VERSION = "catalog.properties";
    static final String FOUNDATIONAL_REQUIREMENTS = "foundational-requirements.csv";
    static final String SYSTEM_REQUIREMENTS = "iec62443-3-3.csv";
    static final String COMPONENT_REQUIREMENTS = "iec62443-4-2.csv";
    static final String PROGRAMME_ELEMENTS = "iec62443-2-1.csv";
    static final String ZONE_CONDUIT_REQUIREMENTS = "zcr.csv";

    private static final List<String> LEVEL_COLUMNS = List.of("sl1", "sl2", "sl3", "sl4");

    private CatalogLoader() {}

    /** Loads every file of the catalog in {@code directory} (a classpath folder, no leading slash). */
    static Catalog load(String directory) {
        var prefix = directory + "/";
        return new Catalog(
                version(prefix + VERSION),
                foundationalRequirements(prefix + FOUNDATIONAL_REQUIREMENTS),
                systemRequirements(prefix + SYSTEM_REQUIREMENTS),
                componentRequirements(prefix + COMPONENT_REQUIREMENTS),
                programmeElements(prefix + PROGRAMME_ELEMENTS),
                zoneConduitRequirements(prefix + ZONE_CONDUIT_REQUIREMENTS));
    }

    /** The {@code version} property: the version of the catalog data, raised whenever a row changes. */
    static String version(String resource) {
        var properties = new Properties();
        try (var reader = new InputStreamReader(CsvTable.open(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new CatalogException(resource, 0, "cannot be read: " + e.getMessage(), e);
        }
        var version = properties.getProperty("version", "").strip();
        if (version.isEmpty()) {
            throw new CatalogException(resource, 0, "has no 'version' property");
        }
        return version;
    }

    /**
     * The one-line description of each FR. The file must list FR 1..7 in order, with the abbreviation and title of
     * {@link FoundationalRequirement}, so the Java enum and the data cannot drift apart.
     */
    static Map<FoundationalRequirement, String> foundationalRequirements(String resource) {
        var header = List.of("id", "number", "abbreviation", "title", "description");
        var descriptions = new EnumMap<FoundationalRequirement, String>(FoundationalRequirement.class);
        CsvTable.read(resource, header, row -> {
            int number = row.number("number");
            var expected = FoundationalRequirement.values();
            if (descriptions.size() >= expected.length) {
                throw row.problem("more than " + expected.length + " foundational requirements");
            }
            var fr = expected[descriptions.size()];
            if (number != fr.number()) {
                throw row.problem("expected " + fr.id() + " next (FR 1..7 in order), got number " + number);
            }
            checkEquals(row, "id", fr.id());
            checkEquals(row, "abbreviation", fr.name());
            checkEquals(row, "title", fr.title());
            descriptions.put(fr, row.text("description"));
            return fr;
        });
        if (descriptions.size() != FoundationalRequirement.values().length) {
            throw new CatalogException(
                    resource, 0, "lists " + descriptions.size() + " foundational requirements, expected 7");
        }
        return Collections.unmodifiableMap(descriptions);
    }

    private static void checkEquals(CsvTable.Row row, String column, String expected) {
        var value = row.text(column);
        if (!value.equals(expected)) {
            throw row.problem("column '" + column + "' is '" + value + "', expected '" + expected + "'");
        }
    }

    /** IEC 62443-3-3 SRs and REs, in file order. */
    static List<SystemRequirement> systemRequirements(String resource) {
        var header = List.of("id", "fr", "parent", "title", "sl1", "sl2", "sl3", "sl4", "doubt", "note");
        var seen = new HashMap<String, SystemRequirement>();
        return CsvTable.read(resource, header, row -> {
            var requiredFrom = lowestLevel(row)
                    .orElseThrow(() -> row.problem(
                            "selected at no level; every 62443-3-3 requirement is selected at SL4 at the latest"));
            var requirement = new SystemRequirement(
                    row.text("id"),
                    foundationalRequirement(row),
                    row.optional("parent"),
                    row.text("title"),
                    requiredFrom,
                    row.optional("note").orElse(""),
                    row.optional("doubt"));
            checkNew(row, seen, requirement.id());
            requirement.parent().ifPresent(parentId -> {
                var parent = parentBefore(row, seen, requirement.id(), parentId);
                checkNotBelowParent(row, requirement.id(), requiredFrom, parentId, parent.requiredFrom());
            });
            seen.put(requirement.id(), requirement);
            return requirement;
        });
    }

    /** IEC 62443-4-2 CRs, SAR/EDR/HDR/NDR requirements, their REs and the placeholder CRs, in file order. */
    static List<ComponentRequirement> componentRequirements(String resource) {
        var header = List.of(
                "id",
                "fr",
                "parent",
                "component_type",
                "title",
                "sl1",
                "sl2",
                "sl3",
                "sl4",
                "confidence",
                "doubt",
                "note");
        var seen = new HashMap<String, ComponentRequirement>();
        return CsvTable.read(resource, header, row -> {
            var requirement = new ComponentRequirement(
                    row.text("id"),
                    foundationalRequirement(row),
                    componentType(row),
                    row.optional("parent"),
                    row.text("title"),
                    lowestLevel(row),
                    confidence(row),
                    row.optional("note").orElse(""),
                    row.optional("doubt"));
            checkNew(row, seen, requirement.id());
            requirement.parent().ifPresent(parentId -> {
                var parent = parentBefore(row, seen, requirement.id(), parentId);
                var parentFrom = parent.requiredFrom()
                        .orElseThrow(() -> row.problem(requirement.id() + " enhances the placeholder " + parentId
                                + ", which holds no requirement"));
                // requiredFrom is present: only placeholders lack it, and a placeholder's id has no RE (checked above)
                var from = requirement
                        .requiredFrom()
                        .orElseThrow(
                                () -> row.problem(requirement.id() + " is an enhancement marked as a placeholder"));
                checkNotBelowParent(row, requirement.id(), from, parentId, parentFrom);
            });
            seen.put(requirement.id(), requirement);
            return requirement;
        });
    }

    /** IEC 62443-2-1 programme elements of both editions, in file order. */
    static List<ProgrammeElement> programmeElements(String resource) {
        var header = List.of("edition", "id", "level", "parent", "title", "confidence", "note");
        var seen = new HashMap<String, ProgrammeElement>();
        return CsvTable.read(resource, header, row -> {
            int year = row.number("edition");
            var edition = ProgrammeElement.Edition.ofYear(year)
                    .orElseThrow(() -> row.problem("column 'edition' must be 2010 or 2024, got " + year));
            var level = row.text("level");
            var kind = ProgrammeElement.Kind.ofToken(level)
                    .orElseThrow(() -> row.problem("column 'level' must be one of category, element_group, element,"
                            + " SPE, requirement_group, requirement; got '" + level + "'"));
            var element = new ProgrammeElement(
                    edition,
                    row.text("id"),
                    kind,
                    row.optional("parent"),
                    row.text("title"),
                    confidence(row),
                    row.optional("note").orElse(""));
            // The two editions number independently, so ids are unique per edition.
            var key = edition.year() + " " + element.id();
            checkNew(row, seen, key);
            element.parent().ifPresent(parentId -> {
                var parent = parentBefore(row, seen, element.id(), edition.year() + " " + parentId);
                if (!kind.allowedParents().contains(parent.kind())) {
                    throw row.problem("a " + kind.token() + " cannot sit under the "
                            + parent.kind().token() + " " + parentId);
                }
            });
            seen.put(key, element);
            return element;
        });
    }

    /** IEC 62443-3-2 ZCR steps and sub-steps, in file order. */
    static List<ZoneConduitRequirement> zoneConduitRequirements(String resource) {
        var header = List.of("id", "parent", "title", "output");
        var seen = new HashMap<String, ZoneConduitRequirement>();
        return CsvTable.read(resource, header, row -> {
            var zcr = new ZoneConduitRequirement(
                    row.text("id"), row.optional("parent"), row.text("title"), row.text("output"));
            checkNew(row, seen, zcr.id());
            zcr.parent().ifPresent(parentId -> parentBefore(row, seen, zcr.id(), parentId));
            seen.put(zcr.id(), zcr);
            return zcr;
        });
    }

    /**
     * The lowest level flagged in sl1..sl4, or empty when none is. The flags must be cumulative (selected at SL n means
     * selected at every higher level, as in the level tables of 62443-3-3 Annex B and 62443-4-2), which is what lets
     * the records keep only the lowest level.
     */
    private static Optional<SecurityLevel> lowestLevel(CsvTable.Row row) {
        var flags = new boolean[LEVEL_COLUMNS.size()];
        var text = new StringBuilder();
        for (int i = 0; i < flags.length; i++) {
            flags[i] = row.flag(LEVEL_COLUMNS.get(i));
            text.append(i > 0 ? "," : "").append(flags[i] ? '1' : '0');
        }
        Optional<SecurityLevel> lowest = Optional.empty();
        for (int n = 1; n <= flags.length; n++) {
            if (flags[n - 1] && lowest.isEmpty()) {
                lowest = Optional.of(SecurityLevel.of(n));
            } else if (!flags[n - 1] && lowest.isPresent()) {
                throw row.problem("level flags sl1..sl4 must be cumulative (selected at one level means selected at"
                        + " every higher one), got " + text);
            }
        }
        return lowest;
    }

    private static FoundationalRequirement foundationalRequirement(CsvTable.Row row) {
        int number = row.number("fr");
        if (number < 1 || number > FoundationalRequirement.values().length) {
            throw row.problem("column 'fr' must be 1..7, got " + number);
        }
        return FoundationalRequirement.ofNumber(number);
    }

    private static Confidence confidence(CsvTable.Row row) {
        return switch (row.text("confidence")) {
            case "high" -> Confidence.HIGH;
            case "medium" -> Confidence.MEDIUM;
            case "low" -> Confidence.LOW;
            default ->
                throw row.problem(
                        "column 'confidence' must be high, medium or low, got '" + row.text("confidence") + "'");
        };
    }

    private static ComponentType componentType(CsvTable.Row row) {
        var value = row.text("component_type");
        for (var type : ComponentType.values()) {
            if (type.name().equals(value)) {
                return type;
            }
        }
        throw row.problem(
                "column 'component_type' must be one of " + List.of(ComponentType.values()) + ", got '" + value + "'");
    }

    private static void checkNew(CsvTable.Row row, Map<String, ?> seen, String id) {
        if (seen.containsKey(id)) {
            throw row.problem("duplicate id " + id);
        }
    }

    private static <T> T parentBefore(CsvTable.Row row, Map<String, T> seen, String id, String parentKey) {
        var parent = seen.get(parentKey);
        if (parent == null) {
            throw row.problem("the parent of " + id + ", " + parentKey + ", is not on an earlier line");
        }
        return parent;
    }

    // 62443-3-3 section 5.x and 62443-4-2: an enhancement raises the strength of its base requirement, so it is never
    // selected at a level where the base requirement itself is not.
    private static void checkNotBelowParent(
            CsvTable.Row row, String id, SecurityLevel from, String parentId, SecurityLevel parentFrom) {
        if (from.isBelow(parentFrom)) {
            throw row.problem(id + " starts at " + from + ", below its parent " + parentId + " (" + parentFrom + ")");
        }
    }
}
