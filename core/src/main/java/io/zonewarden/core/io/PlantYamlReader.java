package io.zonewarden.core.io;

import io.zonewarden.core.catalog.Catalog;
import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.model.AllowRule;
import io.zonewarden.core.model.Asset;
import io.zonewarden.core.model.AssetType;
import io.zonewarden.core.model.Conduit;
import io.zonewarden.core.model.Criticality;
import io.zonewarden.core.model.Ids;
import io.zonewarden.core.model.IpAddress;
import io.zonewarden.core.model.IpNetwork;
import io.zonewarden.core.model.MacAddress;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.PlantInfo;
import io.zonewarden.core.model.PurdueLevel;
import io.zonewarden.core.model.VulnerabilityDecision;
import io.zonewarden.core.model.Zone;
import io.zonewarden.core.model.ZoneKind;
import io.zonewarden.core.model.assessment.Assessment;
import io.zonewarden.core.model.organisation.Organisation;
import io.zonewarden.core.model.risk.Risk;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a plant model file (the YAML of {@code docs/model-file.md}; JSON Schema in {@code schema/plant.schema.json}).
 * Reports every problem with file, line and column, and returns a model only when there is none: it never
 * half-loads.
 */
public final class PlantYamlReader {

    private static final String DATE = "a date such as 2026-01-15 (year-month-day)";

    static final Set<String> ROOT_KEYS = ordered(
            "plant",
            "assets",
            "zones",
            "conduits",
            "assessment",
            "organisation",
            "risk",
            "countermeasures",
            "changeWindows",
            "vulnerabilityDecisions");
    static final Set<String> DECISION_KEYS =
            ordered("asset", "advisory", "cve", "status", "justification", "decidedBy", "date", "expires");
    static final Set<String> PLANT_KEYS = ordered("id", "name", "site", "description");
    static final Set<String> ASSET_KEYS = ordered(
            "id",
            "name",
            "type",
            "vendor",
            "model",
            "partNumber",
            "firmware",
            "ip",
            "mac",
            "purdue",
            "safety",
            "wireless",
            "temporary",
            "external",
            "criticality",
            "slCapability",
            "description");
    static final Set<String> ZONE_KEYS =
            ordered("id", "name", "kind", "slTarget", "assets", "networks", "allow", "description");
    static final Set<String> CONDUIT_KEYS =
            ordered("id", "name", "zones", "slTarget", "allow", "devices", "description");
    static final Set<String> ALLOW_KEYS = ordered("from", "to", "protocol", "port", "functions");

    private static final String ASSET_TYPES = "one of " + String.join(", ", AssetType.labels());
    private static final String ZONE_KINDS = "one of " + String.join(", ", ZoneKind.labels());

    private PlantYamlReader() {}

    public static Plant read(Path path) throws ModelFileException {
        var name = path.toString();
        String text;
        try {
            // strict UTF-8: a Latin-1 file would otherwise turn into silently wrong vendor names
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new ModelFileException(new Problem(name, 0, 0, "", "no such file"), e);
        } catch (CharacterCodingException e) {
            throw new ModelFileException(new Problem(name, 0, 0, "", "not UTF-8 text: " + e.getMessage()), e);
        } catch (IOException e) {
            throw new ModelFileException(new Problem(name, 0, 0, "", "cannot read: " + e), e);
        }
        return read(text, name);
    }

    /**
     * Reads a model from text. The first pass keeps no positions (a third of the parser's work on a large model);
     * only when it finds a problem does a second pass run with positions, to report each with line and column.
     */
    public static Plant read(String yaml, String sourceName) throws ModelFileException {
        try {
            return read(yaml, sourceName, false);
        } catch (ModelFileException unlocated) {
            return read(yaml, sourceName, true);
        }
    }

    private static Plant read(String yaml, String sourceName, boolean withPositions) throws ModelFileException {
        // plants of 500,000 assets are ~100 MB of YAML: no limit on the document's length beyond the lines' own
        var root = YamlInput.compose(yaml, sourceName, withPositions, Integer.MAX_VALUE);
        if (root == null) {
            throw new ModelFileException(List.of(new Problem(
                    sourceName, 0, 0, "", "the file is empty; expected a plant model with plant, assets, zones")));
        }
        var reading = new YamlReading(sourceName);
        var plant = new Parse(reading).plant(root);
        if (plant == null || reading.failed()) {
            throw new ModelFileException(reading.problems());
        }
        return plant;
    }

