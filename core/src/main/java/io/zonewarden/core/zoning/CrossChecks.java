package io.zonewarden.core.zoning;

import io.zonewarden.core.catalog.Catalog;
import io.zonewarden.core.catalog.ComponentType;
import io.zonewarden.core.catalog.FoundationalRequirement;
import io.zonewarden.core.catalog.SecurityLevel;
import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.model.AllowRule;
import io.zonewarden.core.model.Asset;
import io.zonewarden.core.model.AssetType;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.Zone;
import io.zonewarden.core.model.ZoneKind;
import io.zonewarden.core.model.assessment.Answer;
import io.zonewarden.core.model.assessment.AnswerStatus;
import io.zonewarden.core.model.assessment.ComponentAssessment;
import io.zonewarden.core.model.organisation.Organisation;
import io.zonewarden.core.model.organisation.Person;
import io.zonewarden.core.model.risk.Countermeasure;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Cross-checks: the assessor's answers and records held against what the rest of the model says. An answer counts
 * towards SL-A, so an answer the model contradicts makes a signed number wrong; these checks name such answers.
 *
 * <p>Severities: an error where the contradiction inflates a number an assessor signs (SL-A, SL-C) or leaves access
 * that should be gone; a warning where the record is incomplete or out of date but no number is shown wrong.
 */
public final class CrossChecks {

    private CrossChecks() {}

    /**
     * An answer the model contradicts (error): a requirement answered not applicable although the zone holds what it
     * is about, or SR 5.1 answered met although a conduit bypasses the DMZ into the zone or traffic is declared across
     * zones no conduit joins.
     */
    public static final ZoningRule ANSWER_VS_MODEL = new ZoningRule(
            "ANSWER-VS-MODEL",
            "no answer that the zones, assets and conduits contradict",
            CrossChecks::answerVersusModel);

    /** A compensated answer names a countermeasure the model does not define (warning). */
    public static final ZoningRule COMPENSATION_UNDEFINED = new ZoningRule(
            "COMPENSATION-UNDEFINED",
            "every compensated answer names a countermeasure of the countermeasures section",
            CrossChecks::compensationUndefined);

    /** An IEC 62443-4-2 component type that does not fit the asset's type (error). */
    public static final ZoningRule COMPONENT_TYPE = new ZoningRule(
            "COMPONENT-TYPE",
            "every component assessment has the 62443-4-2 type that fits its asset",
            CrossChecks::componentType);

    /** A zone's claimed SL-A above the SL-C of one of its components, uncompensated (error). */
    public static final ZoningRule COMPONENT_SL = new ZoningRule(
            "COMPONENT-SL",
            "no zone claims an SL-A above the SL-C of its components in an FR without a compensating countermeasure",
            CrossChecks::componentSecurityLevel);

    /** The rules that need no date, in the order they are reported. */
    public static final List<ZoningRule> ANSWER_RULES =
            List.of(ANSWER_VS_MODEL, COMPENSATION_UNDEFINED, COMPONENT_TYPE, COMPONENT_SL);

    /** A person whose {@code left} date has passed on {@code asOf} and who still holds rights or a role. */
    public static ZoningRule leaverHasAccess(LocalDate asOf) {
        return new ZoningRule(
                "LEAVER-HAS-ACCESS",
                "no one who has left still holds access rights or a security role",
                plant -> leavers(plant.organisation(), asOf));
    }

    /** Every cross-check, judged on {@code asOf}. */
    public static List<ZoningRule> rules(LocalDate asOf) {
        var rules = new ArrayList<>(ANSWER_RULES);
        rules.add(leaverHasAccess(asOf));
        return List.copyOf(rules);
    }

    /** The findings of the rules that need no date, e.g. for the assessment's own report. */
    public static List<Finding> answerFindings(Plant plant) {
        var findings = new ArrayList<Finding>();
        for (var rule : ANSWER_RULES) findings.addAll(rule.apply(plant));
        return findings;
    }

    // ANSWER-VS-MODEL -----------------------------------------------------------------------------------------

