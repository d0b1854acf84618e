package io.zonewarden.app.server.web;

import io.zonewarden.app.server.plant.ModelEdits;
import io.zonewarden.app.server.plant.PlantModels;
import io.zonewarden.app.server.plant.PlantService;
import io.zonewarden.app.server.security.Permission;
import io.zonewarden.app.server.security.PlantAccess;
import io.zonewarden.core.model.AllowRule;
import io.zonewarden.core.model.Conduit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Zones and conduits: the diagram with the findings on it, conduit rules and zone membership edited in forms. */
@Controller
class ZonePages {

    private final PlantAccess access;
    private final PlantModels models;
    private final PlantService plants;

    ZonePages(PlantAccess access, PlantModels models, PlantService plants) {
        this.access = access;
        this.models = models;
        this.plants = plants;
    }

    static final int ZONES_PER_PAGE = 50;
    static final int CONDUITS_PER_PAGE = 20;

    @GetMapping("/plants/{slug}/zones")
    String zones(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        var granted = access.require(slug, Permission.READ);
        var plant = models.model(granted.plant());
        var insight = models.insight(granted.plant());
        var needle = q.strip();
        // q names a zone or a conduit (the diagram sends the one clicked): the lists show what touches it
        var zones = plant.zones().stream()
                .filter(z -> needle.isEmpty()
                        || z.id().equals(needle)
                        || plant.conduit(needle).map(c -> c.joins(z.id())).orElse(false))
                .toList();
        var conduits = plant.conduits().stream()
                .filter(c -> needle.isEmpty() || c.id().equals(needle) || c.joins(needle))
                .toList();
        model.addAttribute("granted", granted);
        model.addAttribute("plant", plant);
        model.addAttribute("insight", insight);
        model.addAttribute("q", needle);
        var zonePage = Views.page(zones, needle.isEmpty() ? page : 1, ZONES_PER_PAGE);
        model.addAttribute("zonePage", zonePage);
        // claimed and verified SL-A of the zones on this page, by zone id
        var rows = new LinkedHashMap<String, Views.ZoneRow>();
        for (var zone : zonePage.items()) {
            insight.assessment()
                    .zone(zone.id())
                    .ifPresent(a -> rows.put(
                            zone.id(),
                            Views.zoneRow(zone, a, insight.findingsOf(zone.id()).size())));
        }
        model.addAttribute("zoneRows", rows);
        model.addAttribute("conduitPage", Views.page(conduits, page, CONDUITS_PER_PAGE));
        model.addAttribute("findingCount", insight.validation().findings().size());
        model.addAttribute("rules", Views.byRule(insight.validation().findings()));
        model.addAttribute("canEdit", granted.can(Permission.EDIT));
        model.addAttribute(
                "assetIds",
                plant.assets().size() <= 2000
                        ? plant.assets().stream().map(a -> a.id()).toList()
                        : List.of());
        return "zones";
    }

    /** The diagram's elements in cytoscape.js's JSON: zones as nodes, conduits as edges, findings counted on each. */
    @GetMapping(value = "/plants/{slug}/zones/diagram.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> diagram(@PathVariable String slug) {
        var granted = access.require(slug, Permission.READ);
        var plant = models.model(granted.plant());
        var insight = models.insight(granted.plant());
        var elements = new ArrayList<Map<String, Object>>();
        for (var zone : plant.zones()) {
            var data = new LinkedHashMap<String, Object>();
            data.put("id", zone.id());
            data.put(
                    "label",
                    zone.name() + "\n" + zone.assets().size() + (zone.assets().size() == 1 ? " asset" : " assets")
                            + (zone.slTarget() == null ? ", no SL-T" : ", SL-T " + Views.sl(zone.slTarget())));
            data.put("kind", zone.kind().label());
            data.put("findings", insight.findingsOf(zone.id()).size());
            data.put("worst", worst(insight.findingsOf(zone.id())));
            elements.add(Map.of("group", "nodes", "data", data));
        }
        for (var conduit : plant.conduits()) {
            if (plant.zone(conduit.zones().get(0)).isEmpty()
                    || plant.zone(conduit.zones().get(1)).isEmpty()) continue;
            var data = new LinkedHashMap<String, Object>();
            data.put("id", conduit.id());
            data.put("source", conduit.zones().get(0));
            data.put("target", conduit.zones().get(1));
            data.put("label", conduit.id() + protocols(conduit));
            data.put("findings", insight.findingsOf(conduit.id()).size());
            data.put("worst", worst(insight.findingsOf(conduit.id())));
            elements.add(Map.of("group", "edges", "data", data));
        }
        return Map.of("elements", elements, "version", granted.plant().version());
    }

