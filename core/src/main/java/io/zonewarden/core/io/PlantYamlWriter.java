package io.zonewarden.core.io;

import io.zonewarden.core.model.AllowRule;
import io.zonewarden.core.model.Asset;
import io.zonewarden.core.model.Conduit;
import io.zonewarden.core.model.IpAddress;
import io.zonewarden.core.model.IpNetwork;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.PurdueLevel;
import io.zonewarden.core.model.VulnerabilityDecision;
import io.zonewarden.core.model.Zone;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.representer.StandardRepresenter;

/**
 * Writes a plant model file that {@link PlantYamlReader} reads back to an equal model, within its {@link InputLimits}
 * (a model with a text too long to be written that way is refused with {@link IllegalArgumentException}). Assets and allow rules are
 * written one per line, so that a change to one shows as one line in a diff.
 */
public final class PlantYamlWriter {

    private PlantYamlWriter() {}

    public static String write(Plant plant) {
        var settings = DumpSettings.builder()
                .setDefaultFlowStyle(FlowStyle.BLOCK)
                .setIndent(2)
                .setIndicatorIndent(2)
                .setIndentWithIndicator(true)
                // One asset, one line: only a line far longer than any asset's is folded (a zone of thousands of
                // assets, a long text with spaces), so that the file stays within the reader's line limit.
                .setWidth(InputLimits.MAX_LINE_LENGTH / 2)
                .build();
        var yaml = new Dump(settings, new Representer(settings)).dumpToString(tree(plant));
        try {
            YamlInput.checkLines(yaml, "the written model");
        } catch (ModelFileException e) {
            // a text without spaces longer than the line limit cannot be folded: refuse what could not be read back
            throw new IllegalArgumentException(
                    "a text of the model is too long to be written: "
                            + e.problems().get(0),
                    e);
        }
        return yaml;
    }

    /** Writes to a temporary file beside {@code path} and moves it into place, so a crash never leaves half a file. */
    public static void write(Plant plant, Path path) throws IOException {
        var target = path.toAbsolutePath();
        var temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, write(plant), StandardCharsets.UTF_8);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static Map<String, Object> tree(Plant plant) {
        var root = new LinkedHashMap<String, Object>();
        var info = new LinkedHashMap<String, Object>();
        info.put("id", plant.info().id());
        info.put("name", plant.info().name());
        put(info, "site", plant.info().site());
        put(info, "description", plant.info().description());
        root.put("plant", info);
        root.put("assets", plant.assets().stream().map(PlantYamlWriter::asset).toList());
        root.put("zones", plant.zones().stream().map(PlantYamlWriter::zone).toList());
        root.put(
                "conduits",
                plant.conduits().stream().map(PlantYamlWriter::conduit).toList());
        if (!plant.assessment().isEmpty()) root.put("assessment", AssessmentYaml.write(plant.assessment()));
        if (!plant.organisation().isEmpty()) root.put("organisation", OrganisationYaml.tree(plant.organisation()));
        var risk = RiskYaml.writeRisk(plant.risk());
        if (risk != null) root.put("risk", risk);
        if (!plant.risk().countermeasures().isEmpty())
            root.put("countermeasures", RiskYaml.writeCountermeasures(plant.risk()));
        if (!plant.changeWindows().isEmpty()) root.put("changeWindows", ChangeWindowYaml.write(plant.changeWindows()));
        if (!plant.vulnerabilityDecisions().isEmpty()) {
            root.put(
                    "vulnerabilityDecisions",
                    plant.vulnerabilityDecisions().stream()
                            .map(PlantYamlWriter::decision)
                            .toList());
        }
        return root;
    }

    private static Map<String, Object> decision(VulnerabilityDecision d) {
        var m = new LinkedHashMap<String, Object>();
        m.put("asset", d.asset());
        put(m, "advisory", d.advisory());
        put(m, "cve", d.cve());
        m.put("status", d.status().label());
        m.put("justification", d.justification());
        m.put("decidedBy", d.decidedBy());
        m.put("date", d.date().toString());
        if (d.expires() != null) m.put("expires", d.expires().toString());
        return m;
    }

