package io.zonewarden.app.server.plant;

import io.zonewarden.app.server.InvalidInputException;
import io.zonewarden.app.server.NotFoundException;
import io.zonewarden.app.server.StaleEditException;
import io.zonewarden.app.server.Uploads;
import io.zonewarden.app.server.audit.AuditTrail;
import io.zonewarden.app.server.security.PlantAccess;
import io.zonewarden.app.server.security.PlantRole;
import io.zonewarden.app.server.store.MemberStore;
import io.zonewarden.app.server.store.PlantStore;
import io.zonewarden.app.server.store.UserStore;
import io.zonewarden.core.io.AssetCsvImport;
import io.zonewarden.core.io.ModelFileException;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.io.PlantYamlWriter;
import io.zonewarden.core.io.Problem;
import io.zonewarden.core.model.Plant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * Plants: import, export and every change of a model. A new model file is read by the model reader, so the server
 * never stores what the command line would refuse; a change applies a pure function of the core model that keeps
 * the reader's reference rules ({@link ModelEdits}), writes the result through the model writer, updates the row
 * only if nobody changed it in between, and records the change in the audit trail, all in one transaction.
 */
@Service
public class PlantService {

    private final PlantStore plants;
    private final PlantModels models;
    private final MemberStore members;
    private final UserStore users;
    private final AuditTrail audit;
    private final long maxModelBytes;

    public PlantService(
            PlantStore plants,
            PlantModels models,
            MemberStore members,
            UserStore users,
            AuditTrail audit,
            @Value("${zonewarden.max-model-size:128MB}") DataSize maxModelSize) {
        this.plants = plants;
        this.models = models;
        this.members = members;
        this.users = users;
        this.audit = audit;
        this.maxModelBytes = maxModelSize.toBytes();
    }

    /** A plant and its model at one version. */
    public record Loaded(PlantStore.PlantRow row, Plant plant) {}

    public Loaded load(PlantAccess.Granted granted) {
        return new Loaded(granted.plant(), models.model(granted.plant()));
    }

    /** The stored model file, exactly as export hands it out. */
    public String export(PlantAccess.Granted granted) {
        return plants.model(granted.plant().id());
    }

    /**
     * Creates a plant from a model file. Only administrators of the installation create plants (they hold every
     * plant's admin role, so the id check below tells them nothing they could not see); members are added
     * afterwards. The file is checked completely first: a file with any problem creates nothing.
     */
    @Transactional
    public PlantStore.PlantRow importPlant(String actor, String yaml, String sourceName) {
        if (users.find(actor).filter(u -> u.administrator() && u.enabled()).isEmpty()) {
            throw new AccessDeniedException("only an administrator of this installation may create plants");
        }
        var plant = parse(yaml, sourceName);
        var slug = plant.info().id();
        if (plants.find(slug).isPresent()) {
            throw new InvalidInputException(
                    "a plant with id '" + slug + "' exists already",
                    List.of(sourceName + ": plant.id: '" + slug
                            + "' is taken; replace that plant's model instead, or give this one another id"),
                    409);
        }
        var canonical = canonical(plant, sourceName);
        long id = plants.insert(slug, plant.info().name(), canonical, actor);
        models.put(id, 1, plant);
        var row = plants.find(id).orElseThrow();
        audit.record(actor, row, "plant.import", "plant " + slug, null, summary(plant, canonical));
        return row;
    }

    /** Replaces a plant's whole model by a new file with the same plant id. */
    @Transactional
    public PlantStore.PlantRow replace(
            PlantAccess.Granted granted, long expectedVersion, String yaml, String sourceName) {
        var plant = parse(yaml, sourceName);
        var slug = granted.plant().slug();
        if (!plant.info().id().equals(slug)) {
            throw new InvalidInputException(
                    "the file describes another plant",
                    List.of(sourceName + ": plant.id: '" + plant.info().id() + "', but this is plant '" + slug + "'"));
        }
        return change(granted, expectedVersion, "plant.replace", "plant " + slug, p -> plant, (before, after) -> null);
    }

    /** Applies an asset inventory CSV (added and updated assets), all rows or none. */
    @Transactional
    public AssetCsvImport.Result importAssets(
            PlantAccess.Granted granted, long expectedVersion, String csv, String sourceName) {
        var current = models.model(current(granted, expectedVersion));
        AssetCsvImport.Result result;
        try {
            result = AssetCsvImport.apply(current, csv, sourceName);
        } catch (ModelFileException e) {
            throw invalid("the inventory was not imported", e);
        }
        change(
                granted,
                expectedVersion,
                "assets.import",
                "assets from " + sourceName,
                p -> result.plant(),
                (before, after) -> null);
        return result;
    }