    /** One parse: the reading that collects problems, and where each id was defined. */
    private static final class Parse {
        private final YamlReading in;
        private final Map<String, Node> assetNodes = new HashMap<>();
        private final Map<String, Node> zoneNodes = new HashMap<>();
        private final Map<String, Node> conduitNodes = new HashMap<>();
        private final Map<String, YamlReading.Fields> zoneFields = new HashMap<>();
        private final Map<String, YamlReading.Fields> conduitFields = new HashMap<>();
        /** Where each allow rule stands in its file list: a broken rule before it is skipped, not counted. */
        private final Map<AllowRule, Integer> allowIndex = new java.util.IdentityHashMap<>();

        Parse(YamlReading in) {
            this.in = in;
        }

        @Nullable
        Plant plant(Node root) {
            var fields = in.mapping(root, "", "a plant model", ROOT_KEYS);
            if (fields == null) return null;
            var infoNode =
                    in.required(fields, "plant", "the plant's id and name, e.g. plant: {id: ammonia-3, name: ...}");
            var info = infoNode == null ? null : info(infoNode);
            var assets = list(fields, "assets", "assets", this::asset);
            var zones = list(fields, "zones", "zones", this::zone);
            var conduits = list(fields, "conduits", "conduits", this::conduit);
            crossCheck(zones, conduits);
            var assessmentNode = fields.get("assessment");
            var assessment = assessmentNode == null
                    ? Assessment.EMPTY
                    : new AssessmentYaml(in, Catalog.standard())
                            .read(assessmentNode, zoneNodes.keySet(), assetNodes.keySet());
            var organisationNode = fields.get("organisation");
            var organisation = organisationNode == null
                    ? Organisation.EMPTY
                    : OrganisationYaml.read(in, organisationNode, zoneNodes.keySet());
            var riskNode = fields.get("risk");
            var countermeasuresNode = fields.get("countermeasures");
            var risk = riskNode == null && countermeasuresNode == null
                    ? Risk.EMPTY
                    : RiskYaml.read(
                            in,
                            riskNode,
                            countermeasuresNode,
                            zoneNodes.keySet(),
                            conduitNodes.keySet(),
                            assetNodes.keySet());
            var windowsNode = fields.get("changeWindows");
            var targets = new java.util.HashSet<String>(assetNodes.keySet());
            targets.addAll(zoneNodes.keySet());
            var changeWindows = windowsNode == null
                    ? List.<io.zonewarden.core.model.ChangeWindow>of()
                    : ChangeWindowYaml.read(in, windowsNode, targets);
            var decisions = list(fields, "vulnerabilityDecisions", "vulnerability decisions", this::decision);
            if (info == null || in.failed() || organisation == null || risk == null || changeWindows == null)
                return null;
            try {
                return new Plant(
                        info, assets, zones, conduits, assessment, organisation, risk, changeWindows, decisions);
            } catch (IllegalArgumentException e) {
                in.problem(root, "", e.getMessage());
                return null;
            }
        }