    private static Map<String, Object> asset(Asset asset) {
        var m = new FlowMap();
        m.put("id", asset.id());
        m.put("name", asset.name());
        m.put("type", asset.type().label());
        put(m, "vendor", asset.vendor());
        put(m, "model", asset.model());
        put(m, "partNumber", asset.partNumber());
        put(m, "firmware", asset.firmware());
        if (!asset.ip().isEmpty())
            m.put(
                    "ip",
                    new FlowList(asset.ip().stream().map(IpAddress::toString).toList()));
        if (asset.mac() != null) m.put("mac", asset.mac().toString());
        if (asset.purdue() != null) m.put("purdue", purdue(asset.purdue()));
        if (asset.safety()) m.put("safety", true);
        if (asset.wireless()) m.put("wireless", true);
        if (asset.temporary()) m.put("temporary", true);
        if (asset.external()) m.put("external", true);
        if (asset.criticality() != null)
            m.put("criticality", asset.criticality().label());
        if (asset.slCapability() != null)
            m.put("slCapability", asset.slCapability().toString());
        put(m, "description", asset.description());
        return m;
    }

    /** Written as a number, as people write it: {@code purdue: 1}, {@code purdue: 3.5}. */
    private static Object purdue(PurdueLevel level) {
        return level == PurdueLevel.L3_5 ? (Object) 3.5 : (Object) Integer.parseInt(level.label());
    }

    private static Map<String, Object> zone(Zone zone) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", zone.id());
        m.put("name", zone.name());
        m.put("kind", zone.kind().label());
        if (zone.slTarget() != null) m.put("slTarget", zone.slTarget().toString());
        put(m, "description", zone.description());
        m.put("assets", new FlowList(zone.assets()));
        if (!zone.networks().isEmpty()) {
            m.put(
                    "networks",
                    new FlowList(
                            zone.networks().stream().map(IpNetwork::toString).toList()));
        }
        if (!zone.allow().isEmpty()) m.put("allow", allow(zone.allow()));
        return m;
    }

    private static Map<String, Object> conduit(Conduit conduit) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", conduit.id());
        put(m, "name", conduit.name());
        m.put("zones", new FlowList(conduit.zones()));
        if (!conduit.devices().isEmpty()) m.put("devices", new FlowList(conduit.devices()));
        if (conduit.slTarget() != null) m.put("slTarget", conduit.slTarget().toString());
        put(m, "description", conduit.description());
        if (!conduit.allow().isEmpty()) m.put("allow", allow(conduit.allow()));
        return m;
    }

    private static List<Object> allow(List<AllowRule> rules) {
        var list = new ArrayList<Object>(rules.size());
        for (var rule : rules) {
            var m = new FlowMap();
            m.put("from", rule.from());
            m.put("to", rule.to());
            m.put("protocol", rule.protocol());
            if (rule.port() != null) m.put("port", rule.port());
            if (!rule.functions().isEmpty()) m.put("functions", new FlowList(rule.functions()));
            list.add(m);
        }
        return list;
    }

    private static void put(Map<String, Object> map, String key, @Nullable String value) {
        if (value != null) map.put(key, value);
    }

    /** A mapping written in flow style, on one line. */
    static final class FlowMap extends LinkedHashMap<String, Object> {
        private static final long serialVersionUID = 1L;
    }

    /** A list written in flow style, on one line. */
    static final class FlowList extends ArrayList<Object> {
        private static final long serialVersionUID = 1L;

        FlowList(List<?> items) {
            super(items);
        }
    }

    private static final class Representer extends StandardRepresenter {
        Representer(DumpSettings settings) {
            super(settings);
            representers.put(FlowMap.class, data -> representMapping(Tag.MAP, (Map<?, ?>) data, FlowStyle.FLOW));
            representers.put(FlowList.class, data -> representSequence(Tag.SEQ, (List<?>) data, FlowStyle.FLOW));
        }
    }
}
