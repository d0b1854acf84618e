package io.zonewarden.app.server.plant;

import io.zonewarden.core.catalog.RequirementId;
import io.zonewarden.core.model.AllowRule;
import io.zonewarden.core.model.Conduit;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.Zone;
import io.zonewarden.core.model.assessment.Answer;
import io.zonewarden.core.model.assessment.AnswerStatus;
import io.zonewarden.core.model.assessment.Assessment;
import io.zonewarden.core.model.assessment.Verification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The edits the web application and the API make to a model, as pure functions from one plant to the next. Each
 * refuses a change that names something that does not exist with {@link IllegalArgumentException}.
 */
public final class ModelEdits {

    private ModelEdits() {}

    /** Records (or, with a null answer, removes) the answer to one requirement in one zone. */
    public static Plant answer(Plant plant, String zoneId, String requirement, @Nullable Answer answer) {
        requireZone(plant, zoneId);
        var canonical = RequirementId.parse(requirement)
                .map(Object::toString)
                .orElseThrow(() -> new IllegalArgumentException(
                        "requirement: expected an id such as 'SR 1.1' or 'SR 1.1 RE 1', got '" + requirement + "'"));
        var zones = new LinkedHashMap<String, Map<String, Answer>>(
                plant.assessment().zones());
        var answers = new LinkedHashMap<>(zones.getOrDefault(zoneId, Map.of()));
        if (answer == null) answers.remove(canonical);
        else answers.put(canonical, answer);
        if (answers.isEmpty()) zones.remove(zoneId);
        else zones.put(zoneId, answers);
        var assessment = new Assessment(
                zones, plant.assessment().components(), plant.assessment().programme());
        return plant.withAssessment(assessment);
    }

    /**
     * How a new answer was checked: as the form or request says ({@code ""} for not at all); when it does not say,
     * the earlier method as long as the status stays the same.
     */
    public static @Nullable Verification verification(
            @Nullable String given, AnswerStatus status, @Nullable Answer previous) {
        if (given == null) {
            return previous != null && previous.status() == status ? previous.verification() : null;
        }
        if (given.isBlank()) return null;
        return Verification.ofLabel(given.strip())
                .orElseThrow(() -> new IllegalArgumentException(
                        "verification: one of " + Verification.labels() + ", got '" + given + "'"));
    }

    /** Moves an asset into a zone, out of every zone it was in. */
    public static Plant moveAsset(Plant plant, String assetId, String toZone) {
        if (plant.asset(assetId).isEmpty()) throw new IllegalArgumentException("no asset '" + assetId + "'");
        requireZone(plant, toZone);
        var zones = new ArrayList<Zone>(plant.zones().size());
        for (var zone : plant.zones()) {
            var members = new ArrayList<>(zone.assets());
            members.remove(assetId);
            if (zone.id().equals(toZone)) members.add(assetId);
            zones.add(new Zone(
                    zone.id(),
                    zone.name(),
                    zone.kind(),
                    zone.slTarget(),
                    members,
                    zone.networks(),
                    zone.allow(),
                    zone.description()));
        }
        return plant.withAssetsAndZones(plant.assets(), zones);
    }

    /** Adds a rule to what a conduit allows; its ends name assets or zones of the plant, as the reader requires. */
    public static Plant allow(Plant plant, String conduitId, AllowRule rule) {
        for (var end : List.of(rule.from(), rule.to())) {
            if (plant.asset(end).isEmpty() && plant.zone(end).isEmpty()) {
                throw new IllegalArgumentException("allow rule: '" + end + "' is no asset or zone of this plant");
            }
        }
        return withConduitRules(plant, conduitId, rules -> {
            if (rules.contains(rule))
                throw new IllegalArgumentException("conduit '" + conduitId + "' allows that already");
            rules.add(rule);
        });
    }

    /** Removes the rule at {@code index} (from 0) from a conduit. */
    public static Plant disallow(Plant plant, String conduitId, int index) {
        return withConduitRules(plant, conduitId, rules -> {
            if (index < 0 || index >= rules.size()) {
                throw new IllegalArgumentException(
                        "conduit '" + conduitId + "' has " + rules.size() + " rules; there is no rule " + (index + 1));
            }
            rules.remove(index);
        });
    }

    private static Plant withConduitRules(
            Plant plant, String conduitId, java.util.function.Consumer<List<AllowRule>> edit) {
        var conduit = plant.conduit(conduitId)
                .orElseThrow(() -> new IllegalArgumentException("no conduit '" + conduitId + "'"));
        var rules = new ArrayList<>(conduit.allow());
        edit.accept(rules);
        var conduits = new ArrayList<Conduit>(plant.conduits().size());
        for (var c : plant.conduits()) {
            conduits.add(
                    c.id().equals(conduitId)
                            ? new Conduit(
                                    c.id(), c.name(), c.zones(), c.slTarget(), rules, c.devices(), c.description())
                            : c);
        }
        return plant.withConduits(conduits);
    }

    private static void requireZone(Plant plant, String zoneId) {
        if (plant.zone(zoneId).isEmpty()) throw new IllegalArgumentException("no zone '" + zoneId + "'");
    }
}
