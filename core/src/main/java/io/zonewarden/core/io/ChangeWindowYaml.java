package io.zonewarden.core.io;

import io.zonewarden.core.model.ChangeWindow;
import io.zonewarden.core.model.Ids;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The model file's {@code changeWindows} section: the spans of time in which planned changes to named assets or
 * zones are expected (IEC 62443-2-1 configuration and change management). Monitoring reads them to tell a planned
 * program download from an unplanned one.
 */
final class ChangeWindowYaml {

    static final Set<String> WINDOW_KEYS = ordered("id", "who", "assets", "from", "to", "reason");

    private static final String DATE_TIME =
            "an ISO date-time with its offset, such as 2026-03-02T06:00:00Z or" + " 2026-03-02T07:00:00+01:00";

    private ChangeWindowYaml() {}

    /** The windows, or {@code null} when one of them has a problem (recorded in {@code in}). */
    static @Nullable List<ChangeWindow> read(YamlReading in, Node node, Set<String> assetsAndZones) {
        var items = in.sequence(node, "changeWindows", "change windows");
        if (items == null) return null;
        var result = new ArrayList<ChangeWindow>(items.size());
        var seen = new HashMap<String, Node>();
        boolean ok = true;
        for (int i = 0; i < items.size(); i++) {
            var window = window(in, items.get(i), "changeWindows[" + i + "]", assetsAndZones, seen);
            if (window == null) ok = false;
            else result.add(window);
        }
        return ok ? result : null;
    }

    private static @Nullable ChangeWindow window(
            YamlReading in, Node node, String path, Set<String> assetsAndZones, Map<String, Node> seen) {
        var f = in.mapping(node, path, "a change window", WINDOW_KEYS);
        if (f == null) return null;
        var idNode = in.required(f, "id", "every change window needs an id");
        var id = idNode == null ? null : in.string(f, "id");
        if (id != null && !Ids.isValid(id)) {
            in.problem(idNode, f.path("id"), "change window id '" + id + "' is not " + Ids.EXPECTED);
            id = null;
        }
        if (id != null) {
            var previous = seen.putIfAbsent(id, idNode);
            if (previous != null) {
                in.problem(
                        idNode,
                        f.path("id"),
                        "duplicate change window id '" + id + "' (first defined on line " + YamlReading.line(previous)
                                + ")");
                id = null;
            }
        }
        var whoNode = in.required(f, "who", "the person (id) or firm doing the change");
        var who = whoNode == null ? null : in.string(f, "who");
        var targets = new LinkedHashSet<String>();
        boolean targetsOk = true;
        var assetsNode = in.required(f, "assets", "the asset or zone ids the change touches, e.g. assets: [plc-101]");
        if (assetsNode != null) {
            var scalars = in.scalars(assetsNode, f.path("assets"), "an asset or zone id");
            if (scalars == null) targetsOk = false;
            else {
                for (int i = 0; i < scalars.size(); i++) {
                    var target = scalars.get(i).getValue();
                    if (!assetsAndZones.contains(target)) {
                        in.problem(
                                scalars.get(i),
                                f.path("assets") + "[" + i + "]",
                                "unknown asset or zone '" + target + "'" + DidYouMean.hint(target, assetsAndZones));
                        targetsOk = false;
                    } else targets.add(target);
                }
                if (scalars.isEmpty()) {
                    in.problem(assetsNode, f.path("assets"), "a change window names at least one asset or zone");
                    targetsOk = false;
                }
            }
        }
        var fromNode = in.required(f, "from", DATE_TIME);
        var from = fromNode == null ? null : dateTime(in, f, "from");
        var toNode = in.required(f, "to", DATE_TIME);
        var to = toNode == null ? null : dateTime(in, f, "to");
        if (from != null && to != null && to.isBefore(from)) {
            in.problem(toNode, f.path("to"), "the window ends (" + to + ") before it starts (" + from + ")");
            return null;
        }
        var reason = in.string(f, "reason");
        if (id == null || who == null || !targetsOk || assetsNode == null || from == null || to == null) return null;
        return new ChangeWindow(id, who, List.copyOf(targets), from, to, reason);
    }

    private static @Nullable OffsetDateTime dateTime(YamlReading in, YamlReading.Fields f, String key) {
        var text = in.string(f, key);
        if (text == null) return null;
        try {
            return OffsetDateTime.parse(text);
        } catch (DateTimeParseException e) {
            in.problem(f.get(key), f.path(key), "expected " + DATE_TIME + ", found '" + text + "'");
            return null;
        }
    }

    /** The section as the writer emits it, in the reader's key order. */
    static List<Object> write(List<ChangeWindow> windows) {
        var list = new ArrayList<Object>(windows.size());
        for (var w : windows) {
            var m = new LinkedHashMap<String, Object>();
            m.put("id", w.id());
            m.put("who", w.who());
            m.put("assets", new PlantYamlWriter.FlowList(w.targets()));
            m.put("from", w.from().toString());
            m.put("to", w.to().toString());
            if (w.reason() != null) m.put("reason", w.reason());
            list.add(m);
        }
        return list;
    }

    private static Set<String> ordered(String... keys) {
        return java.util.Collections.unmodifiableSet(new LinkedHashSet<>(List.of(keys)));
    }
}
