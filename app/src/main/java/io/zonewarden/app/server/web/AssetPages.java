package io.zonewarden.app.server.web;

import io.zonewarden.app.server.NotFoundException;
import io.zonewarden.app.server.plant.ModelEdits;
import io.zonewarden.app.server.plant.PlantModels;
import io.zonewarden.app.server.plant.PlantService;
import io.zonewarden.app.server.security.Permission;
import io.zonewarden.app.server.security.PlantAccess;
import io.zonewarden.app.server.store.ObservationStore;
import io.zonewarden.core.model.Asset;
import io.zonewarden.core.model.AssetType;
import io.zonewarden.core.model.IpAddress;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The asset inventory: search, filter, sort and pages; an asset's detail; moving an asset to another zone. */
@Controller
class AssetPages {

    private static final List<Integer> PAGE_SIZES = List.of(25, 50, 100, 250);

    private final PlantAccess access;
    private final PlantModels models;
    private final PlantService plants;
    private final ObservationStore observations;

    AssetPages(PlantAccess access, PlantModels models, PlantService plants, ObservationStore observations) {
        this.access = access;
        this.models = models;
        this.plants = plants;
        this.observations = observations;
    }

    @GetMapping("/plants/{slug}/assets")
    String assets(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String zone,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "id") String sort,
            @RequestParam(defaultValue = "asc") String dir,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int size,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        var granted = access.require(slug, Permission.READ);
        var plant = models.model(granted.plant());
        var insight = models.insight(granted.plant());
        var needle = q.strip().toLowerCase(Locale.ROOT);
        var rows = new ArrayList<Views.AssetRow>();
        for (var asset : plant.assets()) {
            var zoneId = String.join(", ", plant.zonesOf(asset.id()));
            if (!zone.isEmpty() && !plant.zonesOf(asset.id()).contains(zone)) continue;
            if (!type.isEmpty() && !asset.type().label().equals(type)) continue;
            if (!needle.isEmpty() && !matches(asset, needle)) continue;
            rows.add(new Views.AssetRow(
                    asset.id(),
                    asset.name(),
                    asset.type().label(),
                    zoneId,
                    asset.ip().stream().map(IpAddress::toString).collect(Collectors.joining(", ")),
                    asset.vendor() == null ? "" : asset.vendor(),
                    asset.purdue() == null ? "" : asset.purdue().toString(),
                    asset.criticality() == null ? "" : asset.criticality().toString(),
                    asset.isSafetyRelated(),
                    insight.findingsOf(asset.id()).size()));
        }
        Comparator<Views.AssetRow> order = switch (sort) {
            case "name" -> Comparator.comparing(Views.AssetRow::name, String.CASE_INSENSITIVE_ORDER);
            case "type" -> Comparator.comparing(Views.AssetRow::type);
            case "zone" -> Comparator.comparing(Views.AssetRow::zone);
            case "ip" -> Comparator.comparing(Views.AssetRow::ip, AssetPages::compareAddresses);
            case "vendor" -> Comparator.comparing(Views.AssetRow::vendor, String.CASE_INSENSITIVE_ORDER);
            case "findings" -> Comparator.comparingInt(Views.AssetRow::findings);
            default -> Comparator.comparing(Views.AssetRow::id);
        };
        if (dir.equals("desc")) order = order.reversed();
        rows.sort(order.thenComparing(Views.AssetRow::id));
        int pageSize = PAGE_SIZES.contains(size) ? size : 50;
        model.addAttribute("granted", granted);
        model.addAttribute("plant", plant);
        model.addAttribute("page", Views.page(rows, page, pageSize));
        model.addAttribute("q", q);
        model.addAttribute("zone", zone);
        model.addAttribute("type", type);
        model.addAttribute("sort", sort);
        model.addAttribute("dir", dir);
        model.addAttribute("size", pageSize);
        model.addAttribute("pageSizes", PAGE_SIZES);
        model.addAttribute("types", AssetType.labels());
        return htmx != null ? "assets :: table" : "assets";
    }

    @GetMapping("/plants/{slug}/assets/{id}")
    String asset(@PathVariable String slug, @PathVariable String id, Model model) {
        var granted = access.require(slug, Permission.READ);
        var plant = models.model(granted.plant());
        var asset = plant.asset(id).orElseThrow(() -> new NotFoundException("no asset '" + id + "' in plant " + slug));
        var identities = new ArrayList<String>();
        asset.ip().forEach(ip -> identities.add(ip.toString()));
        if (asset.mac() != null) identities.add(asset.mac().toString());
        model.addAttribute("granted", granted);
        model.addAttribute("plant", plant);
        model.addAttribute("asset", asset);
        model.addAttribute("zones", plant.zonesOf(id));
        model.addAttribute("findings", models.insight(granted.plant()).findingsOf(id));
        model.addAttribute("seen", observations.assetsAt(granted.plant().id(), identities));
        model.addAttribute("canEdit", granted.can(Permission.EDIT));
        return "asset";
    }

    @PostMapping("/plants/{slug}/assets/{id}/zone")
    String move(
            @PathVariable String slug,
            @PathVariable String id,
            @RequestParam long version,
            @RequestParam String zone,
            RedirectAttributes redirect) {
        var granted = access.require(slug, Permission.EDIT);
        var before = models.model(granted.plant()).zonesOf(id);
        plants.change(granted, version, "asset.zone", "asset " + id, p -> ModelEdits.moveAsset(p, id, zone), (b, a) ->
                new String[] {"zones: " + String.join(", ", before), "zones: " + zone});
        redirect.addFlashAttribute(
                "notice", "Asset " + id + " is now in zone " + zone + "; the model was validated again.");
        return "redirect:/plants/" + slug + "/assets/" + id;
    }

    private static boolean matches(Asset asset, String needle) {
        if (asset.id().toLowerCase(Locale.ROOT).contains(needle)) return true;
        if (asset.name().toLowerCase(Locale.ROOT).contains(needle)) return true;
        if (asset.vendor() != null && asset.vendor().toLowerCase(Locale.ROOT).contains(needle)) return true;
        if (asset.model() != null && asset.model().toLowerCase(Locale.ROOT).contains(needle)) return true;
        if (asset.mac() != null && asset.mac().toString().contains(needle)) return true;
        for (var ip : asset.ip()) {
            if (ip.toString().contains(needle)) return true;
        }
        return false;
    }

    /** Addresses compare by their numeric value (10.0.0.9 before 10.0.0.10), the first of each list. */
    static int compareAddresses(String a, String b) {
        var x = first(a);
        var y = first(b);
        if (x == null || y == null) return x == null ? (y == null ? 0 : 1) : -1;
        return x.compareTo(y);
    }

    private static @Nullable IpAddress first(String list) {
        if (list.isEmpty()) return null;
        return IpAddress.tryParse(list.split(", ", 2)[0]).orElse(null);
    }
}