        /**
         * A decision on a known vulnerability of an asset (IEC 62443-3-2 ZCR 5.2), in the manner of a VEX statement:
         * {@code not_affected} with a VEX justification, or {@code accepted} with the owner's reason and an expiry.
         */
        private @Nullable VulnerabilityDecision decision(Indexed item) {
            var f = in.mapping(item.node(), item.path(), "a vulnerability decision", DECISION_KEYS);
            if (f == null) return null;
            var assetNode = in.required(f, "asset", "the id of the asset the decision is about");
            var asset = assetNode == null ? null : in.string(f, "asset");
            if (asset != null && !assetNodes.containsKey(asset)) {
                in.problem(
                        assetNode,
                        f.path("asset"),
                        "unknown asset '" + asset + "'" + DidYouMean.hint(asset, assetNodes.keySet()));
                asset = null;
            }
            var advisory = in.string(f, "advisory");
            var cve = in.string(f, "cve");
            if (f.get("advisory") == null && f.get("cve") == null) {
                in.problem(
                        f.node(),
                        item.path(),
                        "a vulnerability decision needs an advisory (its tracking id, e.g. ICSA-23-222-07) or a"
                                + " cve (e.g. CVE-2023-28831)");
            }
            if (cve != null && !cve.matches("CVE-\\d{4}-\\d{4,}")) {
                in.problem(
                        f.get("cve"), f.path("cve"), "expected a CVE id such as CVE-2023-28831, found '" + cve + "'");
                cve = null;
            }
            var statusNode = in.required(f, "status", "not_affected or accepted");
            var status = statusNode == null
                    ? null
                    : in.label(
                            f,
                            "status",
                            "decision status",
                            VulnerabilityDecision.Status::ofLabel,
                            VulnerabilityDecision.Status.labels());
            var justificationNode = in.required(
                    f,
                    "justification",
                    "why: for not_affected one of " + String.join(", ", VulnerabilityDecision.Justification.labels())
                            + "; for accepted the reason in words");
            var justification = justificationNode == null ? null : in.string(f, "justification");
            if (status == VulnerabilityDecision.Status.NOT_AFFECTED
                    && justification != null
                    && VulnerabilityDecision.Justification.ofLabel(justification)
                            .isEmpty()) {
                in.problem(
                        justificationNode,
                        f.path("justification"),
                        "a not_affected decision needs one of the VEX justifications "
                                + String.join(", ", VulnerabilityDecision.Justification.labels()) + ", found '"
                                + justification + "'");
                justification = null;
            }
            var decidedByNode = in.required(f, "decidedBy", "who decided (a name or a person id)");
            var decidedBy = decidedByNode == null ? null : in.string(f, "decidedBy");
            var dateNode = in.required(f, "date", DATE);
            var date = dateNode == null ? null : date(f, "date");
            var expiresNode = f.get("expires");
            LocalDate expires = null;
            if (status == VulnerabilityDecision.Status.ACCEPTED && expiresNode == null) {
                in.problem(
                        f.node(),
                        item.path(),
                        "an accepted risk needs 'expires' (" + DATE + "), when it must be decided again");
            } else if (status == VulnerabilityDecision.Status.NOT_AFFECTED && expiresNode != null) {
                in.problem(
                        expiresNode,
                        f.path("expires"),
                        "only an accepted risk expires; a not_affected decision holds until the asset changes");
            } else if (expiresNode != null) {
                expires = date(f, "expires");
                if (expires != null && date != null && expires.isBefore(date)) {
                    in.problem(
                            expiresNode,
                            f.path("expires"),
                            "expires " + expires + " is before the decision's date " + date);
                    expires = null;
                }
            }
            if (asset == null
                    || (advisory == null && cve == null)
                    || status == null
                    || justification == null
                    || decidedBy == null
                    || date == null
                    || (status == VulnerabilityDecision.Status.ACCEPTED && expires == null)) return null;
            return new VulnerabilityDecision(asset, advisory, cve, status, justification, decidedBy, date, expires);
        }

        private @Nullable LocalDate date(YamlReading.Fields f, String key) {
            var node = f.get(key);
            if (node == null) return null;
            var text = in.string(f, key);
            if (text == null) return null;
            try {
                return LocalDate.parse(text);
            } catch (DateTimeParseException e) {
                in.problem(node, f.path(key), "expected " + DATE + ", found '" + text + "'");
                return null;
            }
        }

        private @Nullable PlantInfo info(Node node) {
            var f = in.mapping(node, "plant", "the plant section", PLANT_KEYS);
            if (f == null) return null;
            var id = id(f, "plant");
            var name = in.string(f, "name");
            if (id == null) return null;
            return new PlantInfo(id, name == null ? id : name, in.string(f, "site"), in.string(f, "description"));
        }

