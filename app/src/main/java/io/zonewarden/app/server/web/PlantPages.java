package io.zonewarden.app.server.web;

import io.zonewarden.app.report.AssessmentReportPage;
import io.zonewarden.app.report.RiskReportPage;
import io.zonewarden.app.server.InvalidInputException;
import io.zonewarden.app.server.Uploads;
import io.zonewarden.app.server.capture.CaptureService;
import io.zonewarden.app.server.plant.PlantModels;
import io.zonewarden.app.server.plant.PlantService;
import io.zonewarden.app.server.security.Permission;
import io.zonewarden.app.server.security.PlantAccess;
import io.zonewarden.core.risk.AssessRisk;
import io.zonewarden.core.roadmap.PlanRoadmap;
import io.zonewarden.core.zoning.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The plant list, a plant's overview, model import and export, and the printable reports. */
@Controller
class PlantPages {

    static final int ZONES_PER_PAGE = 100;
    static final int FINDINGS_PER_PAGE = 100;

    private final PlantAccess access;
    private final PlantService plants;
    private final PlantModels models;
    private final CaptureService captures;

    PlantPages(PlantAccess access, PlantService plants, PlantModels models, CaptureService captures) {
        this.access = access;
        this.plants = plants;
        this.models = models;
        this.captures = captures;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("plants", access.visible());
        model.addAttribute("canCreate", access.administrator());
        return "plants";
    }

    @PostMapping("/plants")
    String importPlant(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        access.requireAdministrator("create plants");
        var yaml = text(file, "file");
        var row = plants.importPlant(access.actor(), yaml, name(file, "upload.yaml"));
        redirect.addFlashAttribute("notice", "Imported plant " + row.name() + ".");
        return "redirect:/plants/" + row.slug();
    }

    @GetMapping("/plants/{slug}")
    String overview(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
        var granted = access.require(slug, Permission.READ);
        var plant = models.model(granted.plant());
        var insight = models.insight(granted.plant());
        var rows = new ArrayList<Views.ZoneRow>();
        long answered = 0;
        long inScope = 0;
        for (var zone : plant.zones()) {
            var assessed = insight.assessment().zone(zone.id()).orElse(null);
            if (assessed == null) continue;
            rows.add(Views.zoneRow(zone, assessed, insight.findingsOf(zone.id()).size()));
            answered += assessed.answered();
            inScope += assessed.scope().size();
        }
        var counts = insight.validation().counts();
        model.addAttribute("granted", granted);
        model.addAttribute("plant", plant);
        model.addAttribute("zones", Views.page(rows, page, ZONES_PER_PAGE));
        model.addAttribute("errors", counts.get(Severity.ERROR));
        model.addAttribute("warnings", counts.get(Severity.WARNING));
        model.addAttribute("findingCount", insight.validation().findings().size());
        model.addAttribute("rules", Views.byRule(insight.validation().findings()));
        model.addAttribute("completeness", inScope == 0 ? 100 : (int) (answered * 100 / inScope));
        model.addAttribute("answered", answered);
        model.addAttribute("inScope", inScope);
        model.addAttribute("openAlerts", captures.alertCount(granted, true));
        model.addAttribute("captureCount", captures.captures(granted).size());
        return "overview";
    }

    /** Every zoning finding, filtered by rule and severity, a page at a time. */
    @GetMapping("/plants/{slug}/findings")
    String findings(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String rule,
            @RequestParam(defaultValue = "") String severity,
            @RequestParam(defaultValue = "") String subject,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        var granted = access.require(slug, Permission.READ);
        var all = models.insight(granted.plant()).validation().findings();
        var needle = subject.strip();
        var matching = all.stream()
                .filter(f -> rule.isEmpty() || f.rule().equals(rule))
                .filter(f -> severity.isEmpty() || f.severity().label().equals(severity))
                .filter(f -> needle.isEmpty() || f.subjects().stream().anyMatch(s -> s.contains(needle)))
                .toList();
        model.addAttribute("granted", granted);
        model.addAttribute("plant", models.model(granted.plant()));
        model.addAttribute("rules", Views.byRule(all));
        model.addAttribute("findings", Views.page(matching, page, FINDINGS_PER_PAGE));
        model.addAttribute("rule", rule);
        model.addAttribute("severity", severity);
        model.addAttribute("subject", subject);
        return "findings";
    }