    /**
     * The general edit: {@code change} maps the current model to the new one; {@code describe} gives the before and
     * after texts for the audit trail (null: a summary of both models).
     */
    @Transactional
    public PlantStore.PlantRow change(
            PlantAccess.Granted granted,
            long expectedVersion,
            String action,
            String target,
            UnaryOperator<Plant> change,
            Describe describe) {
        var row = current(granted, expectedVersion);
        var before = models.model(row);
        Plant changed;
        try {
            changed = change.apply(before);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("the change was not made", List.of(e.getMessage()));
        }
        // The edit functions keep every reference the reader checks (ModelEdits), and the writer's output reads back
        // to an equal model (core's round-trip tests): reading the new file again would double the cost of an edit
        // on a large plant for nothing.
        var yaml = canonical(changed, target);
        var after = changed;
        var texts = describe.texts(before, after);
        if (texts == null) texts = new String[] {summary(before, plants.model(row.id())), summary(after, yaml)};
        if (!plants.update(row.id(), row.version(), after.info().name(), yaml, granted.username())) {
            throw stale(row.slug(), expectedVersion);
        }
        models.put(row.id(), row.version() + 1, after);
        audit.record(granted.username(), row, action, target, texts[0], texts[1]);
        return plants.find(row.id()).orElseThrow();
    }

    /** Before and after texts of a change for the audit trail; null for the default summary. */
    @FunctionalInterface
    public interface Describe {
        String @Nullable [] texts(Plant before, Plant after);
    }

    @Transactional
    public void setMember(PlantAccess.Granted granted, String username, @Nullable String role) {
        var user = users.find(username)
                .orElseThrow(() -> new InvalidInputException(
                        "no account named '" + username + "'", List.of("username: create the account first")));
        var before = members.role(granted.plant().id(), user.id()).orElse(null);
        if (role == null) {
            members.remove(granted.plant().id(), user.id());
        } else {
            if (PlantRole.ofLabel(role).isEmpty()) {
                throw new InvalidInputException(
                        "no such role", List.of("role: one of " + PlantRole.labels() + ", got '" + role + "'"));
            }
            members.put(granted.plant().id(), user.id(), role);
        }
        audit.record(granted.username(), granted.plant(), "member.set", "member " + username, before, role);
    }

    public List<MemberStore.Member> members(PlantAccess.Granted granted) {
        return members.members(granted.plant().id());
    }

    @Transactional
    public void delete(PlantAccess.Granted granted) {
        var row = plants.lock(granted.plant().slug()).orElseThrow(() -> new NotFoundException("no plant"));
        var yaml = plants.model(row.id());
        plants.delete(row.id());
        audit.record(
                granted.username(),
                row,
                "plant.delete",
                "plant " + row.slug(),
                "version " + row.version() + ", sha256 " + Uploads.sha256(yaml),
                null);
    }

    private PlantStore.PlantRow current(PlantAccess.Granted granted, long expectedVersion) {
        var row = plants.lock(granted.plant().slug())
                .orElseThrow(
                        () -> new NotFoundException("plant '" + granted.plant().slug() + "' was deleted"));
        if (row.version() != expectedVersion) throw stale(row, expectedVersion);
        return row;
    }

    private static StaleEditException stale(PlantStore.PlantRow row, long expectedVersion) {
        return new StaleEditException("plant '" + row.slug() + "' was changed by " + row.updatedBy() + " at "
                + row.updatedAt() + " (now version " + row.version() + ") after you loaded version "
                + expectedVersion + ": your change was not saved; reload the page and make it again");
    }

    private StaleEditException stale(String slug, long expectedVersion) {
        return plants.find(slug)
                .map(row -> stale(row, expectedVersion))
                .orElseGet(() -> new StaleEditException("plant '" + slug + "' was changed meanwhile"));
    }

    /**
     * The model file as stored, refused over {@code zonewarden.max-model-size}: every later read, edit and export of
     * the plant holds the whole file in memory, and the reader's limits bound a file's growth only relative to its
     * own size.
     */
    private String canonical(Plant plant, String source) {
        String yaml;
        try {
            yaml = PlantYamlWriter.write(plant);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("the model was not stored", List.of(source + ": " + e.getMessage()));
        }
        long bytes = Uploads.utf8Length(yaml);
        if (bytes > maxModelBytes) {
            throw new InvalidInputException(
                    "the model is too large",
                    List.of(source + ": the model as stored is " + bytes + " bytes; this server keeps models of at"
                            + " most " + maxModelBytes + " bytes (zonewarden.max-model-size)"),
                    413);
        }
        return yaml;
    }

    static Plant parse(String yaml, String sourceName) {
        try {
            return PlantYamlReader.read(yaml, sourceName);
        } catch (ModelFileException e) {
            throw invalid("the model file was not accepted", e);
        }
    }

    static InvalidInputException invalid(String message, ModelFileException e) {
        return new InvalidInputException(
                message, e.problems().stream().map(Problem::toString).toList());
    }

    static String summary(Plant plant, @Nullable String yaml) {
        var s = plant.assets().size() + " assets, " + plant.zones().size() + " zones, "
                + plant.conduits().size()
                + " conduits, "
                + plant.assessment().zones().values().stream()
                        .mapToInt(java.util.Map::size)
                        .sum()
                + " zone answers";
        return yaml == null ? s : s + "; model sha256 " + Uploads.sha256(yaml);
    }
}