    @PostMapping("/plants/{slug}/conduits/{conduit}/allow")
    String allow(
            @PathVariable String slug,
            @PathVariable String conduit,
            @RequestParam long version,
            @RequestParam String from,
            @RequestParam String to,
            @RequestParam String protocol,
            @RequestParam(required = false) @Nullable Integer port,
            @RequestParam(defaultValue = "") String functions,
            RedirectAttributes redirect) {
        var granted = access.require(slug, Permission.EDIT);
        var list = Arrays.stream(functions.split(","))
                .map(String::strip)
                .filter(f -> !f.isEmpty())
                .toList();
        var text = from + " -> " + to + " " + protocol + (port == null ? "" : "/" + port)
                + (list.isEmpty() ? "" : " " + list);
        plants.change(
                granted,
                version,
                "conduit.allow",
                "conduit " + conduit,
                p -> ModelEdits.allow(
                        p, conduit, new AllowRule(from.strip(), to.strip(), protocol.strip(), port, list)),
                (b, a) -> new String[] {null, "allow " + text});
        redirect.addFlashAttribute("notice", "Conduit " + conduit + " now allows " + text + ".");
        return "redirect:/plants/" + slug + "/zones?q=" + conduit + "#item-" + conduit;
    }

    @PostMapping("/plants/{slug}/conduits/{conduit}/allow/{index}/delete")
    String disallow(
            @PathVariable String slug,
            @PathVariable String conduit,
            @PathVariable int index,
            @RequestParam long version,
            RedirectAttributes redirect) {
        var granted = access.require(slug, Permission.EDIT);
        var before = models.model(granted.plant())
                .conduit(conduit)
                .map(c -> c.allow())
                .orElse(List.of());
        var removed = index >= 0 && index < before.size() ? describe(before.get(index)) : "rule " + (index + 1);
        plants.change(
                granted,
                version,
                "conduit.disallow",
                "conduit " + conduit,
                p -> ModelEdits.disallow(p, conduit, index),
                (b, a) -> new String[] {"allow " + removed, null});
        redirect.addFlashAttribute("notice", "Conduit " + conduit + " no longer allows " + removed + ".");
        return "redirect:/plants/" + slug + "/zones?q=" + conduit + "#item-" + conduit;
    }

    @PostMapping("/plants/{slug}/zones/membership")
    String membership(
            @PathVariable String slug,
            @RequestParam long version,
            @RequestParam String asset,
            @RequestParam String zone,
            RedirectAttributes redirect) {
        var granted = access.require(slug, Permission.EDIT);
        var before = models.model(granted.plant()).zonesOf(asset.strip());
        plants.change(
                granted,
                version,
                "asset.zone",
                "asset " + asset.strip(),
                p -> ModelEdits.moveAsset(p, asset.strip(), zone),
                (b, a) -> new String[] {"zones: " + String.join(", ", before), "zones: " + zone});
        redirect.addFlashAttribute("notice", "Asset " + asset.strip() + " moved to zone " + zone + ".");
        return "redirect:/plants/" + slug + "/zones";
    }

    /** The most serious severity among findings, or "none": the diagram colours a zone's border by it. */
    static String worst(List<io.zonewarden.core.zoning.Finding> findings) {
        return findings.stream()
                .map(io.zonewarden.core.zoning.Finding::severity)
                .min(java.util.Comparator.naturalOrder())
                .map(io.zonewarden.core.zoning.Severity::label)
                .orElse("none");
    }

    static String describe(AllowRule rule) {
        return rule.from() + " -> " + rule.to() + " " + rule.protocol() + (rule.port() == null ? "" : "/" + rule.port())
                + (rule.functions().isEmpty() ? "" : " " + rule.functions());
    }

    private static String protocols(Conduit conduit) {
        var names = conduit.allow().stream().map(AllowRule::protocol).distinct().toList();
        return names.isEmpty() ? "" : "\n" + String.join(", ", names);
    }
}