    private static List<Finding> answerVersusModel(Plant plant) {
        var findings = new ArrayList<Finding>();
        var segmentation = segmentationBreaches(plant);
        var adjacent = adjacency(plant);
        for (var zone : plant.zones()) {
            var answers = plant.assessment().answersFor(zone.id());
            if (answers.isEmpty()) continue;
            // SR 1.6 (wireless access management) and SR 2.2 (wireless use control) are about the zone's wireless
            var wireless = assetsWhere(plant, zone, Asset::wireless);
            if (zone.kind() == ZoneKind.WIRELESS || !wireless.isEmpty()) {
                var why = wireless.isEmpty()
                        ? "zone " + zone.id() + " is a wireless zone"
                        : "zone " + zone.id() + " holds wireless " + plural("asset", wireless);
                notApplicable(zone, answers, "SR 1.6", why, findings);
                notApplicable(zone, answers, "SR 2.2", why, findings);
            }
            // SR 2.3 (portable and mobile devices): temporary devices in the zone or reaching it through a conduit
            var temporary = assetsWhere(plant, zone, Asset::temporary);
            var temporaryZones = neighbours(plant, adjacent, zone, k -> k == ZoneKind.TEMPORARY);
            if (zone.kind() == ZoneKind.TEMPORARY || !temporary.isEmpty() || !temporaryZones.isEmpty()) {
                var why = zone.kind() == ZoneKind.TEMPORARY
                        ? "zone " + zone.id() + " is a zone of temporarily connected devices"
                        : !temporary.isEmpty()
                                ? "zone " + zone.id() + " holds temporarily connected " + plural("asset", temporary)
                                : "a conduit joins zone " + zone.id() + " to temporary "
                                        + plural("zone", temporaryZones);
                notApplicable(zone, answers, "SR 2.3", why, findings);
            }
            // SR 1.13 (access via untrusted networks): a remote or enterprise zone on the other side of a conduit
            var external = assetsWhere(plant, zone, Asset::external);
            var untrusted = neighbours(plant, adjacent, zone, k -> k == ZoneKind.REMOTE || k == ZoneKind.ENTERPRISE);
            if (zone.kind() == ZoneKind.REMOTE || !external.isEmpty() || !untrusted.isEmpty()) {
                var why = zone.kind() == ZoneKind.REMOTE
                        ? "zone " + zone.id() + " is a remote zone"
                        : !untrusted.isEmpty()
                                ? "a conduit joins zone " + zone.id() + " to " + plural("zone", untrusted)
                                        + " of kind remote or enterprise"
                                : "zone " + zone.id() + " holds externally connected " + plural("asset", external);
                notApplicable(zone, answers, "SR 1.13", why, findings);
            }
            // SR 5.1 (network segmentation) and its enhancements cannot be met across a path that skips the boundary
            var breaches = segmentation.getOrDefault(zone.id(), Set.of());
            if (!breaches.isEmpty()) {
                for (var entry : answers.entrySet()) {
                    if (!about(entry.getKey(), "SR 5.1")) continue;
                    var status = entry.getValue().status();
                    if (status != AnswerStatus.IMPLEMENTED && status != AnswerStatus.COMPENSATED) continue;
                    findings.add(new Finding(
                            ANSWER_VS_MODEL.id(),
                            Severity.ERROR,
                            List.of(zone.id(), entry.getKey()),
                            "zone " + zone.id() + " answers " + entry.getKey() + " " + status + ", but "
                                    + String.join("; ", breaches),
                            "answer " + entry.getKey() + " partial until the path is closed (or routed through the"
                                    + " DMZ and declared as a conduit); network segmentation is IEC 62443-3-3 SR 5.1"));
                }
            }
        }
        return findings;
    }

    /** True for {@code base} itself and its requirement enhancements. */
    private static boolean about(String requirement, String base) {
        return requirement.equals(base) || requirement.startsWith(base + " RE ");
    }

    private static void notApplicable(
            Zone zone, Map<String, Answer> answers, String base, String why, List<Finding> findings) {
        for (var entry : answers.entrySet()) {
            if (!about(entry.getKey(), base) || entry.getValue().status() != AnswerStatus.NOT_APPLICABLE) continue;
            findings.add(new Finding(
                    ANSWER_VS_MODEL.id(),
                    Severity.ERROR,
                    List.of(zone.id(), entry.getKey()),
                    "zone " + zone.id() + " answers " + entry.getKey() + " not-applicable (\""
                            + entry.getValue().justification() + "\"), but " + why,
                    "assess " + entry.getKey() + " (implemented, compensated, partial, ...): a not-applicable answer"
                            + " counts towards SL-A, so the model must bear out that the requirement has no subject"));
        }
    }

