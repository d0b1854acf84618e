package io.zonewarden.core.assessment;

import io.zonewarden.core.catalog.Catalog;
import io.zonewarden.core.catalog.ComponentRequirement;
import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.catalog.ProgrammeElement;
import io.zonewarden.core.catalog.SecurityLevel;
import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.catalog.SystemRequirement;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.Zone;
import io.zonewarden.core.model.assessment.Answer;
import io.zonewarden.core.model.assessment.ComponentAssessment;
import io.zonewarden.core.zoning.Finding;
import io.zonewarden.core.zoning.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Computes the zero measurement of a plant from its assessment answers and the catalog.
 *
 * <p>SL-A per zone and FR is the highest level n such that every requirement of that FR selected at n (IEC 62443-3-3
 * Annex B flags) is met: implemented, compensated (section 4.3), or not applicable with a justification. Since the
 * flags are cumulative, meeting level n means meeting every lower level too. Unanswered requirements are not met.
 *
 * <p>The level is computed twice: claimed, trusting every answer, and verified, counting an answer only when it was
 * observed, tested or documented with evidence (the demonstrated and documented levels of an ISASecure system
 * security assessment); a justified not-applicable answer counts in both. An FR with no answer at all is not
 * assessed and has no gap.
 */
public final class AssessPlant {

    /** The maturity the programme elements should reach when no other target is given: ML 2, managed. */
    public static final int DEFAULT_PROGRAMME_TARGET = 2;

    private final Catalog catalog;
    private final Scope scope;
    private final int programmeTarget;
    /** The rows selected per FR and level, [fr ordinal][level 1..4], looked up once instead of per zone. */
    private final List<List<List<SystemRequirement>>> selected;

    public AssessPlant(Catalog catalog, Scope scope, int programmeTarget) {
        if (programmeTarget < 1 || programmeTarget > 4) {
            throw new IllegalArgumentException("the programme target is a maturity level 1..4, got " + programmeTarget);
        }
        this.catalog = catalog;
        this.scope = scope;
        this.programmeTarget = programmeTarget;
        var byFr = new ArrayList<List<List<SystemRequirement>>>();
        for (var fr : FoundationalRequirement.values()) {
            var byLevel = new ArrayList<List<SystemRequirement>>();
            for (int n = 0; n <= 4; n++) byLevel.add(catalog.requirementsFor(fr, SecurityLevel.of(n)));
            byFr.add(List.copyOf(byLevel));
        }
        this.selected = List.copyOf(byFr);
    }

    public static AssessPlant standard() {
        return new AssessPlant(Catalog.standard(), Scope.TARGET, DEFAULT_PROGRAMME_TARGET);
    }

    public AssessmentReport assess(Plant plant) {
        var findings = new ArrayList<Finding>();
        var zones = new ArrayList<ZoneAssessment>(plant.zones().size());
        for (var zone : plant.zones()) {
            zones.add(assess(zone, plant.assessment().answersFor(zone.id()), findings));
        }
        var gaps = capabilityGaps(plant);
        return new AssessmentReport(scope, zones, gaps, programme(plant), findings);
    }

    /** Assesses one zone against its answers; consistency findings go to {@code findings}. */
    public ZoneAssessment assess(Zone zone, Map<String, Answer> answers, List<Finding> findings) {
        var target = zone.slTarget();
        var scoped = new ArrayList<RequirementState>();
        for (var requirement : catalog.systemRequirements()) {
            boolean inScope =
                    scope == Scope.ALL || (target != null && requirement.requiredAt(target.of(requirement.fr())));
            if (inScope) scoped.add(new RequirementState(requirement, answers.get(requirement.id())));
        }
        var assessed = assessedFrs(answers);
        var achieved = new ArrayList<SecurityLevel>(7);
        var verified = new ArrayList<SecurityLevel>(7);
        var gap = new ArrayList<@Nullable Integer>(7);
        var gapVerified = new ArrayList<@Nullable Integer>(7);
        var blocking = new EnumMap<FoundationalRequirement, List<RequirementState>>(FoundationalRequirement.class);
        for (var fr : FoundationalRequirement.values()) {
            var level = achievedLevel(fr, answers, false);
            var checked = achievedLevel(fr, answers, true);
            achieved.add(level);
            verified.add(checked);
            int wanted = target == null ? 0 : target.of(fr).value();
            // An FR without a single answer was not looked at: a gap there would be a guess (null, not 0 or SL-T).
            boolean looked = assessed.contains(fr);
            gap.add(looked ? Math.max(0, wanted - level.value()) : null);
            gapVerified.add(looked ? Math.max(0, wanted - checked.value()) : null);
            blocking.put(fr, blockingNextLevel(fr, level, answers));
        }
        enhancementsWithoutParent(zone.id(), answers, findings);
        return new ZoneAssessment(
                zone.id(),
                target,
                new SecurityLevelVector(achieved),
                new SecurityLevelVector(verified),
                assessed,
                gap,
                gapVerified,
                blocking,
                scoped);
    }