        private <T> List<T> list(
                YamlReading.Fields fields, String key, String what, Function<Indexed, @Nullable T> element) {
            var node = fields.get(key);
            if (node == null) return List.of();
            var items = in.sequence(node, key, what);
            if (items == null) return List.of();
            var result = new ArrayList<T>(items.size());
            for (int i = 0; i < items.size(); i++) {
                var value = element.apply(new Indexed(items.get(i), key + "[" + i + "]"));
                if (value != null) result.add(value);
            }
            return result;
        }

        private record Indexed(Node node, String path) {}

        private @Nullable String id(YamlReading.Fields f, String of) {
            var node = in.required(f, "id", "every " + of + " needs an id");
            if (node == null) return null;
            var id = in.string(f, "id");
            if (id != null && !Ids.isValid(id)) {
                in.problem(node, f.path("id"), of + " id '" + id + "' is not " + Ids.EXPECTED);
                return null;
            }
            return id;
        }

        private void define(Map<String, Node> defined, String id, YamlReading.Fields f, String of) {
            var idNode = f.get("id");
            var previous = defined.putIfAbsent(id, idNode == null ? f.node() : idNode);
            if (previous != null) {
                in.problem(
                        idNode,
                        f.path("id"),
                        "duplicate " + of + " id '" + id + "' (first defined on line " + YamlReading.line(previous)
                                + ")");
            }
        }

        private @Nullable Asset asset(Indexed item) {
            var f = in.mapping(item.node(), item.path(), "an asset", ASSET_KEYS);
            if (f == null) return null;
            var id = id(f, "asset");
            var typeNode = in.required(f, "type", ASSET_TYPES);
            AssetType type =
                    typeNode == null ? null : in.label(f, "type", "asset type", AssetType::ofLabel, AssetType.labels());
            var ips = new ArrayList<IpAddress>();
            var ipNode = f.get("ip");
            if (ipNode != null) {
                var scalars = in.scalars(ipNode, f.path("ip"), "IP addresses");
                if (scalars != null) {
                    for (var scalar : scalars) {
                        var ip = IpAddress.tryParse(scalar.getValue());
                        if (ip.isEmpty()) {
                            in.problem(
                                    scalar,
                                    f.path("ip"),
                                    "expected an IPv4 or IPv6 address such as 10.20.1.11, found '" + scalar.getValue()
                                            + "'");
                        } else if (ips.contains(ip.get())) {
                            in.problem(scalar, f.path("ip"), "address " + ip.get() + " is listed twice");
                        } else {
                            ips.add(ip.get());
                        }
                    }
                }
            }
            var mac = parsed(f, "mac", MacAddress::parse);
            var purdue = in.label(f, "purdue", "Purdue level", PurdueLevel::ofLabel, PurdueLevel.labels());
            var criticality = in.label(f, "criticality", "criticality", Criticality::ofLabel, Criticality.labels());
            var slCapability = parsed(f, "slCapability", SecurityLevelVector::parse);
            boolean safety = in.bool(f, "safety");
            boolean wireless = in.bool(f, "wireless");
            boolean temporary = in.bool(f, "temporary");
            boolean external = in.bool(f, "external");
            var name = in.string(f, "name");
            // an asset with a bad type is still defined: its zone must not echo an "unknown asset" problem
            if (id != null) define(assetNodes, id, f, "asset");
            if (id == null || type == null) return null;
            return new Asset(
                    id,
                    name == null ? id : name,
                    type,
                    in.string(f, "vendor"),
                    in.string(f, "model"),
                    in.string(f, "partNumber"),
                    in.string(f, "firmware"),
                    ips,
                    mac,
                    purdue,
                    safety,
                    wireless,
                    temporary,
                    external,
                    criticality,
                    slCapability,
                    in.string(f, "description"));
        }

