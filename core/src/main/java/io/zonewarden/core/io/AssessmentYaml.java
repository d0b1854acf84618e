package io.zonewarden.core.io;

import io.zonewarden.core.catalog.Catalog;
import io.zonewarden.core.catalog.ComponentType;
import io.zonewarden.core.catalog.ProgrammeElement;
import io.zonewarden.core.catalog.RequirementId;
import io.zonewarden.core.model.assessment.Answer;
import io.zonewarden.core.model.assessment.AnswerStatus;
import io.zonewarden.core.model.assessment.Assessment;
import io.zonewarden.core.model.assessment.ComponentAssessment;
import io.zonewarden.core.model.assessment.Evidence;
import io.zonewarden.core.model.assessment.ProgrammeRating;
import io.zonewarden.core.model.assessment.Verification;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * The {@code assessment} section of a plant model file: answers per zone (IEC 62443-3-3), per component (62443-4-2)
 * and maturity per programme element (62443-2-1:2024). Requirement ids may be typed loosely ({@code SR1.1 RE(1)}) and
 * are kept in their canonical form; unknown ids, zones, assets, statuses and a missing justification are problems
 * with file, line and column.
 */
final class AssessmentYaml {

    static final Set<String> SECTION_KEYS = ordered("zones", "components", "programme");
    static final Set<String> ANSWER_KEYS = ordered(
            "status",
            "note",
            "justification",
            "countermeasure",
            "evidence",
            "assessor",
            "date",
            "verification",
            "verifiedBy",
            "verifiedOn");
    static final Set<String> EVIDENCE_KEYS = ordered("title", "version", "file", "sha256", "url", "note");
    static final Set<String> COMPONENT_KEYS = ordered("type", "answers");
    static final Set<String> RATING_KEYS = ordered("maturity", "note", "evidence", "assessor", "date");

    private static final List<String> COMPONENT_TYPES = Arrays.stream(ComponentType.values())
            .filter(ComponentType::isSpecific)
            .map(ComponentType::name)
            .toList();

    private final YamlReading in;
    private final Catalog catalog;

    AssessmentYaml(YamlReading in, Catalog catalog) {
        this.in = in;
        this.catalog = catalog;
    }

    /** Reads the section; {@code zones} and {@code assets} are the ids the model defines. */
    Assessment read(Node node, Set<String> zones, Set<String> assets) {
        var f = in.mapping(node, "assessment", "the assessment section", SECTION_KEYS);
        if (f == null) return Assessment.EMPTY;
        var zoneAnswers = new LinkedHashMap<String, Map<String, Answer>>();
        keyed(f, "zones", "answers per zone", zones, "zone", (key, value) -> {
            zoneAnswers.put(key.getValue(), answers(value, "assessment.zones." + key.getValue(), this::systemId));
            return null;
        });
        var components = new LinkedHashMap<String, ComponentAssessment>();
        keyed(f, "components", "IEC 62443-4-2 answers per asset", assets, "asset", (key, value) -> {
            var component = component(value, "assessment.components." + key.getValue());
            if (component != null) components.put(key.getValue(), component);
            return null;
        });
        var programme = new LinkedHashMap<String, ProgrammeRating>();
        var elements = new LinkedHashSet<String>();
        catalog.programmeElements(ProgrammeElement.Edition.ED2_2024).stream()
                .filter(e -> e.kind() == ProgrammeElement.Kind.REQUIREMENT)
                .forEach(e -> elements.add(e.id()));
        keyed(
                f,
                "programme",
                "maturity per IEC 62443-2-1 element",
                elements,
                "IEC 62443-2-1:2024 requirement",
                (key, value) -> {
                    var rating = rating(key.getValue(), value, "assessment.programme." + key.getValue());
                    if (rating != null) programme.put(key.getValue(), rating);
                    return null;
                });
        return new Assessment(zoneAnswers, components, programme);
    }

