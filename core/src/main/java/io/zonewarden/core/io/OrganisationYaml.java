package io.zonewarden.core.io;

import io.zonewarden.core.catalog.Catalog;
import io.zonewarden.core.catalog.ProgrammeElement;
import io.zonewarden.core.model.Ids;
import io.zonewarden.core.model.organisation.AccessRight;
import io.zonewarden.core.model.organisation.Acknowledgement;
import io.zonewarden.core.model.organisation.Audience;
import io.zonewarden.core.model.organisation.Awareness;
import io.zonewarden.core.model.organisation.AwarenessModule;
import io.zonewarden.core.model.organisation.Campaign;
import io.zonewarden.core.model.organisation.Completion;
import io.zonewarden.core.model.organisation.Discipline;
import io.zonewarden.core.model.organisation.Document;
import io.zonewarden.core.model.organisation.DocumentKind;
import io.zonewarden.core.model.organisation.Organisation;
import io.zonewarden.core.model.organisation.Person;
import io.zonewarden.core.model.organisation.Responsibility;
import io.zonewarden.core.model.organisation.Role;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads and writes the {@code organisation:} section of a plant model file (see {@code docs/model-file.md}): people,
 * security roles, the RACI table, policies and procedures, and the awareness programme. Problems are reported the
 * way the rest of the file's are: with line and column, unknown keys with a suggestion, wrong types, duplicate ids
 * and references to people, roles, modules, zones or programme elements that do not exist.
 */
final class OrganisationYaml {

    static final Set<String> ORGANISATION_KEYS = ordered("people", "roles", "raci", "documents", "awareness", "file");
    /** The keys of a shared organisation file: the section without {@code file}. */
    static final Set<String> SHARED_FILE_KEYS = ordered("people", "roles", "raci", "documents", "awareness");

    static final Set<String> PERSON_KEYS =
            ordered("id", "name", "department", "discipline", "email", "joined", "left", "rights");
    static final Set<String> ROLE_KEYS = ordered("id", "title", "holders", "description");
    static final Set<String> RACI_KEYS =
            ordered("element", "zone", "accountable", "responsible", "consulted", "informed");
    static final Set<String> DOCUMENT_KEYS = ordered(
            "id",
            "title",
            "kind",
            "owner",
            "version",
            "approved",
            "reviewMonths",
            "elements",
            "requirements",
            "audience",
            "acknowledgements");
    static final Set<String> AUDIENCE_KEYS = ordered("roles", "departments", "disciplines");
    static final Set<String> ACKNOWLEDGEMENT_KEYS = ordered("person", "version", "date");
    static final Set<String> AWARENESS_KEYS = ordered("modules", "campaigns", "completions");
    static final Set<String> MODULE_KEYS = ordered(
            "id", "title", "introduced", "refresherMonths", "privilegedRefresherMonths", "passScore", "audience");
    static final Set<String> CAMPAIGN_KEYS = ordered("id", "title", "modules", "start", "end", "audience");
    static final Set<String> COMPLETION_KEYS = ordered("person", "module", "date", "score");

    /** Longest refresher or review interval accepted: ten years. */
    static final int MAX_MONTHS = 120;

    private static final String DATE = "a date such as 2026-01-15 (year-month-day)";

    private OrganisationYaml() {}

    /**
     * Reads the section. Returns {@code null} when anything is wrong; every problem is recorded in {@code in}.
     *
     * @param zoneIds the zones defined in the same file, which the RACI table may name
     */
    static @Nullable Organisation read(YamlReading in, Node node, Collection<String> zoneIds) {
        int before = in.problems().size();
        Organisation organisation;
        if (node instanceof MappingNode mapping
                && mapping.getValue().stream()
                        .anyMatch(t -> t.getKeyNode() instanceof ScalarNode k
                                && k.getValue().equals("file"))) {
            organisation = shared(in, node, zoneIds);
        } else {
            organisation = new Parse(in, zoneIds, "organisation", Scope.ALL).organisation(node, ORGANISATION_KEYS);
        }
        return in.problems().size() > before ? null : organisation;
    }

