package io.zonewarden.core.catalog;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The IEC 62443 catalog: the seven FRs, the 62443-3-3 system requirements, the 62443-4-2 component requirements, the
 * 62443-2-1 programme elements and the 62443-3-2 ZCR steps, read from the versioned resources under {@code catalog/}
 * (see the README there for sources and doubts). Immutable; every list is in file order.
 *
 * <p>Requirement selection follows the level tables: a zone with SL-T {@code n} in an FR must meet every row of that FR
 * selected at {@code n} (62443-3-3 Annex B), SL0 selecting nothing.
 */
public final class Catalog {

    private static final Object LOCK = new Object();
    private static volatile @Nullable Catalog standard;

    private final String version;
    private final Map<FoundationalRequirement, String> descriptions;
    private final List<SystemRequirement> systemRequirements;
    private final Map<String, SystemRequirement> systemRequirementsById;
    private final List<ComponentRequirement> componentRequirements;
    private final Map<String, ComponentRequirement> componentRequirementsById;
    private final Map<ProgrammeElement.Edition, List<ProgrammeElement>> programmeElements;
    private final List<ZoneConduitRequirement> zcrSteps;

    Catalog(
            String version,
            Map<FoundationalRequirement, String> descriptions,
            List<SystemRequirement> systemRequirements,
            List<ComponentRequirement> componentRequirements,
            List<ProgrammeElement> programmeElements,
            List<ZoneConduitRequirement> zcrSteps) {
        this.version = version;
        this.descriptions = Map.copyOf(descriptions);
        this.systemRequirements = List.copyOf(systemRequirements);
        this.systemRequirementsById = byId(this.systemRequirements, SystemRequirement::id);
        this.componentRequirements = List.copyOf(componentRequirements);
        this.componentRequirementsById = byId(this.componentRequirements, ComponentRequirement::id);
        var editions = new EnumMap<ProgrammeElement.Edition, List<ProgrammeElement>>(ProgrammeElement.Edition.class);
        for (var edition : ProgrammeElement.Edition.values()) {
            editions.put(
                    edition,
                    programmeElements.stream()
                            .filter(e -> e.edition() == edition)
                            .toList());
        }
        this.programmeElements = editions;
        this.zcrSteps = List.copyOf(zcrSteps);
    }

    private static <T> Map<String, T> byId(List<T> rows, Function<T, String> id) {
        var map = new LinkedHashMap<String, T>();
        rows.forEach(row -> map.put(id.apply(row), row));
        return Map.copyOf(map);
    }

    /**
     * The catalog shipped in this jar, loaded on first use and then shared. Safe to call from any thread.
     *
     * @throws CatalogException when the shipped data is broken (a bug in the release, not in the caller)
     */
    public static Catalog standard() {
        var catalog = standard;
        if (catalog == null) {
            synchronized (LOCK) {
                catalog = standard;
                if (catalog == null) {
                    // Not a holder class: a failed load must surface as CatalogException on every call, not as a
                    // NoClassDefFoundError after the first.
                    catalog = CatalogLoader.load(CatalogLoader.DIRECTORY);
                    standard = catalog;
                }
            }
        }
        return catalog;
    }

    /** The version of the catalog data (from {@code catalog/catalog.properties}), to record with every assessment. */
    public String catalogVersion() {
        return version;
    }

    /** FR 1..7 in SL-vector order. */
    public List<FoundationalRequirement> foundationalRequirements() {
        return List.of(FoundationalRequirement.values());
    }

    /** What the FR is about, in one line of our own words. */
    public String description(FoundationalRequirement fr) {
        var description = descriptions.get(fr);
        if (description == null) {
            // The loader checks all seven are present, so this cannot happen with a loaded catalog.
            throw new IllegalStateException("no description for " + fr.id());
        }
        return description;
    }