    /** The FRs with an answer to at least one of their requirements, at any level. */
    private Set<FoundationalRequirement> assessedFrs(Map<String, Answer> answers) {
        var frs = EnumSet.noneOf(FoundationalRequirement.class);
        for (var id : answers.keySet()) {
            catalog.systemRequirement(id).ifPresent(r -> frs.add(r.fr()));
        }
        return frs;
    }

    /**
     * The highest level whose selected rows in the FR are all met; with {@code verified}, met by an answer whose
     * check counts ({@link Answer#meetsVerified()}).
     */
    private SecurityLevel achievedLevel(FoundationalRequirement fr, Map<String, Answer> answers, boolean verified) {
        var level = SecurityLevel.SL0;
        for (int n = 1; n <= 4; n++) {
            var candidate = SecurityLevel.of(n);
            for (var requirement : selected.get(fr.ordinal()).get(n)) {
                var answer = answers.get(requirement.id());
                if (verified ? answer == null || !answer.meetsVerified() : !meets(answer)) return level;
            }
            level = candidate;
        }
        return level;
    }

    private List<RequirementState> blockingNextLevel(
            FoundationalRequirement fr, SecurityLevel achieved, Map<String, Answer> answers) {
        if (achieved == SecurityLevel.SL4) return List.of();
        return selected.get(fr.ordinal()).get(achieved.value() + 1).stream()
                .map(r -> new RequirementState(r, answers.get(r.id())))
                .filter(s -> !s.isMet())
                .sorted(Comparator.comparingInt(RequirementState::distanceToMet))
                .toList();
    }

    private static boolean meets(Answer answer) {
        return answer != null && answer.status().meets();
    }

    /** An RE met while its SR is not: the RE adds to the SR, so the level still needs the SR (62443-3-3 clause 4). */
    private void enhancementsWithoutParent(String zoneId, Map<String, Answer> answers, List<Finding> findings) {
        answers.forEach((id, answer) -> {
            Optional<SystemRequirement> requirement = catalog.systemRequirement(id);
            if (requirement.isEmpty()
                    || requirement.get().parent().isEmpty()
                    || !answer.status().meets()) return;
            var parentId = requirement.get().parent().get();
            if (!meets(answers.get(parentId))) {
                findings.add(new Finding(
                        "ASSESS-RE-WITHOUT-SR",
                        Severity.WARNING,
                        List.of(zoneId, id, parentId),
                        "zone " + zoneId + ": " + id + " is " + answer.status() + " but its requirement " + parentId
                                + " is "
                                + (answers.get(parentId) == null
                                        ? "unanswered"
                                        : answers.get(parentId).status()),
                        "an enhancement builds on its requirement: assess " + parentId + " too"));
            }
        });
    }

    // Capability (IEC 62443-4-2 / 3-3 section 4.3) ------------------------------------------------------------

    /**
     * SL-C of a component from its IEC 62443-4-2 answers: per FR, the highest level all of whose component
     * requirements (common CRs and those of the component's type) are met.
     */
    public SecurityLevelVector capability(ComponentAssessment component) {
        var levels = new ArrayList<SecurityLevel>(7);
        for (var fr : FoundationalRequirement.values()) {
            var level = SecurityLevel.SL0;
            raise:
            for (int n = 1; n <= 4; n++) {
                var candidate = SecurityLevel.of(n);
                for (ComponentRequirement requirement : catalog.componentRequirementsFor(component.type(), candidate)) {
                    if (requirement.fr() == fr && !meets(component.answers().get(requirement.id()))) break raise;
                }
                level = candidate;
            }
            levels.add(level);
        }
        return new SecurityLevelVector(levels);
    }

    private List<CapabilityGap> capabilityGaps(Plant plant) {
        var gaps = new ArrayList<CapabilityGap>();
        for (var asset : plant.assets()) {
            var component = plant.assessment().components().get(asset.id());
            SecurityLevelVector capability = component != null ? capability(component) : asset.slCapability();
            if (capability == null) continue;
            for (var zoneId : plant.zonesOf(asset.id())) {
                var target = plant.zone(zoneId).map(Zone::slTarget).orElse(null);
                if (target == null) continue;
                var frs = capability.gapsTo(target);
                if (!frs.isEmpty()) {
                    gaps.add(new CapabilityGap(asset.id(), zoneId, capability, target, frs, component != null));
                }
            }
        }
        return gaps;
    }

    // Programme (IEC 62443-2-1:2024) --------------------------------------------------------------------------

    private ProgrammeProfile programme(Plant plant) {
        var ratings = plant.assessment().programme();
        var entries = catalog.programmeElements(ProgrammeElement.Edition.ED2_2024).stream()
                .filter(e -> e.kind() == ProgrammeElement.Kind.REQUIREMENT)
                .map(e -> new ProgrammeProfile.Entry(e, ratings.get(e.id())))
                .toList();
        return new ProgrammeProfile(programmeTarget, entries);
    }
}