    /**
     * {@code organisation: {file: ../org/site.yaml, raci: [...]}}: the organisation shared by several plants of a
     * site, in a file of its own (resolved against the model file's directory), plus this plant's RACI rows for its
     * zones. Problems in the shared file are reported with that file's name, line and column.
     */
    private static @Nullable Organisation shared(YamlReading in, Node node, Collection<String> zoneIds) {
        var f = in.mapping(node, "organisation", "the organisation section", ORGANISATION_KEYS);
        if (f == null) return null;
        var fileNode = f.get("file");
        var fileText = fileNode == null ? null : in.string(f, "file");
        if (fileText == null) return null;
        for (var entry : f.entries().entrySet()) {
            if (!entry.getKey().equals("file") && !entry.getKey().equals("raci")) {
                in.problem(
                        entry.getValue().getKeyNode(),
                        f.path(entry.getKey()),
                        "'" + entry.getKey() + "' belongs in the shared file " + fileText
                                + "; beside 'file' only the RACI rows for this plant's zones stay here");
            }
        }
        Path path;
        try {
            var model = Path.of(in.file()).toAbsolutePath();
            path = (model.getParent() == null ? model : model.getParent())
                    .resolve(fileText)
                    .normalize();
        } catch (InvalidPathException e) {
            in.problem(fileNode, f.path("file"), "not a file name: '" + fileText + "'");
            return null;
        }
        var root = compose(in, fileNode, f.path("file"), path);
        if (root == null) return null;
        var sharedReading = new YamlReading(path.toString());
        var sharedParse = new Parse(sharedReading, zoneIds, "", Scope.SHARED);
        var organisation = sharedParse.organisation(root, SHARED_FILE_KEYS);
        for (var problem : sharedReading.problems()) {
            if (in.problems().size() < YamlReading.MAX_PROBLEMS) in.problems().add(problem);
        }
        var local = new Parse(in, zoneIds, "organisation", Scope.LOCAL);
        sharedParse.defined.forEach((kind, ids) -> local.defined.get(kind).putAll(ids));
        var raci = local.list(f, "raci", "RACI rows", local::responsibility);
        local.crossCheck();
        if (organisation == null || sharedReading.failed() || in.failed()) return null;
        var rows = new ArrayList<>(organisation.raci());
        rows.addAll(raci);
        return new Organisation(
                organisation.people(),
                organisation.roles(),
                rows,
                organisation.documents(),
                organisation.awareness(),
                fileText);
    }