    /** All 62443-3-3 SRs and REs (51 + 49) in the standard's order, each SR followed by its REs. */
    public List<SystemRequirement> systemRequirements() {
        return systemRequirements;
    }

    /**
     * The SR or RE with this id. The id may be typed loosely ({@code "sr1.1 re(1)"}); see {@link RequirementId}.
     *
     * @return empty when the id is not a requirement id or no such SR/RE exists
     */
    public Optional<SystemRequirement> systemRequirement(String id) {
        return RequirementId.normalise(id).flatMap(key -> Optional.ofNullable(systemRequirementsById.get(key)));
    }

    /** The SRs and REs of {@code fr} selected at {@code level}: what a zone with that SL-T in that FR must meet. */
    public List<SystemRequirement> requirementsFor(FoundationalRequirement fr, SecurityLevel level) {
        return systemRequirements.stream()
                .filter(r -> r.fr() == fr && r.requiredAt(level))
                .toList();
    }

    /**
     * The SRs and REs a zone or conduit with this SL-T must meet: per FR, the rows selected at the vector's level for
     * that FR.
     */
    public List<SystemRequirement> requirementsFor(SecurityLevelVector target) {
        return systemRequirements.stream()
                .filter(r -> r.requiredAt(target.of(r.fr())))
                .toList();
    }

    /** The SRs and REs whose level the sources dispute; see {@link SystemRequirement#doubt()}. */
    public List<SystemRequirement> disputedSystemRequirements() {
        return systemRequirements.stream().filter(SystemRequirement::isDisputed).toList();
    }

    /** All 62443-4-2 rows: CRs, REs, placeholder CRs, then the SAR, EDR, HDR and NDR requirements. */
    public List<ComponentRequirement> componentRequirements() {
        return componentRequirements;
    }

    /**
     * The 62443-4-2 row with this id, typed loosely or not.
     *
     * @return empty when the id is not a requirement id or no such row exists
     */
    public Optional<ComponentRequirement> componentRequirement(String id) {
        return RequirementId.normalise(id).flatMap(key -> Optional.ofNullable(componentRequirementsById.get(key)));
    }

    /**
     * What a component of {@code type} claiming SL-C {@code level} in every FR must meet: the common CRs and the rows
     * of its own type selected at that level. Placeholders never count.
     *
     * @param type SAR, EDR, HDR or NDR; or ALL for the common CRs only
     * @throws IllegalArgumentException for {@link ComponentType#PLACEHOLDER}
     */
    public List<ComponentRequirement> componentRequirementsFor(ComponentType type, SecurityLevel level) {
        return componentRequirements.stream()
                .filter(r -> r.appliesTo(type) && r.requiredAt(level))
                .toList();
    }

    /** As {@link #componentRequirementsFor(ComponentType, SecurityLevel)}, with a possibly different SL-C per FR. */
    public List<ComponentRequirement> componentRequirementsFor(ComponentType type, SecurityLevelVector capability) {
        return componentRequirements.stream()
                .filter(r -> r.appliesTo(type) && r.requiredAt(capability.of(r.fr())))
                .toList();
    }

    /** The 62443-4-2 rows that are disputed or inferred; see {@link ComponentRequirement#doubt()}. */
    public List<ComponentRequirement> disputedComponentRequirements() {
        return componentRequirements.stream()
                .filter(ComponentRequirement::isDisputed)
                .toList();
    }

    /** The programme elements of one edition of 62443-2-1, each parent before its children. */
    public List<ProgrammeElement> programmeElements(ProgrammeElement.Edition edition) {
        return programmeElements.getOrDefault(edition, List.of());
    }

    /** The 62443-3-2 steps ZCR 1..7, each followed by its sub-steps. */
    public List<ZoneConduitRequirement> zcrSteps() {
        return zcrSteps;
    }

    @Override
    public String toString() {
        return "Catalog " + version + " (" + systemRequirements.size() + " system requirements, "
                + componentRequirements.size() + " component requirements)";
    }
}