    @GetMapping("/plants/{slug}/export.yaml")
    ResponseEntity<byte[]> export(@PathVariable String slug) {
        var granted = access.require(slug, Permission.EXPORT);
        var yaml = plants.export(granted);
        return ResponseEntity.ok()
                .contentType(new MediaType("application", "yaml", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(slug + ".yaml")
                                .build()
                                .toString())
                .body(yaml.getBytes(StandardCharsets.UTF_8));
    }

    @PostMapping("/plants/{slug}/model")
    String replace(
            @PathVariable String slug,
            @RequestParam long version,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        var granted = access.require(slug, Permission.EDIT);
        plants.replace(granted, version, text(file, "file"), name(file, "upload.yaml"));
        redirect.addFlashAttribute("notice", "The model was replaced.");
        return "redirect:/plants/" + slug;
    }

    @PostMapping("/plants/{slug}/assets/import")
    String importAssets(
            @PathVariable String slug,
            @RequestParam long version,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes redirect)
            throws IOException {
        var granted = access.require(slug, Permission.EDIT);
        var result = plants.importAssets(granted, version, text(file, "file"), name(file, "upload.csv"));
        redirect.addFlashAttribute(
                "notice",
                "Inventory imported: " + result.added().size() + " assets added, "
                        + result.updated().size() + " updated.");
        return "redirect:/plants/" + slug + "/assets";
    }

    @PostMapping("/plants/{slug}/delete")
    String delete(@PathVariable String slug, RedirectAttributes redirect) {
        var granted = access.require(slug, Permission.MANAGE);
        plants.delete(granted);
        redirect.addFlashAttribute("notice", "Plant " + granted.plant().name() + " was deleted.");
        return "redirect:/";
    }

    @GetMapping("/plants/{slug}/risk")
    String risk(@PathVariable String slug, Model model) {
        var granted = access.require(slug, Permission.READ);
        var plant = models.model(granted.plant());
        model.addAttribute("granted", granted);
        model.addAttribute("plant", plant);
        var hasRisk = !plant.risk().scenarios().isEmpty();
        model.addAttribute("hasRisk", hasRisk);
        if (hasRisk) {
            var register = AssessRisk.assess(plant);
            model.addAttribute("register", register);
            model.addAttribute("canExport", granted.can(Permission.EXPORT));
        }
        return "risk";
    }

    /**
     * The printable reports the command line writes, as self-contained pages. They carry their own inline styles and
     * no script, so they get a Content-Security-Policy of their own.
     */
    @GetMapping("/plants/{slug}/reports/{kind}")
    ResponseEntity<String> report(
            @PathVariable String slug, @PathVariable String kind, @RequestParam(required = false) Long budget) {
        var granted = access.require(slug, Permission.EXPORT);
        var plant = models.model(granted.plant());
        var today = LocalDate.now();
        String html = switch (kind) {
            case "assessment" ->
                AssessmentReportPage.render(
                        plant, models.insight(granted.plant()).assessment(), today);
            case "risk" -> RiskReportPage.risk(plant, AssessRisk.assess(plant), today);
            case "roadmap" -> {
                if (budget == null || budget <= 0) {
                    throw new InvalidInputException(
                            "a roadmap needs a budget",
                            List.of("budget: the money available for countermeasures, a whole number above 0"));
                }
                try {
                    yield RiskReportPage.roadmap(plant, PlanRoadmap.plan(plant, budget), today);
                } catch (io.zonewarden.core.roadmap.UnaffordableException e) {
                    throw new InvalidInputException(
                            "the budget cannot hold the required countermeasures",
                            List.of("budget: " + e.getMessage()));
                }
            }
            default ->
                throw new io.zonewarden.app.server.NotFoundException(
                        "no report '" + kind + "': assessment, risk or roadmap");
        };
        return ResponseEntity.ok()
                .contentType(MediaType.TEXT_HTML)
                .header(
                        "Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; img-src data:;" + " frame-ancestors 'none'")
                .body(html);
    }

    /** An uploaded model or inventory file as text; refused before it is read whole when it is too large. */
    static String text(MultipartFile file, String field) throws IOException {
        if (file.isEmpty()) {
            throw new InvalidInputException("no file was sent", List.of(field + ": choose a file"));
        }
        var name = name(file, field);
        if (file.getSize() > Uploads.MAX_TEXT_BYTES) {
            throw new InvalidInputException(
                    "the file is too large",
                    List.of(name + ": " + file.getSize() + " bytes; a model or inventory file is at most "
                            + Uploads.MAX_TEXT_BYTES + " bytes"),
                    413);
        }
        return Uploads.utf8(file.getBytes(), name);
    }

    static String name(MultipartFile file, String fallback) {
        return Uploads.fileName(file.getOriginalFilename(), fallback);
    }
}