    /** The shared file's node tree, or {@code null} with the problem recorded. */
    private static @Nullable Node compose(YamlReading in, Node fileNode, String field, Path path) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path)))
                    .toString();
        } catch (NoSuchFileException e) {
            in.problem(fileNode, field, "no such file: " + path);
            return null;
        } catch (CharacterCodingException e) {
            in.problem(fileNode, field, path + " is not UTF-8 text");
            return null;
        } catch (IOException e) {
            in.problem(fileNode, field, "cannot read " + path + ": " + e);
            return null;
        }
        try {
            // the parser's default limit on a document's length (3 MB) stays: a shared organisation file is small
            var root = YamlInput.compose(
                    text, path.toString(), true, LoadSettings.builder().build().getCodePointLimit());
            if (root == null) in.problem(fileNode, field, path + " is empty; expected people, roles, raci, ...");
            return root;
        } catch (ModelFileException e) {
            in.problems().addAll(e.problems());
            return null;
        }
    }

    /** Which RACI rows a file may hold: all of them, or, with a shared file, elements there and zones here. */
    private enum Scope {
        ALL,
        SHARED,
        LOCAL
    }

    /** A reference to an id of some kind, checked once the whole section is read. */
    private record Reference(String kind, String id, Node node, String path) {}

    private static final class Parse {
        private final YamlReading in;
        private final Collection<String> zoneIds;
        private final String prefix;
        private final Scope scope;
        private final Map<String, Map<String, Node>> defined = new HashMap<>();
        private final List<Reference> references = new ArrayList<>();

        Parse(YamlReading in, Collection<String> zoneIds, String prefix, Scope scope) {
            this.in = in;
            this.zoneIds = zoneIds;
            this.prefix = prefix;
            this.scope = scope;
            for (var kind : List.of("person", "role", "document", "awareness module", "campaign")) {
                defined.put(kind, new LinkedHashMap<>());
            }
        }

        @Nullable
        Organisation organisation(Node node, Set<String> keys) {
            var f = in.mapping(node, prefix, "the organisation section", keys);
            if (f == null) return null;
            var people = list(f, "people", "people", this::person);
            var roles = list(f, "roles", "roles", this::role);
            var raci = list(f, "raci", "RACI rows", this::responsibility);
            var documents = list(f, "documents", "policies and procedures", this::document);
            var awarenessNode = f.get("awareness");
            var awareness = awarenessNode == null ? Awareness.EMPTY : awareness(awarenessNode);
            crossCheck();
            if (awareness == null || in.failed()) return null;
            try {
                return new Organisation(people, roles, raci, documents, awareness);
            } catch (IllegalArgumentException e) {
                in.problem(node, prefix, e.getMessage());
                return null;
            }
        }

        private @Nullable Awareness awareness(Node node) {
            var path = prefix.isEmpty() ? "awareness" : prefix + ".awareness";
            var f = in.mapping(node, path, "the awareness programme", AWARENESS_KEYS);
            if (f == null) return null;
            var modules = list(f, "modules", "awareness modules", this::module);
            var campaigns = list(f, "campaigns", "campaigns", this::campaign);
            var completions = list(f, "completions", "completion records", this::completion);
            return new Awareness(modules, campaigns, completions);
        }

        private record Indexed(Node node, String path) {}

        private <T> List<T> list(
                YamlReading.Fields fields, String key, String what, Function<Indexed, @Nullable T> element) {
            var node = fields.get(key);
            if (node == null) return List.of();
            var path = fields.path(key);
            var items = in.sequence(node, path, what);
            if (items == null) return List.of();
            var result = new ArrayList<T>(items.size());
            for (int i = 0; i < items.size(); i++) {
                var value = element.apply(new Indexed(items.get(i), path + "[" + i + "]"));
                if (value != null) result.add(value);
            }
            return result;
        }

        private @Nullable String id(YamlReading.Fields f, String kind) {
            var node = in.required(f, "id", "every " + kind + " needs an id");
            if (node == null) return null;
            var id = in.string(f, "id");
            if (id == null) return null;
            if (!Ids.isValid(id)) {
                in.problem(node, f.path("id"), kind + " id '" + id + "' is not " + Ids.EXPECTED);
                return null;
            }
            var previous = defined.get(kind).putIfAbsent(id, node);
            if (previous != null) {
                in.problem(
                        node,
                        f.path("id"),
                        "duplicate " + kind + " id '" + id + "' (first defined on line " + YamlReading.line(previous)
                                + ")");
            }
            return id;
        }

        private @Nullable Person person(Indexed item) {
            var f = in.mapping(item.node(), item.path(), "a person", PERSON_KEYS);
            if (f == null) return null;
            var id = id(f, "person");
            var disciplineNode = in.required(f, "discipline", "one of " + String.join(", ", Discipline.labels()));
            var discipline = disciplineNode == null
                    ? null
                    : in.label(f, "discipline", "discipline", Discipline::ofLabel, Discipline.labels());
            var email = in.string(f, "email");
            if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
                in.problem(f.get("email"), f.path("email"), "expected an e-mail address, found '" + email + "'");
            }
            var joined = date(f, "joined");
            var left = date(f, "left");
            if (joined != null && left != null && left.isBefore(joined)) {
                in.problem(f.get("left"), f.path("left"), "left on " + left + ", before joining on " + joined);
                return null;
            }
            var rights = EnumSet.noneOf(AccessRight.class);
            for (var scalar : scalars(f, "rights", "access rights")) {
                var right = AccessRight.ofLabel(scalar.getValue());
                if (right.isEmpty()) {
                    in.problem(
                            scalar,
                            f.path("rights"),
                            "unknown access right '" + scalar.getValue() + "'"
                                    + DidYouMean.hint(scalar.getValue(), AccessRight.labels()) + "; known: "
                                    + String.join(", ", AccessRight.labels()));
                } else {
                    rights.add(right.get());
                }
            }
            var name = in.string(f, "name");
            if (id == null || discipline == null) return null;
            return new Person(
                    id, name == null ? id : name, in.string(f, "department"), discipline, email, joined, left, rights);
        }

        private @Nullable Role role(Indexed item) {
            var f = in.mapping(item.node(), item.path(), "a role", ROLE_KEYS);
            if (f == null) return null;
            var id = id(f, "role");
            var holders = refs(f, "holders", "person");
            var title = in.string(f, "title");
            if (id == null) return null;
            return new Role(id, title == null ? id : title, holders, in.string(f, "description"));
        }

        private @Nullable Responsibility responsibility(Indexed item) {
            var f = in.mapping(item.node(), item.path(), "a RACI row", RACI_KEYS);
            if (f == null) return null;
            Responsibility.Kind kind = null;
            String subject = null;
            if (f.has("element") == f.has("zone")) {
                in.problem(
                        f.node(),
                        item.path(),
                        "a RACI row names either an element (e.g. element: \"ORG 1\") or a zone (zone: bpcs), "
                                + (f.has("element") ? "not both" : "found neither"));
            } else if (f.has("element")) {
                kind = Responsibility.Kind.ELEMENT;
                subject = in.string(f, "element");
                if (subject != null)
                    references.add(new Reference("element", subject, f.get("element"), f.path("element")));
            } else {
                kind = Responsibility.Kind.ZONE;
                subject = in.string(f, "zone");
                if (subject != null) references.add(new Reference("zone", subject, f.get("zone"), f.path("zone")));
            }
            if (kind == Responsibility.Kind.ZONE && scope == Scope.SHARED) {
                in.problem(
                        f.get("zone"),
                        f.path("zone"),
                        "RACI rows for zones belong in each plant's model file, not in the shared organisation file");
            } else if (kind == Responsibility.Kind.ELEMENT && scope == Scope.LOCAL) {
                in.problem(
                        f.get("element"),
                        f.path("element"),
                        "with a shared organisation file, RACI rows for programme elements belong in that file;"
                                + " only rows for this plant's zones stay here");
            }
            var accountable = refs(f, "accountable", "role");
            var responsible = refs(f, "responsible", "role");
            var consulted = refs(f, "consulted", "role");
            var informed = refs(f, "informed", "role");
            if (kind == null || subject == null) return null;
            return new Responsibility(kind, subject, accountable, responsible, consulted, informed);
        }

        private @Nullable Document document(Indexed item) {
            var f = in.mapping(item.node(), item.path(), "a policy or procedure", DOCUMENT_KEYS);
            if (f == null) return null;
            var id = id(f, "document");
            var kindNode = in.required(f, "kind", "one of " + String.join(", ", DocumentKind.labels()));
            var kind = kindNode == null
                    ? null
                    : in.label(f, "kind", "document kind", DocumentKind::ofLabel, DocumentKind.labels());
            var ownerNode = in.required(f, "owner", "the id of the role that owns it");
            var owner = ownerNode == null ? null : in.string(f, "owner");
            if (owner != null) references.add(new Reference("role", owner, ownerNode, f.path("owner")));
            var versionNode = in.required(f, "version", "the version in force, e.g. version: \"2.1\"");
            var version = versionNode == null ? null : in.string(f, "version");
            var approvedNode = in.required(f, "approved", "when the version in force was approved: " + DATE);
            var approved = approvedNode == null ? null : date(f, "approved");
            var reviewNode = in.required(f, "reviewMonths", "months between reviews, e.g. reviewMonths: 12");
            var review = reviewNode == null ? null : in.integer(f, "reviewMonths", 1, MAX_MONTHS);
            var elements = refs(f, "elements", "element");
            var requirements = refs(f, "requirements", "requirement");
            var audience = audience(f);
            var acknowledgements = new ArrayList<Acknowledgement>();
            var ackNode = f.get("acknowledgements");
            if (ackNode != null) {
                var items = in.sequence(ackNode, f.path("acknowledgements"), "acknowledgements");
                if (items != null) {
                    for (int i = 0; i < items.size(); i++) {
                        var ack = acknowledgement(items.get(i), f.path("acknowledgements") + "[" + i + "]");
                        if (ack != null) acknowledgements.add(ack);
                    }
                }
            }
            var title = in.string(f, "title");
            if (id == null
                    || kind == null
                    || owner == null
                    || version == null
                    || approved == null
                    || review == null
                    || audience == null) {
                return null;
            }
            return new Document(
                    id,
                    title == null ? id : title,
                    kind,
                    owner,
                    version,
                    approved,
                    review,
                    elements,
                    requirements,
                    audience,
                    acknowledgements);
        }

        private @Nullable Acknowledgement acknowledgement(Node node, String path) {
            var f = in.mapping(node, path, "an acknowledgement", ACKNOWLEDGEMENT_KEYS);
            if (f == null) return null;
            var person = ref(f, "person", "person", "the id of the person who acknowledged");
            var versionNode = in.required(f, "version", "the version acknowledged");
            var version = versionNode == null ? null : in.string(f, "version");
            var dateNode = in.required(f, "date", DATE);
            var date = dateNode == null ? null : date(f, "date");
            if (person == null || version == null || date == null) return null;
            return new Acknowledgement(person, version, date);
        }

        private @Nullable Audience audience(YamlReading.Fields owner) {
            var node = owner.get("audience");
            if (node == null) return Audience.EVERYONE;
            var f = in.mapping(node, owner.path("audience"), "an audience", AUDIENCE_KEYS);
            if (f == null) return null;
            var roles = refs(f, "roles", "role");
            var departments = new ArrayList<String>();
            for (var scalar : scalars(f, "departments", "department names")) departments.add(scalar.getValue());
            var disciplines = new ArrayList<Discipline>();
            for (var scalar : scalars(f, "disciplines", "disciplines")) {
                var discipline = Discipline.ofLabel(scalar.getValue());
                if (discipline.isEmpty()) {
                    in.problem(
                            scalar,
                            f.path("disciplines"),
                            "unknown discipline '" + scalar.getValue() + "'"
                                    + DidYouMean.hint(scalar.getValue(), Discipline.labels()) + "; known: "
                                    + String.join(", ", Discipline.labels()));
                } else {
                    disciplines.add(discipline.get());
                }
            }
            return new Audience(roles, departments, disciplines);
        }

        private @Nullable AwarenessModule module(Indexed item) {
            var f = in.mapping(item.node(), item.path(), "an awareness module", MODULE_KEYS);
            if (f == null) return null;
            var id = id(f, "awareness module");
            var introducedNode = in.required(f, "introduced", "the day the module became mandatory: " + DATE);
            var introduced = introducedNode == null ? null : date(f, "introduced");
            var refresherNode = in.required(f, "refresherMonths", "months between refreshers, e.g. 12");
            var refresher = refresherNode == null ? null : in.integer(f, "refresherMonths", 1, MAX_MONTHS);
            var privileged = in.integer(f, "privilegedRefresherMonths", 1, MAX_MONTHS);
            var passScore = in.integer(f, "passScore", 0, 100);
            var audience = audience(f);
            var title = in.string(f, "title");
            if (id == null || introduced == null || refresher == null || audience == null) return null;
            return new AwarenessModule(
                    id, title == null ? id : title, introduced, refresher, privileged, passScore, audience);
        }

        private @Nullable Campaign campaign(Indexed item) {
            var f = in.mapping(item.node(), item.path(), "a campaign", CAMPAIGN_KEYS);
            if (f == null) return null;
            var id = id(f, "campaign");
            var modulesNode = in.required(f, "modules", "the awareness modules it asks for");
            var modules = modulesNode == null ? List.<String>of() : refs(f, "modules", "awareness module");
            var startNode = in.required(f, "start", "its first day: " + DATE);
            var start = startNode == null ? null : date(f, "start");
            var endNode = in.required(f, "end", "its last day: " + DATE);
            var end = endNode == null ? null : date(f, "end");
            if (start != null && end != null && end.isBefore(start)) {
                in.problem(endNode, f.path("end"), "the campaign ends on " + end + ", before it starts on " + start);
                return null;
            }
            var audience = audience(f);
            var title = in.string(f, "title");
            if (id == null || start == null || end == null || modulesNode == null || audience == null) return null;
            return new Campaign(id, title == null ? id : title, modules, start, end, audience);
        }

        private @Nullable Completion completion(Indexed item) {
            var f = in.mapping(item.node(), item.path(), "a completion record", COMPLETION_KEYS);
            if (f == null) return null;
            var person = ref(f, "person", "person", "the id of the person who completed the module");
            var module = ref(f, "module", "awareness module", "the id of the module completed");
            var dateNode = in.required(f, "date", DATE);
            var date = dateNode == null ? null : date(f, "date");
            var score = in.integer(f, "score", 0, 100);
            if (person == null || module == null || date == null) return null;
            return new Completion(person, module, date, score);
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

        private List<ScalarNode> scalars(YamlReading.Fields f, String key, String what) {
            var node = f.get(key);
            if (node == null) return List.of();
            var scalars = in.scalars(node, f.path(key), what);
            return scalars == null ? List.of() : scalars;
        }

        /** A list of ids (one id may be written without brackets), each recorded for the cross-check. */
        private List<String> refs(YamlReading.Fields f, String key, String kind) {
            var ids = new ArrayList<String>();
            for (var scalar : scalars(f, key, kind + " ids")) {
                var id = scalar.getValue();
                if (ids.contains(id)) {
                    in.problem(scalar, f.path(key), "'" + id + "' is listed twice");
                    continue;
                }
                ids.add(id);
                references.add(new Reference(kind, id, scalar, f.path(key)));
            }
            return ids;
        }

        private @Nullable String ref(YamlReading.Fields f, String key, String kind, String what) {
            var node = in.required(f, key, what);
            if (node == null) return null;
            var id = in.string(f, key);
            if (id != null) references.add(new Reference(kind, id, node, f.path(key)));
            return id;
        }

        /** References, checked once every id of the section is known. */
        private void crossCheck() {
            Set<String> elements = null;
            Set<String> requirements = null;
            for (var ref : references) {
                Collection<String> known;
                String description;
                switch (ref.kind()) {
                    case "element" -> {
                        if (elements == null) elements = elementIds();
                        known = elements;
                        description = "IEC 62443-2-1:2024 programme element";
                    }
                    case "requirement" -> {
                        if (requirements == null) requirements = requirementIds();
                        known = requirements;
                        description = "IEC 62443-3-3 system requirement";
                    }
                    case "zone" -> {
                        known = zoneIds;
                        description = "zone";
                    }
                    default -> {
                        known = defined.get(ref.kind()).keySet();
                        description = ref.kind();
                    }
                }
                if (!known.contains(ref.id())) {
                    in.problem(
                            ref.node(),
                            ref.path(),
                            "unknown " + description + " '" + ref.id() + "'" + DidYouMean.hint(ref.id(), known));
                }
            }
        }

        private static Set<String> elementIds() {
            var ids = new LinkedHashSet<String>();
            for (var e : Catalog.standard().programmeElements(ProgrammeElement.Edition.ED2_2024)) ids.add(e.id());
            return ids;
        }

        private static Set<String> requirementIds() {
            var ids = new LinkedHashSet<String>();
            Catalog.standard().systemRequirements().forEach(r -> ids.add(r.id()));
            return ids;
        }
    }

    /** The section as the writer writes it: lists of records one per line, so one change is one line in a diff. */
    static Map<String, Object> tree(Organisation organisation) {
        var root = new LinkedHashMap<String, Object>();
        if (organisation.file() != null) {
            // the shared file is the source of everything but this plant's zone rows: never copied in here
            root.put("file", organisation.file());
            var zoneRows = organisation.raci().stream()
                    .filter(r -> r.kind() == Responsibility.Kind.ZONE)
                    .map(OrganisationYaml::responsibility)
                    .toList();
            if (!zoneRows.isEmpty()) root.put("raci", zoneRows);
            return root;
        }
        if (!organisation.people().isEmpty()) {
            root.put(
                    "people",
                    organisation.people().stream().map(OrganisationYaml::person).toList());
        }
        if (!organisation.roles().isEmpty()) {
            root.put(
                    "roles",
                    organisation.roles().stream().map(OrganisationYaml::role).toList());
        }
        if (!organisation.raci().isEmpty()) {
            root.put(
                    "raci",
                    organisation.raci().stream()
                            .map(OrganisationYaml::responsibility)
                            .toList());
        }
        if (!organisation.documents().isEmpty()) {
            root.put(
                    "documents",
                    organisation.documents().stream()
                            .map(OrganisationYaml::document)
                            .toList());
        }
        var awareness = organisation.awareness();
        if (!awareness.isEmpty()) {
            var m = new LinkedHashMap<String, Object>();
            if (!awareness.modules().isEmpty()) {
                m.put(
                        "modules",
                        awareness.modules().stream()
                                .map(OrganisationYaml::module)
                                .toList());
            }
            if (!awareness.campaigns().isEmpty()) {
                m.put(
                        "campaigns",
                        awareness.campaigns().stream()
                                .map(OrganisationYaml::campaign)
                                .toList());
            }
            if (!awareness.completions().isEmpty()) {
                m.put(
                        "completions",
                        awareness.completions().stream()
                                .map(OrganisationYaml::completion)
                                .toList());
            }
            root.put("awareness", m);
        }
        return root;
    }

    private static Map<String, Object> person(Person person) {
        var m = new PlantYamlWriter.FlowMap();
        m.put("id", person.id());
        m.put("name", person.name());
        put(m, "department", person.department());
        m.put("discipline", person.discipline().label());
        put(m, "email", person.email());
        if (person.joined() != null) m.put("joined", person.joined().toString());
        if (person.left() != null) m.put("left", person.left().toString());
        if (!person.rights().isEmpty()) {
            m.put(
                    "rights",
                    new PlantYamlWriter.FlowList(EnumSet.copyOf(person.rights()).stream()
                            .map(AccessRight::label)
                            .toList()));
        }
        return m;
    }

    private static Map<String, Object> role(Role role) {
        var m = new PlantYamlWriter.FlowMap();
        m.put("id", role.id());
        m.put("title", role.title());
        m.put("holders", new PlantYamlWriter.FlowList(role.holders()));
        put(m, "description", role.description());
        return m;
    }

    private static Map<String, Object> responsibility(Responsibility row) {
        var m = new PlantYamlWriter.FlowMap();
        m.put(row.kind() == Responsibility.Kind.ELEMENT ? "element" : "zone", row.subject());
        ids(m, "accountable", row.accountable());
        ids(m, "responsible", row.responsible());
        ids(m, "consulted", row.consulted());
        ids(m, "informed", row.informed());
        return m;
    }

    private static Map<String, Object> document(Document document) {
        var m = new LinkedHashMap<String, Object>();
        m.put("id", document.id());
        m.put("title", document.title());
        m.put("kind", document.kind().label());
        m.put("owner", document.owner());
        m.put("version", document.version());
        m.put("approved", document.approved().toString());
        m.put("reviewMonths", document.reviewMonths());
        ids(m, "elements", document.elements());
        ids(m, "requirements", document.requirements());
        audience(m, document.audience());
        if (!document.acknowledgements().isEmpty()) {
            var acks = new ArrayList<Object>();
            for (var ack : document.acknowledgements()) {
                var a = new PlantYamlWriter.FlowMap();
                a.put("person", ack.person());
                a.put("version", ack.version());
                a.put("date", ack.date().toString());
                acks.add(a);
            }
            m.put("acknowledgements", acks);
        }
        return m;
    }

    private static Map<String, Object> module(AwarenessModule module) {
        var m = new PlantYamlWriter.FlowMap();
        m.put("id", module.id());
        m.put("title", module.title());
        m.put("introduced", module.introduced().toString());
        m.put("refresherMonths", module.refresherMonths());
        if (module.privilegedRefresherMonths() != null) {
            m.put("privilegedRefresherMonths", module.privilegedRefresherMonths());
        }
        if (module.passScore() != null) m.put("passScore", module.passScore());
        audience(m, module.audience());
        return m;
    }

    private static Map<String, Object> campaign(Campaign campaign) {
        var m = new PlantYamlWriter.FlowMap();
        m.put("id", campaign.id());
        m.put("title", campaign.title());
        m.put("modules", new PlantYamlWriter.FlowList(campaign.modules()));
        m.put("start", campaign.start().toString());
        m.put("end", campaign.end().toString());
        audience(m, campaign.audience());
        return m;
    }

    private static Map<String, Object> completion(Completion completion) {
        var m = new PlantYamlWriter.FlowMap();
        m.put("person", completion.person());
        m.put("module", completion.module());
        m.put("date", completion.date().toString());
        if (completion.score() != null) m.put("score", completion.score());
        return m;
    }

    private static void audience(Map<String, Object> owner, Audience audience) {
        if (audience.isEveryone()) return;
        var m = new PlantYamlWriter.FlowMap();
        ids(m, "roles", audience.roles());
        ids(m, "departments", audience.departments());
        ids(
                m,
                "disciplines",
                audience.disciplines().stream().map(Discipline::label).toList());
        owner.put("audience", m);
    }

    private static void ids(Map<String, Object> m, String key, List<String> ids) {
        if (!ids.isEmpty()) m.put(key, new PlantYamlWriter.FlowList(ids));
    }

    private static void put(Map<String, Object> map, String key, @Nullable String value) {
        if (value != null) map.put(key, value);
    }

    private static Set<String> ordered(String... keys) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(keys)));
    }
}