    /** Walks a mapping whose keys must be among {@code known}, reporting unknown keys with a suggestion. */
    private void keyed(
            YamlReading.Fields f,
            String key,
            String what,
            Set<String> known,
            String kind,
            BiFunction<ScalarNode, Node, @Nullable Void> each) {
        var node = f.get(key);
        if (node == null) return;
        if (!(node instanceof MappingNode mapping)) {
            in.problem(node, f.path(key), "expected " + what + " (a mapping), found " + YamlReading.describe(node));
            return;
        }
        var seen = new LinkedHashSet<String>();
        for (var tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode k)) {
                in.problem(tuple.getKeyNode(), f.path(key), "expected a plain key");
                continue;
            }
            if (!known.contains(k.getValue())) {
                in.problem(
                        k,
                        f.path(key),
                        "unknown " + kind + " '" + k.getValue() + "'" + DidYouMean.hint(k.getValue(), known));
                continue;
            }
            if (!seen.add(k.getValue())) {
                in.problem(k, f.path(key), "'" + k.getValue() + "' is given twice");
                continue;
            }
            each.apply(k, tuple.getValueNode());
        }
    }

    /** The canonical id of an IEC 62443-3-3 SR or RE, or a problem. */
    private @Nullable String systemId(ScalarNode key, String path) {
        var requirement = catalog.systemRequirement(key.getValue());
        if (requirement.isPresent()) return requirement.get().id();
        in.problem(
                key,
                path,
                "unknown IEC 62443-3-3 requirement '" + key.getValue() + "'"
                        + hint(
                                key.getValue(),
                                catalog.systemRequirements().stream()
                                        .map(r -> r.id())
                                        .toList())
                        + " (expected an id such as SR 1.1 or SR 1.1 RE 1)");
        return null;
    }

    private static String hint(String typed, List<String> ids) {
        var normal = RequirementId.normalise(typed).orElse(typed);
        return DidYouMean.hint(normal, ids);
    }

    private interface IdResolver {
        @Nullable
        String resolve(ScalarNode key, String path);
    }

    private Map<String, Answer> answers(Node node, String path, IdResolver ids) {
        var result = new LinkedHashMap<String, Answer>();
        if (!(node instanceof MappingNode mapping)) {
            if (!YamlReading.isNull(node)) {
                in.problem(
                        node,
                        path,
                        "expected answers by requirement id (a mapping), found " + YamlReading.describe(node));
            }
            return result;
        }
        for (var tuple : mapping.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                in.problem(tuple.getKeyNode(), path, "expected a requirement id");
                continue;
            }
            var id = ids.resolve(key, path);
            if (id == null) continue;
            if (result.containsKey(id)) {
                in.problem(key, path, "requirement " + id + " is answered twice");
                continue;
            }
            var answer = answer(id, tuple.getValueNode(), path + "." + id);
            if (answer != null) result.put(id, answer);
        }
        return result;
    }

    private @Nullable Answer answer(String id, Node node, String path) {
        if (node instanceof ScalarNode scalar && !YamlReading.isNull(scalar)) {
            var status = status(scalar, path);
            if (status == null) return null;
            return build(scalar, path, () -> Answer.of(id, status));
        }
        var f = in.mapping(
                node, path, "an answer (a status, or a mapping with status, note, evidence, ...)", ANSWER_KEYS);
        if (f == null) return null;
        var statusNode = in.required(f, "status", "one of " + String.join(", ", AnswerStatus.labels()));
        var status = statusNode instanceof ScalarNode s ? status(s, f.path("status")) : null;
        var evidence = evidence(f);
        var date = date(f, "date");
        var verificationNode = f.get("verification");
        var verification = verificationNode == null ? null : verification(verificationNode, f.path("verification"));
        var verifiedOn = date(f, "verifiedOn");
        if (status == null || (verificationNode != null && verification == null)) return null;
        return build(
                f.node(),
                path,
                () -> new Answer(
                        id,
                        status,
                        in.string(f, "note"),
                        in.string(f, "justification"),
                        in.string(f, "countermeasure"),
                        evidence,
                        in.string(f, "assessor"),
                        date,
                        verification,
                        in.string(f, "verifiedBy"),
                        verifiedOn));
    }

    private @Nullable Verification verification(Node node, String path) {
        var known = "; known: " + String.join(", ", Verification.labels());
        if (!(node instanceof ScalarNode scalar) || YamlReading.isNull(scalar)) {
            in.problem(node, path, "expected how the answer was checked, found " + YamlReading.describe(node) + known);
            return null;
        }
        var verification = Verification.ofLabel(scalar.getValue());
        if (verification.isEmpty()) {
            in.problem(
                    scalar,
                    path,
                    "unknown verification method '" + scalar.getValue() + "'"
                            + DidYouMean.hint(scalar.getValue(), Verification.labels()) + known);
            return null;
        }
        return verification.get();
    }

    private @Nullable AnswerStatus status(ScalarNode node, String path) {
        var status = AnswerStatus.ofLabel(node.getValue());
        if (status.isEmpty()) {
            in.problem(
                    node,
                    path,
                    "unknown answer status '" + node.getValue() + "'"
                            + DidYouMean.hint(node.getValue(), AnswerStatus.labels()) + "; known: "
                            + String.join(", ", AnswerStatus.labels()));
            return null;
        }
        return status.get();
    }

    /** Builds a value whose own checks (e.g. a justification is required) may refuse it, as a located problem. */
    private <T> @Nullable T build(Node node, String path, java.util.function.Supplier<T> make) {
        try {
            return make.get();
        } catch (IllegalArgumentException e) {
            in.problem(node, path, e.getMessage());
            return null;
        }
    }

    private List<Evidence> evidence(YamlReading.Fields owner) {
        var node = owner.get("evidence");
        if (node == null) return List.of();
        var items = in.sequence(node, owner.path("evidence"), "evidence items");
        if (items == null) return List.of();
        var result = new ArrayList<Evidence>(items.size());
        for (int i = 0; i < items.size(); i++) {
            var path = owner.path("evidence") + "[" + i + "]";
            var f = in.mapping(
                    items.get(i), path, "evidence (title, version, file, sha256, url or note)", EVIDENCE_KEYS);
            if (f == null) continue;
            var evidence = build(
                    f.node(),
                    path,
                    () -> new Evidence(
                            in.string(f, "title"),
                            in.string(f, "version"),
                            in.string(f, "file"),
                            in.string(f, "sha256"),
                            in.string(f, "url"),
                            in.string(f, "note")));
            if (evidence != null) result.add(evidence);
        }
        return result;
    }

    private @Nullable LocalDate date(YamlReading.Fields f, String key) {
        var text = in.string(f, key);
        if (text == null) return null;
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            in.problem(f.get(key), f.path(key), "expected a date as YYYY-MM-DD, found '" + text + "'");
            return null;
        }
    }

    private @Nullable ComponentAssessment component(Node node, String path) {
        var f = in.mapping(node, path, "a component assessment (type and answers)", COMPONENT_KEYS);
        if (f == null) return null;
        var typeNode =
                in.required(f, "type", "the IEC 62443-4-2 component type: " + String.join(", ", COMPONENT_TYPES));
        ComponentType type = null;
        if (typeNode != null) {
            var text = in.string(f, "type");
            if (text != null && COMPONENT_TYPES.contains(text.toUpperCase(java.util.Locale.ROOT))) {
                type = ComponentType.valueOf(text.toUpperCase(java.util.Locale.ROOT));
            } else if (text != null) {
                in.problem(
                        typeNode,
                        f.path("type"),
                        "unknown component type '" + text + "'; known: " + String.join(", ", COMPONENT_TYPES));
            }
        }
        var answersNode = f.get("answers");
        if (type == null) return null;
        var componentType = type;
        Map<String, Answer> answers = answersNode == null
                ? Map.of()
                : answers(answersNode, f.path("answers"), (key, p) -> componentId(key, p, componentType));
        return build(f.node(), path, () -> new ComponentAssessment(componentType, answers));
    }

    private @Nullable String componentId(ScalarNode key, String path, ComponentType type) {
        var requirement = catalog.componentRequirement(key.getValue());
        if (requirement.isEmpty()) {
            in.problem(
                    key,
                    path,
                    "unknown IEC 62443-4-2 requirement '" + key.getValue() + "'"
                            + hint(
                                    key.getValue(),
                                    catalog.componentRequirements().stream()
                                            .map(r -> r.id())
                                            .toList()));
            return null;
        }
        if (requirement.get().isPlaceholder()) {
            in.problem(key, path, requirement.get().id() + " has no component-level requirement of its own");
            return null;
        }
        if (!requirement.get().appliesTo(type)) {
            in.problem(key, path, requirement.get().id() + " does not apply to a component of type " + type);
            return null;
        }
        return requirement.get().id();
    }

    private @Nullable ProgrammeRating rating(String element, Node node, String path) {
        if (node instanceof ScalarNode scalar && !YamlReading.isNull(scalar)) {
            var maturity = maturity(scalar, path);
            return maturity == null
                    ? null
                    : build(scalar, path, () -> new ProgrammeRating(element, maturity, null, List.of(), null, null));
        }
        var f = in.mapping(node, path, "a maturity rating (maturity 0-4, note, evidence)", RATING_KEYS);
        if (f == null) return null;
        var maturityNode = in.required(f, "maturity", "0 (not in place) or a maturity level 1..4");
        var maturity = maturityNode instanceof ScalarNode s ? maturity(s, f.path("maturity")) : null;
        var evidence = evidence(f);
        var date = date(f, "date");
        if (maturity == null) return null;
        return build(
                f.node(),
                path,
                () -> new ProgrammeRating(
                        element, maturity, in.string(f, "note"), evidence, in.string(f, "assessor"), date));
    }

    private @Nullable Integer maturity(ScalarNode node, String path) {
        if (node.getTag().equals(Tag.INT)) {
            var value = node.getValue();
            if (value.length() == 1 && value.charAt(0) >= '0' && value.charAt(0) <= '4') return value.charAt(0) - '0';
        }
        in.problem(node, path, "expected a maturity 0 (not in place) or 1..4, found " + YamlReading.describe(node));
        return null;
    }

    // Writing -------------------------------------------------------------------------------------------------

    static Map<String, Object> write(Assessment assessment) {
        var section = new LinkedHashMap<String, Object>();
        if (!assessment.zones().isEmpty()) {
            var zones = new LinkedHashMap<String, Object>();
            assessment.zones().forEach((zone, answers) -> zones.put(zone, writeAnswers(answers)));
            section.put("zones", zones);
        }
        if (!assessment.components().isEmpty()) {
            var components = new LinkedHashMap<String, Object>();
            assessment.components().forEach((asset, component) -> {
                var m = new LinkedHashMap<String, Object>();
                m.put("type", component.type().name());
                m.put("answers", writeAnswers(component.answers()));
                components.put(asset, m);
            });
            section.put("components", components);
        }
        if (!assessment.programme().isEmpty()) {
            var programme = new LinkedHashMap<String, Object>();
            assessment.programme().forEach((element, rating) -> {
                if (rating.note() == null
                        && rating.evidence().isEmpty()
                        && rating.assessor() == null
                        && rating.date() == null) {
                    programme.put(element, rating.maturity());
                    return;
                }
                var m = new PlantYamlWriter.FlowMap();
                m.put("maturity", rating.maturity());
                putIfSet(m, "note", rating.note());
                if (!rating.evidence().isEmpty()) m.put("evidence", writeEvidence(rating.evidence()));
                putIfSet(m, "assessor", rating.assessor());
                if (rating.date() != null) m.put("date", rating.date().toString());
                programme.put(element, m);
            });
            section.put("programme", programme);
        }
        return section;
    }

    private static Map<String, Object> writeAnswers(Map<String, Answer> answers) {
        var m = new LinkedHashMap<String, Object>();
        answers.forEach((id, answer) -> {
            if (answer.isBare()) {
                m.put(id, answer.status().label());
                return;
            }
            var a = new PlantYamlWriter.FlowMap();
            a.put("status", answer.status().label());
            putIfSet(a, "note", answer.note());
            putIfSet(a, "justification", answer.justification());
            putIfSet(a, "countermeasure", answer.countermeasure());
            if (!answer.evidence().isEmpty()) a.put("evidence", writeEvidence(answer.evidence()));
            putIfSet(a, "assessor", answer.assessor());
            if (answer.date() != null) a.put("date", answer.date().toString());
            if (answer.verification() != null)
                a.put("verification", answer.verification().label());
            putIfSet(a, "verifiedBy", answer.verifiedBy());
            if (answer.verifiedOn() != null)
                a.put("verifiedOn", answer.verifiedOn().toString());
            m.put(id, a);
        });
        return m;
    }

    private static List<Object> writeEvidence(List<Evidence> evidence) {
        var list = new ArrayList<Object>(evidence.size());
        for (var e : evidence) {
            var m = new PlantYamlWriter.FlowMap();
            putIfSet(m, "title", e.title());
            putIfSet(m, "version", e.version());
            putIfSet(m, "file", e.file());
            putIfSet(m, "sha256", e.sha256());
            putIfSet(m, "url", e.url());
            putIfSet(m, "note", e.note());
            list.add(m);
        }
        return list;
    }

    private static void putIfSet(Map<String, Object> map, String key, @Nullable String value) {
        if (value != null) map.put(key, value);
    }

    private static Set<String> ordered(String... keys) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(keys)));
    }
}