        private @Nullable Zone zone(Indexed item) {
            var f = in.mapping(item.node(), item.path(), "a zone", ZONE_KEYS);
            if (f == null) return null;
            var id = id(f, "zone");
            var kindNode = in.required(f, "kind", ZONE_KINDS);
            ZoneKind kind =
                    kindNode == null ? null : in.label(f, "kind", "zone kind", ZoneKind::ofLabel, ZoneKind.labels());
            var slTarget = parsed(f, "slTarget", SecurityLevelVector::parse);
            var assets = idList(f, "assets", "asset ids");
            var networks = new ArrayList<IpNetwork>();
            var networksNode = f.get("networks");
            if (networksNode != null) {
                var scalars = in.scalars(networksNode, f.path("networks"), "networks in CIDR notation");
                if (scalars != null) {
                    for (var scalar : scalars) {
                        try {
                            networks.add(IpNetwork.parse(scalar.getValue()));
                        } catch (IllegalArgumentException e) {
                            in.problem(scalar, f.path("networks"), e.getMessage());
                        }
                    }
                }
            }
            var allow = allowRules(f);
            var name = in.string(f, "name");
            if (id != null) define(zoneNodes, id, f, "zone"); // as for assets: no "unknown zone" echoes
            if (id == null || kind == null) return null;
            zoneFields.putIfAbsent(id, f);
            return new Zone(
                    id, name == null ? id : name, kind, slTarget, assets, networks, allow, in.string(f, "description"));
        }

        private @Nullable Conduit conduit(Indexed item) {
            var f = in.mapping(item.node(), item.path(), "a conduit", CONDUIT_KEYS);
            if (f == null) return null;
            var id = id(f, "conduit");
            var zonesNode = in.required(f, "zones", "the two zones it joins, e.g. zones: [dmz, bpcs]");
            int problemsBefore = in.problems().size();
            List<String> zones = zonesNode == null ? List.of() : idList(f, "zones", "zone ids");
            // unless idList already said why (a zone listed twice), whatever went wrong earlier in the file
            if (zonesNode != null && zones.size() != 2 && in.problems().size() == problemsBefore) {
                in.problem(
                        zonesNode,
                        f.path("zones"),
                        "a conduit joins exactly two zones, found " + zones.size() + ": " + zones);
            }
            var slTarget = parsed(f, "slTarget", SecurityLevelVector::parse);
            var allow = allowRules(f);
            List<String> devices = f.get("devices") == null ? List.of() : idList(f, "devices", "asset ids");
            if (id == null || zones.size() != 2) return null;
            define(conduitNodes, id, f, "conduit");
            conduitFields.putIfAbsent(id, f);
            return new Conduit(id, in.string(f, "name"), zones, slTarget, allow, devices, in.string(f, "description"));
        }

        private List<AllowRule> allowRules(YamlReading.Fields owner) {
            var node = owner.get("allow");
            if (node == null) return List.of();
            var items = in.sequence(node, owner.path("allow"), "allow rules");
            if (items == null) return List.of();
            var rules = new ArrayList<AllowRule>(items.size());
            for (int i = 0; i < items.size(); i++) {
                var path = owner.path("allow") + "[" + i + "]";
                var f = in.mapping(items.get(i), path, "an allow rule", ALLOW_KEYS);
                if (f == null) continue;
                var fromNode = in.required(f, "from", "the asset or zone the traffic comes from");
                var toNode = in.required(f, "to", "the asset or zone the traffic goes to");
                var protocolNode = in.required(f, "protocol", "the protocol, e.g. modbus, s7comm, opcua");
                var from = fromNode == null ? null : in.string(fromNode, f.path("from"));
                var to = toNode == null ? null : in.string(toNode, f.path("to"));
                var protocol = protocolNode == null ? null : in.string(protocolNode, f.path("protocol"));
                var port = in.integer(f, "port", 0, 65535);
                var functions = new ArrayList<String>();
                var functionsNode = f.get("functions");
                if (functionsNode != null) {
                    var scalars = in.scalars(functionsNode, f.path("functions"), "function names");
                    if (scalars != null) scalars.forEach(s -> functions.add(s.getValue()));
                }
                if (from == null || to == null || protocol == null) continue;
                try {
                    var rule = new AllowRule(from, to, protocol, port, functions);
                    rules.add(rule);
                    allowIndex.put(rule, i);
                } catch (IllegalArgumentException e) {
                    in.problem(items.get(i), path, e.getMessage());
                }
            }
            return rules;
        }