    /**
     * Per zone, why SR 5.1 cannot hold there: a DMZ-BYPASS finding naming the zone, or an allow rule whose ends lie in
     * this zone and another that no conduit joins (traffic declared on a path the drawing lacks).
     */
    private static Map<String, Set<String>> segmentationBreaches(Plant plant) {
        var breaches = new LinkedHashMap<String, Set<String>>();
        for (var bypass : ZoningRules.DMZ_BYPASS.apply(plant)) {
            var conduit = bypass.subjects().get(0);
            for (var zoneId : bypass.subjects().subList(1, bypass.subjects().size())) {
                breaches.computeIfAbsent(zoneId, k -> new LinkedHashSet<>())
                        .add("conduit " + conduit + " bypasses the DMZ (DMZ-BYPASS)");
            }
        }
        var joined = new HashSet<String>();
        for (var conduit : plant.conduits()) {
            joined.add(conduit.zones().get(0) + "\n" + conduit.zones().get(1));
            joined.add(conduit.zones().get(1) + "\n" + conduit.zones().get(0));
        }
        var rules = new ArrayList<AllowRule>();
        plant.zones().forEach(z -> rules.addAll(z.allow()));
        plant.conduits().forEach(c -> rules.addAll(c.allow()));
        for (var rule : rules) {
            for (var from : zonesOfEnd(plant, rule.from())) {
                for (var to : zonesOfEnd(plant, rule.to())) {
                    if (from.equals(to) || joined.contains(from + "\n" + to)) continue;
                    var why = "an allow rule lets " + rule.protocol() + " from " + rule.from() + " (" + from + ") to "
                            + rule.to() + " (" + to + ") with no conduit between the zones";
                    breaches.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(why);
                    breaches.computeIfAbsent(to, k -> new LinkedHashSet<>()).add(why);
                }
            }
        }
        return breaches;
    }

    private static List<String> zonesOfEnd(Plant plant, String end) {
        return plant.zone(end).isPresent() ? List.of(end) : plant.zonesOf(end);
    }

    private static List<String> assetsWhere(Plant plant, Zone zone, Predicate<Asset> test) {
        return zone.assets().stream()
                .map(plant::asset)
                .flatMap(java.util.Optional::stream)
                .filter(test)
                .map(Asset::id)
                .toList();
    }

    /** Per zone id, the other zones conduits join to it: built once, so the rule stays linear in the model. */
    private static Map<String, Set<String>> adjacency(Plant plant) {
        var adjacent = new java.util.HashMap<String, Set<String>>();
        for (var conduit : plant.conduits()) {
            var a = conduit.zones().get(0);
            var b = conduit.zones().get(1);
            if (a.equals(b)) continue;
            adjacent.computeIfAbsent(a, k -> new TreeSet<>()).add(b);
            adjacent.computeIfAbsent(b, k -> new TreeSet<>()).add(a);
        }
        return adjacent;
    }

    /** The other zones a conduit joins to {@code zone} whose kind passes {@code kind}, sorted. */
    private static List<String> neighbours(
            Plant plant, Map<String, Set<String>> adjacent, Zone zone, Predicate<ZoneKind> kind) {
        return adjacent.getOrDefault(zone.id(), Set.of()).stream()
                .filter(other ->
                        plant.zone(other).filter(z -> kind.test(z.kind())).isPresent())
                .toList();
    }

    private static String plural(String noun, List<String> ids) {
        return (ids.size() == 1 ? noun + " " : noun + "s ") + String.join(", ", ids);
    }

    // COMPENSATION-UNDEFINED ----------------------------------------------------------------------------------

    private static List<Finding> compensationUndefined(Plant plant) {
        var known = new HashSet<String>();
        for (Countermeasure cm : plant.risk().countermeasures()) {
            // an answer names its countermeasure by id or by name (Answer#countermeasure)
            known.add(cm.id());
            known.add(cm.name());
        }
        var findings = new ArrayList<Finding>();
        plant.assessment().zones().forEach((zone, answers) -> undefined("zone", zone, answers, known, findings));
        plant.assessment()
                .components()
                .forEach((asset, component) -> undefined("component", asset, component.answers(), known, findings));
        return findings;
    }

