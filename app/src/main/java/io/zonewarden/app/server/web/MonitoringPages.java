package io.zonewarden.app.server.web;

import io.zonewarden.app.server.InvalidInputException;
import io.zonewarden.app.server.capture.CaptureService;
import io.zonewarden.app.server.security.Permission;
import io.zonewarden.app.server.security.PlantAccess;
import io.zonewarden.app.server.store.ObservationStore;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Monitoring: capture upload, the analyses with their progress, the alerts and their acknowledgement. */
@Controller
class MonitoringPages {

    private static final int ALERTS_PER_PAGE = 50;

    private final PlantAccess access;
    private final CaptureService captures;
    private final ObservationStore observations;

    MonitoringPages(PlantAccess access, CaptureService captures, ObservationStore observations) {
        this.access = access;
        this.captures = captures;
        this.observations = observations;
    }

    @GetMapping("/plants/{slug}/monitoring")
    String monitoring(
            @PathVariable String slug,
            @RequestParam(defaultValue = "open") String show,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(name = "HX-Request", required = false) @Nullable String htmx,
            Model model) {
        var granted = access.require(slug, Permission.READ);
        boolean openOnly = !show.equals("all");
        var total = captures.alertCount(granted, openOnly);
        int current = Views.clamp(page, total, ALERTS_PER_PAGE);
        var list = captures.captures(granted);
        model.addAttribute("granted", granted);
        model.addAttribute("plant", granted.plant());
        model.addAttribute("captures", list);
        model.addAttribute(
                "busy",
                list.stream()
                        .anyMatch(c -> c.state().equals("queued") || c.state().equals("analysing")));
        model.addAttribute(
                "alerts",
                new Views.Page<>(
                        captures.alerts(granted, openOnly, (current - 1L) * ALERTS_PER_PAGE, ALERTS_PER_PAGE),
                        current,
                        ALERTS_PER_PAGE,
                        total));
        model.addAttribute("show", openOnly ? "open" : "all");
        model.addAttribute("canEdit", granted.can(Permission.EDIT));
        return htmx != null ? "monitoring :: live" : "monitoring";
    }

    @GetMapping("/plants/{slug}/captures/{id}")
    String capture(@PathVariable String slug, @PathVariable long id, Model model) {
        var granted = access.require(slug, Permission.READ);
        var capture = captures.capture(granted, id);
        model.addAttribute("granted", granted);
        model.addAttribute("plant", granted.plant());
        model.addAttribute("capture", capture);
        model.addAttribute("flows", observations.flows(granted.plant().id(), id, 200));
        model.addAttribute(
                "protocols",
                capture.protocols() == null
                        ? List.of()
                        : List.of(capture.protocols().split("\n")));
        return "capture";
    }

    @PostMapping("/plants/{slug}/captures")
    String upload(@PathVariable String slug, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        var granted = access.require(slug, Permission.EDIT);
        if (file.isEmpty())
            throw new InvalidInputException("no capture was sent", List.of("file: choose a pcap or pcapng file"));
        try (var in = file.getInputStream()) {
            var capture = captures.upload(granted, PlantPages.name(file, "capture"), in);
            redirect.addFlashAttribute(
                    "notice",
                    "Capture " + capture.fileName() + " received (" + capture.sizeBytes()
                            + " bytes); its analysis is under way.");
        }
        return "redirect:/plants/" + slug + "/monitoring";
    }

    @PostMapping("/plants/{slug}/alerts/{id}/acknowledge")
    String acknowledge(
            @PathVariable String slug,
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(defaultValue = "") String comment,
            RedirectAttributes redirect) {
        var granted = access.require(slug, Permission.EDIT);
        captures.acknowledge(granted, id, version, comment);
        redirect.addFlashAttribute("notice", "Alert " + id + " acknowledged.");
        return "redirect:/plants/" + slug + "/monitoring";
    }
}