        private List<String> idList(YamlReading.Fields f, String key, String what) {
            var node = f.get(key);
            if (node == null) return List.of();
            var scalars = in.scalars(node, f.path(key), what);
            if (scalars == null) return List.of();
            var ids = new ArrayList<String>(scalars.size());
            var seen = new HashSet<String>();
            for (var scalar : scalars) {
                var id = scalar.getValue();
                if (!seen.add(id)) {
                    in.problem(scalar, f.path(key), "'" + id + "' is listed twice");
                } else {
                    ids.add(id);
                }
            }
            return ids;
        }

        private <T> @Nullable T parsed(YamlReading.Fields f, String key, Function<String, T> parse) {
            var node = f.get(key);
            if (node == null) return null;
            var text = in.string(f, key);
            if (text == null) return null;
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                in.problem(node, f.path(key), e.getMessage());
                return null;
            }
        }

        /** References between sections, checked once every id is known. */
        private void crossCheck(List<Zone> zones, List<Conduit> conduits) {
            for (var zoneId : zoneNodes.keySet()) {
                var assetNode = assetNodes.get(zoneId);
                if (assetNode != null) {
                    in.problem(
                            zoneNodes.get(zoneId),
                            "zones",
                            "id '" + zoneId + "' names both a zone and an asset (line " + YamlReading.line(assetNode)
                                    + "); allow rules could not tell them apart");
                }
            }
            var entities = new LinkedHashSet<String>();
            entities.addAll(assetNodes.keySet());
            entities.addAll(zoneNodes.keySet());
            for (var zone : zones) {
                var fields = zoneFields.get(zone.id());
                for (var assetId : zone.assets()) {
                    if (!assetNodes.containsKey(assetId)) {
                        in.problem(
                                scalarIn(fields, "assets", assetId),
                                "zones." + zone.id() + ".assets",
                                "unknown asset '" + assetId + "'" + DidYouMean.hint(assetId, assetNodes.keySet()));
                    }
                }
                checkAllow(fields, zone.allow(), "zones." + zone.id(), entities);
            }
            for (var conduit : conduits) {
                var fields = conduitFields.get(conduit.id());
                for (var zoneId : conduit.zones()) {
                    if (!zoneNodes.containsKey(zoneId)) {
                        in.problem(
                                scalarIn(fields, "zones", zoneId),
                                "conduits." + conduit.id() + ".zones",
                                "unknown zone '" + zoneId + "'" + DidYouMean.hint(zoneId, zoneNodes.keySet()));
                    }
                }
                for (var device : conduit.devices()) {
                    if (!assetNodes.containsKey(device)) {
                        in.problem(
                                scalarIn(fields, "devices", device),
                                "conduits." + conduit.id() + ".devices",
                                "unknown asset '" + device + "'" + DidYouMean.hint(device, assetNodes.keySet()));
                    }
                }
                checkAllow(fields, conduit.allow(), "conduits." + conduit.id(), entities);
            }
        }

        private void checkAllow(
                YamlReading.@Nullable Fields owner, List<AllowRule> rules, String path, Set<String> entities) {
            for (var rule : rules) {
                int i = allowIndex.get(rule);
                for (var end : List.of(rule.from(), rule.to())) {
                    if (!entities.contains(end)) {
                        in.problem(
                                owner == null ? null : allowNode(owner, i),
                                path + ".allow[" + i + "]",
                                "unknown asset or zone '" + end + "'" + DidYouMean.hint(end, entities));
                    }
                }
            }
        }

        private static @Nullable Node scalarIn(YamlReading.@Nullable Fields fields, String key, String value) {
            if (fields == null) return null;
            var node = fields.get(key);
            if (node instanceof org.snakeyaml.engine.v2.nodes.SequenceNode sequence) {
                for (var item : sequence.getValue()) {
                    if (item instanceof ScalarNode s && s.getValue().equals(value)) return s;
                }
            }
            return node;
        }

        private static @Nullable Node allowNode(YamlReading.Fields owner, int index) {
            var node = owner.get("allow");
            if (node instanceof org.snakeyaml.engine.v2.nodes.SequenceNode sequence
                    && index < sequence.getValue().size()) {
                return sequence.getValue().get(index);
            }
            return node;
        }
    }

    private static Set<String> ordered(String... keys) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(keys)));
    }
}