    private static void undefined(
            String kind, String owner, Map<String, Answer> answers, Set<String> known, List<Finding> findings) {
        answers.forEach((requirement, answer) -> {
            var countermeasure = answer.countermeasure();
            if (answer.status() != AnswerStatus.COMPENSATED || countermeasure == null) return;
            if (known.contains(countermeasure)) return;
            findings.add(new Finding(
                    COMPENSATION_UNDEFINED.id(),
                    Severity.WARNING,
                    List.of(owner, countermeasure),
                    kind + " " + owner + " answers " + requirement + " compensated by " + countermeasure
                            + ", which is not in the countermeasures section",
                    "define " + countermeasure + " under countermeasures (what it costs, which requirements it"
                            + " satisfies), or name the countermeasure that is: a compensating countermeasure is"
                            + " part of the design (IEC 62443-3-3 section 4.3)"));
        });
    }

    // COMPONENT-TYPE ------------------------------------------------------------------------------------------

    /**
     * The IEC 62443-4-2 component types that fit an asset type, or empty when any may (remote-access gateways, other
     * devices): embedded devices are EDR, hosts HDR (or SAR for the application assessed on them), network devices
     * NDR. The asset types hold no pure software application, so SAR fits only where it runs on a host.
     */
    static Set<ComponentType> fitting(AssetType type) {
        return switch (type) {
            case PLC, SAFETY_PLC, RTU, IED, SENSOR -> Set.of(ComponentType.EDR);
            case HMI, WORKSTATION, ENGINEERING_WORKSTATION, HISTORIAN, SERVER ->
                Set.of(ComponentType.HDR, ComponentType.SAR);
            case SWITCH, ROUTER, FIREWALL, WIRELESS_AP -> Set.of(ComponentType.NDR);
            case REMOTE_ACCESS, OTHER -> Set.of();
        };
    }

    private static List<Finding> componentType(Plant plant) {
        var findings = new ArrayList<Finding>();
        plant.assessment().components().forEach((assetId, component) -> {
            var asset = plant.asset(assetId);
            if (asset.isEmpty()) return;
            var fits = fitting(asset.get().type());
            if (fits.isEmpty() || fits.contains(component.type())) return;
            var names = fits.stream()
                    .map(Enum::name)
                    .sorted(java.util.Comparator.reverseOrder())
                    .toList();
            findings.add(new Finding(
                    COMPONENT_TYPE.id(),
                    Severity.ERROR,
                    List.of(assetId),
                    "asset " + assetId + " is a " + asset.get().type() + " but is assessed as IEC 62443-4-2 type "
                            + component.type() + "; " + String.join(" or ", names) + " fits",
                    "assess it as " + names.get(0) + ": its SL-C is computed from the requirements of its type, so"
                            + " the wrong type gives the wrong SL-C"));
        });
        return findings;
    }

    // COMPONENT-SL --------------------------------------------------------------------------------------------

    /**
     * IEC 62443-3-3 section 4.3: a zone reaches its SL-A through its components' capabilities or compensating
     * countermeasures. The claimed SL-A is computed as {@code AssessPlant} computes it (the assessment package builds
     * on this one, so it cannot be called from here); the SL-C from the component's 62443-4-2 answers, or the
     * asset's declared slCapability.
     */
    private static List<Finding> componentSecurityLevel(Plant plant) {
        var findings = new ArrayList<Finding>();
        var catalog = Catalog.standard();
        for (var zone : plant.zones()) {
            var answers = plant.assessment().answersFor(zone.id());
            if (answers.isEmpty()) continue;
            var achieved = claimedAchieved(catalog, answers);
            for (var assetId : zone.assets()) {
                var asset = plant.asset(assetId);
                if (asset.isEmpty()) continue;
                var component = plant.assessment().components().get(assetId);
                var capability = component != null
                        ? capability(catalog, component)
                        : asset.get().slCapability();
                if (capability == null) continue;
                var uncovered = new ArrayList<String>();
                for (var fr : FoundationalRequirement.values()) {
                    if (capability.of(fr).value() >= achieved.of(fr).value()) continue;
                    if (compensatedIn(catalog, fr, answers)) continue;
                    uncovered.add(fr.id() + " (" + capability.of(fr).value() + " < "
                            + achieved.of(fr).value() + ")");
                }
                if (uncovered.isEmpty()) continue;
                findings.add(new Finding(
                        COMPONENT_SL.id(),
                        Severity.ERROR,
                        List.of(assetId, zone.id()),
                        "zone " + zone.id() + " claims SL-A " + describeClaimed(catalog, achieved, answers)
                                + " but asset " + assetId + " has SL-C "
                                + capability + (component != null ? " (from its 62443-4-2 answers)" : "")
                                + ", lower in " + String.join(", ", uncovered)
                                + ", and no answer of those FRs is compensated",
                        "record the compensating countermeasure that covers " + assetId
                                + " (a compensated answer naming it), or lower the answers that overstate the zone;"
                                + " an SL-A cannot exceed what its components can do without compensation"));
            }
        }
        return findings;
    }

