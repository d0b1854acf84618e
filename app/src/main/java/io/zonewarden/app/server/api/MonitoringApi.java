package io.zonewarden.app.server.api;

import io.zonewarden.app.server.InvalidInputException;
import io.zonewarden.app.server.capture.CaptureService;
import io.zonewarden.app.server.security.Permission;
import io.zonewarden.app.server.security.PlantAccess;
import io.zonewarden.app.server.store.AlertStore;
import io.zonewarden.app.server.store.CaptureStore;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Captures (upload and analysis state) and the alerts they raised. */
@RestController
@RequestMapping("/api/v1/plants/{slug}")
class MonitoringApi {

    private static final int MAX_PAGE = 1000;

    private final PlantAccess access;
    private final CaptureService captures;

    MonitoringApi(PlantAccess access, CaptureService captures) {
        this.access = access;
        this.captures = captures;
    }

    @GetMapping("/captures")
    List<Dtos.CaptureDto> captures(@PathVariable String slug) {
        var granted = access.require(slug, Permission.READ);
        return captures.captures(granted).stream().map(MonitoringApi::dto).toList();
    }

    @GetMapping("/captures/{id}")
    Dtos.CaptureDto capture(@PathVariable String slug, @PathVariable long id) {
        return dto(captures.capture(access.require(slug, Permission.READ), id));
    }

    /** Uploads a capture as a multipart form field {@code file}; its analysis runs in the background. */
    @PostMapping(value = "/captures", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Dtos.CaptureDto> upload(@PathVariable String slug, @RequestPart("file") MultipartFile file)
            throws IOException {
        var granted = access.require(slug, Permission.EDIT);
        if (file.isEmpty()) throw new InvalidInputException("no capture was sent", List.of("file: the part is empty"));
        try (var in = file.getInputStream()) {
            var capture = captures.upload(
                    granted, file.getOriginalFilename() == null ? "capture" : file.getOriginalFilename(), in);
            return ResponseEntity.accepted()
                    .location(URI.create("/api/v1/plants/" + slug + "/captures/" + capture.id()))
                    .body(dto(capture));
        }
    }

    /** Uploads a capture as the raw request body; {@code name} names it. */
    @PostMapping(
            value = "/captures",
            consumes = {"application/vnd.tcpdump.pcap", "application/octet-stream"})
    ResponseEntity<Dtos.CaptureDto> uploadRaw(
            @PathVariable String slug,
            @RequestParam(defaultValue = "capture.pcap") String name,
            HttpServletRequest request)
            throws IOException {
        var granted = access.require(slug, Permission.EDIT);
        try (var in = request.getInputStream()) {
            var capture = captures.upload(granted, name, in);
            return ResponseEntity.accepted()
                    .location(URI.create("/api/v1/plants/" + slug + "/captures/" + capture.id()))
                    .body(dto(capture));
        }
    }

    @GetMapping("/alerts")
    Dtos.Page<Dtos.AlertDto> alerts(
            @PathVariable String slug,
            @RequestParam(defaultValue = "open") String state,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "100") int size) {
        var granted = access.require(slug, Permission.READ);
        if (!state.equals("open") && !state.equals("all")) {
            throw new InvalidInputException("unknown alert state", List.of("state: open or all, got '" + state + "'"));
        }
        boolean open = state.equals("open");
        int pageSize = Math.max(1, Math.min(MAX_PAGE, size));
        int current = Math.max(1, page);
        var items = captures.alerts(granted, open, (current - 1L) * pageSize, pageSize).stream()
                .map(MonitoringApi::dto)
                .toList();
        return new Dtos.Page<>(items, current, pageSize, captures.alertCount(granted, open));
    }

    @GetMapping("/alerts/{id}")
    Dtos.AlertDto alert(@PathVariable String slug, @PathVariable long id) {
        return dto(captures.alert(access.require(slug, Permission.READ), id));
    }

    @PostMapping("/alerts/{id}/acknowledge")
    Dtos.AlertDto acknowledge(
            @PathVariable String slug, @PathVariable long id, @RequestBody Dtos.AcknowledgeRequest request) {
        var granted = access.require(slug, Permission.EDIT);
        return dto(captures.acknowledge(
                granted, id, request.version(), request.comment() == null ? "" : request.comment()));
    }

    private static Dtos.CaptureDto dto(CaptureStore.Capture c) {
        return new Dtos.CaptureDto(
                c.id(),
                c.fileName(),
                c.sizeBytes(),
                c.sha256(),
                c.state(),
                c.progress(),
                c.packets(),
                c.malformed(),
                c.firstSeen(),
                c.lastSeen(),
                c.error(),
                c.uploadedAt(),
                c.uploadedBy());
    }

    private static Dtos.AlertDto dto(AlertStore.Alert a) {
        return new Dtos.AlertDto(
                a.id(),
                a.captureId(),
                a.kind(),
                a.rule(),
                a.severity(),
                a.technique(),
                a.title(),
                a.client(),
                a.clientAsset(),
                a.server(),
                a.serverAsset(),
                a.protocol(),
                a.packets(),
                a.firstSeen(),
                a.lastSeen(),
                a.evidence(),
                a.open(),
                a.acknowledgedBy(),
                a.acknowledgedAt(),
                a.comment(),
                a.version());
    }
}