    /** The claimed SL-A as people read it: {@code -} for an FR with no answer to any of its requirements. */
    static String describeClaimed(Catalog catalog, SecurityLevelVector achieved, Map<String, Answer> answers) {
        var parts = new ArrayList<String>(7);
        for (var fr : FoundationalRequirement.values()) {
            boolean assessed =
                    catalog.requirementsFor(fr, SecurityLevel.SL4).stream().anyMatch(r -> answers.containsKey(r.id()));
            parts.add(assessed ? Integer.toString(achieved.of(fr).value()) : "-");
        }
        return "{" + String.join(" ", parts) + "}";
    }

    /** SL-A per FR: the highest level all of whose selected requirements are met (every answer counts). */
    static SecurityLevelVector claimedAchieved(Catalog catalog, Map<String, Answer> answers) {
        var levels = new ArrayList<SecurityLevel>(7);
        for (var fr : FoundationalRequirement.values()) {
            var level = SecurityLevel.SL0;
            raise:
            for (int n = 1; n <= 4; n++) {
                for (var requirement : catalog.requirementsFor(fr, SecurityLevel.of(n))) {
                    if (!meets(answers.get(requirement.id()))) break raise;
                }
                level = SecurityLevel.of(n);
            }
            levels.add(level);
        }
        return new SecurityLevelVector(levels);
    }

    /** SL-C per FR from a component's IEC 62443-4-2 answers (common CRs and those of its type). */
    static SecurityLevelVector capability(Catalog catalog, ComponentAssessment component) {
        var levels = new ArrayList<SecurityLevel>(7);
        for (var fr : FoundationalRequirement.values()) {
            var level = SecurityLevel.SL0;
            raise:
            for (int n = 1; n <= 4; n++) {
                for (var requirement : catalog.componentRequirementsFor(component.type(), SecurityLevel.of(n))) {
                    if (requirement.fr() == fr && !meets(component.answers().get(requirement.id()))) break raise;
                }
                level = SecurityLevel.of(n);
            }
            levels.add(level);
        }
        return new SecurityLevelVector(levels);
    }

    private static boolean meets(@Nullable Answer answer) {
        return answer != null && answer.status().meets();
    }

    private static boolean compensatedIn(Catalog catalog, FoundationalRequirement fr, Map<String, Answer> answers) {
        return answers.entrySet().stream()
                .anyMatch(e -> e.getValue().status() == AnswerStatus.COMPENSATED
                        && catalog.systemRequirement(e.getKey())
                                .map(r -> r.fr() == fr)
                                .orElse(false));
    }

    // LEAVER-HAS-ACCESS ---------------------------------------------------------------------------------------

    /**
     * People whose {@code left} date is on or before {@code asOf} (they are no longer active from that day) and who
     * still hold access rights or a security role. Rights left in place are access that should have been revoked
     * (IEC 62443-2-1 account management, 62443-3-3 SR 1.3): an error; a role alone is an out-of-date record: a
     * warning.
     */
    public static List<Finding> leavers(Organisation organisation, LocalDate asOf) {
        var findings = new ArrayList<Finding>();
        for (Person person : organisation.people()) {
            if (person.left() == null || person.left().isAfter(asOf)) continue;
            var roles = organisation.roles().stream()
                    .filter(r -> r.holders().contains(person.id()))
                    .map(r -> r.id())
                    .toList();
            if (person.rights().isEmpty() && roles.isEmpty()) continue;
            var held = new ArrayList<String>();
            if (!person.rights().isEmpty()) {
                held.add((person.rights().size() == 1 ? "right " : "rights ")
                        + person.rights().stream().map(r -> r.label()).sorted().collect(Collectors.joining(", ")));
            }
            if (!roles.isEmpty()) held.add(plural("role", roles));
            findings.add(new Finding(
                    "LEAVER-HAS-ACCESS",
                    person.rights().isEmpty() ? Severity.WARNING : Severity.ERROR,
                    List.of(person.id()),
                    person.name() + " (" + person.id() + ") left on " + person.left() + " but still holds "
                            + String.join(" and ", held),
                    "revoke the rights and their accounts, and name another holder for the roles: access ends on"
                            + " the day a person leaves"));
        }
        return findings;
    }
}
