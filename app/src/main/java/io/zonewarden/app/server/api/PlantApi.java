package io.zonewarden.app.server.api;

import io.zonewarden.app.server.NotFoundException;
import io.zonewarden.app.server.Uploads;
import io.zonewarden.app.server.audit.AuditTrail;
import io.zonewarden.app.server.capture.CaptureService;
import io.zonewarden.app.server.plant.ModelEdits;
import io.zonewarden.app.server.plant.PlantModels;
import io.zonewarden.app.server.plant.PlantService;
import io.zonewarden.app.server.security.Permission;
import io.zonewarden.app.server.security.PlantAccess;
import io.zonewarden.core.assessment.RequirementState;
import io.zonewarden.core.assessment.ZoneAssessment;
import io.zonewarden.core.catalog.SecurityLevelVector;
import io.zonewarden.core.model.Asset;
import io.zonewarden.core.model.IpAddress;
import io.zonewarden.core.model.IpNetwork;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.model.assessment.Answer;
import io.zonewarden.core.model.assessment.AnswerStatus;
import io.zonewarden.core.risk.AssessRisk;
import io.zonewarden.core.zoning.Finding;
import io.zonewarden.core.zoning.Severity;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Plants, their model file, assets, zones, conduits, findings, assessment, risk and audit trail. */
@RestController
@RequestMapping("/api/v1/plants")
class PlantApi {

    static final MediaType YAML = new MediaType("application", "yaml", StandardCharsets.UTF_8);
    private static final int MAX_PAGE = 1000;

    private final PlantAccess access;
    private final PlantService plants;
    private final PlantModels models;
    private final CaptureService captures;
    private final AuditTrail audit;

    PlantApi(PlantAccess access, PlantService plants, PlantModels models, CaptureService captures, AuditTrail audit) {
        this.access = access;
        this.plants = plants;
        this.models = models;
        this.captures = captures;
        this.audit = audit;
    }

    @GetMapping
    List<Dtos.PlantSummary> plants() {
        return access.visible().stream()
                .map(g -> new Dtos.PlantSummary(
                        g.plant().slug(),
                        g.plant().name(),
                        g.plant().version(),
                        g.role().label(),
                        g.plant().updatedAt(),
                        g.plant().updatedBy()))
                .toList();
    }

    /** Creates a plant from a model file (the request body, YAML). */
    @PostMapping(consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    ResponseEntity<Dtos.PlantDetail> create(
            @RequestBody byte[] body, @RequestParam(defaultValue = "request body") String name) {
        access.requireAdministrator("create plants");
        var row = plants.importPlant(access.actor(), Uploads.utf8(body, name), name);
        var granted = access.require(row.slug(), Permission.READ);
        return ResponseEntity.created(URI.create("/api/v1/plants/" + row.slug()))
                .eTag(Versions.etag(row.version()))
                .body(detail(granted));
    }

    @GetMapping("/{slug}")
    ResponseEntity<Dtos.PlantDetail> plant(@PathVariable String slug) {
        var granted = access.require(slug, Permission.READ);
        return ResponseEntity.ok()
                .eTag(Versions.etag(granted.plant().version()))
                .body(detail(granted));
    }

    @DeleteMapping("/{slug}")
    ResponseEntity<Void> delete(@PathVariable String slug) {
        plants.delete(access.require(slug, Permission.MANAGE));
        return ResponseEntity.noContent().build();
    }

    /** The model file, exactly as stored; its ETag is the version a later PUT sends back in If-Match. */
    @GetMapping(
            value = "/{slug}/model",
            produces = {"application/yaml", "*/*"})
    ResponseEntity<byte[]> model(@PathVariable String slug) {
        var granted = access.require(slug, Permission.EXPORT);
        return ResponseEntity.ok()
                .contentType(YAML)
                .eTag(Versions.etag(granted.plant().version()))
                .body(plants.export(granted).getBytes(StandardCharsets.UTF_8));
    }

    @PutMapping(
            value = "/{slug}/model",
            consumes = {"application/yaml", "application/x-yaml", "text/yaml", "text/plain"})
    ResponseEntity<Dtos.PlantDetail> replace(
            @PathVariable String slug,
            @RequestBody byte[] body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestParam(required = false) @Nullable Long version) {
        var granted = access.require(slug, Permission.EDIT);
        var row = plants.replace(
                granted, Versions.required(ifMatch, version), Uploads.utf8(body, "request body"), "request body");
        return ResponseEntity.ok()
                .eTag(Versions.etag(row.version()))
                .body(detail(new PlantAccess.Granted(row, granted.role(), granted.username())));
    }

    @GetMapping("/{slug}/assets")
    Dtos.Page<Dtos.AssetDto> assets(
            @PathVariable String slug,
            @RequestParam(defaultValue = "") String q,
            @RequestParam(defaultValue = "") String zone,
            @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "100") int size) {
        var granted = access.require(slug, Permission.READ);
        var plant = models.model(granted.plant());
        var insight = models.insight(granted.plant());
        var needle = q.strip().toLowerCase(Locale.ROOT);
        var matching = new ArrayList<Asset>();
        for (var asset : plant.assets()) {
            if (!zone.isEmpty() && !plant.zonesOf(asset.id()).contains(zone)) continue;
            if (!type.isEmpty() && !asset.type().label().equals(type)) continue;
            if (!needle.isEmpty()
                    && !(asset.id().toLowerCase(Locale.ROOT).contains(needle)
                            || asset.name().toLowerCase(Locale.ROOT).contains(needle)
                            || asset.ip().stream().anyMatch(ip -> ip.toString().contains(needle)))) {
                continue;
            }
            matching.add(asset);
        }
        int pageSize = Math.max(1, Math.min(MAX_PAGE, size));
        int current = Math.max(1, page);
        int from = (int) Math.min(matching.size(), (current - 1L) * pageSize);
        int to = Math.min(matching.size(), from + pageSize);
        var items = matching.subList(from, to).stream()
                .map(a -> asset(plant, a, insight.findingsOf(a.id())))
                .toList();
        return new Dtos.Page<>(items, current, pageSize, matching.size());
    }

    @GetMapping("/{slug}/assets/{id}")
    Dtos.AssetDto asset(@PathVariable String slug, @PathVariable String id) {
        var granted = access.require(slug, Permission.READ);
        var plant = models.model(granted.plant());
        var asset = plant.asset(id)
                .orElseThrow(() -> new NotFoundException("no asset '" + id + "' in plant '" + slug + "'"));
        return asset(plant, asset, models.insight(granted.plant()).findingsOf(id));
    }

    /** Applies an asset inventory CSV (the request body): new ids added, known ids updated; all rows or none. */
    @PostMapping(
            value = "/{slug}/assets/import",
            consumes = {"text/csv", "text/plain"})
    ResponseEntity<Dtos.ImportResult> importAssets(
            @PathVariable String slug,
            @RequestBody byte[] body,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestParam(required = false) @Nullable Long version,
            @RequestParam(defaultValue = "request body") String name) {
        var granted = access.require(slug, Permission.EDIT);
        var result = plants.importAssets(granted, Versions.required(ifMatch, version), Uploads.utf8(body, name), name);
        var now = access.require(slug, Permission.READ).plant().version();
        return ResponseEntity.ok()
                .eTag(Versions.etag(now))
                .body(new Dtos.ImportResult(result.added(), result.updated(), now));
    }

    @GetMapping("/{slug}/zones")
    List<Dtos.ZoneDto> zones(@PathVariable String slug) {
        var granted = access.require(slug, Permission.READ);
        var plant = models.model(granted.plant());
        var insight = models.insight(granted.plant());
        var result = new ArrayList<Dtos.ZoneDto>();
        for (var zone : plant.zones()) {
            var assessed = insight.assessment().zone(zone.id()).orElseThrow();
            result.add(new Dtos.ZoneDto(
                    zone.id(),
                    zone.name(),
                    zone.kind().label(),
                    levels(zone.slTarget()),
                    assessed.claimedLevels(),
                    assessed.verifiedLevels(),
                    assessed.meetsTarget(),
                    zone.assets(),
                    zone.networks().stream().map(IpNetwork::toString).toList(),
                    assessed.answered(),
                    assessed.scope().size(),
                    findings(insight.findingsOf(zone.id()))));
        }
        return result;
    }

    @GetMapping("/{slug}/conduits")
    List<Dtos.ConduitDto> conduits(@PathVariable String slug) {
        var granted = access.require(slug, Permission.READ);
        var plant = models.model(granted.plant());
        var insight = models.insight(granted.plant());
        return plant.conduits().stream()
                .map(c -> new Dtos.ConduitDto(
                        c.id(),
                        c.name(),
                        c.zones(),
                        levels(c.slTarget()),
                        c.allow().stream()
                                .map(r -> new Dtos.RuleDto(r.from(), r.to(), r.protocol(), r.port(), r.functions()))
                                .toList(),
                        findings(insight.findingsOf(c.id()))))
                .toList();
    }

    @GetMapping("/{slug}/findings")
    List<Dtos.FindingDto> findings(@PathVariable String slug) {
        var granted = access.require(slug, Permission.READ);
        return findings(models.insight(granted.plant()).validation().findings());
    }

    @GetMapping("/{slug}/assessment")
    List<Dtos.ZoneAssessmentDto> assessment(@PathVariable String slug) {
        var granted = access.require(slug, Permission.READ);
        return models.insight(granted.plant()).assessment().zones().stream()
                .map(PlantApi::zoneAssessment)
                .toList();
    }

    @GetMapping("/{slug}/assessment/zones/{zone}")
    Dtos.ZoneAssessmentDto zoneAssessment(@PathVariable String slug, @PathVariable String zone) {
        var granted = access.require(slug, Permission.READ);
        return models.insight(granted.plant())
                .assessment()
                .zone(zone)
                .map(PlantApi::zoneAssessment)
                .orElseThrow(() -> new NotFoundException("no zone '" + zone + "' in plant '" + slug + "'"));
    }

    /** Answers one requirement for one zone; the response is the zone's recomputed assessment. */
    @PutMapping("/{slug}/assessment/zones/{zone}/requirements/{requirement}")
    ResponseEntity<Dtos.ZoneAssessmentDto> answer(
            @PathVariable String slug,
            @PathVariable String zone,
            @PathVariable String requirement,
            @RequestBody Dtos.AnswerRequest request,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestParam(required = false) @Nullable Long version) {
        var granted = access.require(slug, Permission.EDIT);
        long expected = Versions.required(ifMatch, version);
        var status = AnswerStatus.ofLabel(request.status() == null ? "" : request.status())
                .orElseThrow(() -> new io.zonewarden.app.server.InvalidInputException(
                        "the answer was not saved",
                        List.of("status: one of " + AnswerStatus.labels() + ", got '" + request.status() + "'")));
        var previous =
                models.model(granted.plant()).assessment().answersFor(zone).get(requirement);
        Answer answer;
        try {
            answer = new Answer(
                            requirement,
                            status,
                            request.note(),
                            request.justification(),
                            request.countermeasure(),
                            previous == null ? List.of() : previous.evidence(),
                            granted.username(),
                            LocalDate.now())
                    .checkedAs(
                            ModelEdits.verification(request.verification(), status, previous),
                            previous,
                            granted.username(),
                            LocalDate.now());
        } catch (IllegalArgumentException e) {
            throw new io.zonewarden.app.server.InvalidInputException(
                    "the answer was not saved", List.of(e.getMessage()));
        }
        var row = plants.change(
                granted,
                expected,
                "assessment.answer",
                "zone " + zone + " / " + requirement,
                p -> ModelEdits.answer(p, zone, requirement, answer),
                (b, a) -> new String[] {
                    previous == null ? null : previous.status().label(), status.label()
                });
        var assessed = models.insight(row).assessment().zone(zone).orElseThrow();
        return ResponseEntity.ok().eTag(Versions.etag(row.version())).body(zoneAssessment(assessed));
    }

    @DeleteMapping("/{slug}/assessment/zones/{zone}/requirements/{requirement}")
    ResponseEntity<Dtos.ZoneAssessmentDto> unanswer(
            @PathVariable String slug,
            @PathVariable String zone,
            @PathVariable String requirement,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestParam(required = false) @Nullable Long version) {
        var granted = access.require(slug, Permission.EDIT);
        var previous =
                models.model(granted.plant()).assessment().answersFor(zone).get(requirement);
        var row = plants.change(
                granted,
                Versions.required(ifMatch, version),
                "assessment.answer",
                "zone " + zone + " / " + requirement,
                p -> ModelEdits.answer(p, zone, requirement, null),
                (b, a) -> new String[] {
                    previous == null ? null : previous.status().label(), null
                });
        var assessed = models.insight(row).assessment().zone(zone).orElseThrow();
        return ResponseEntity.ok().eTag(Versions.etag(row.version())).body(zoneAssessment(assessed));
    }

    @GetMapping("/{slug}/risks")
    Dtos.RiskDto risks(@PathVariable String slug) {
        var granted = access.require(slug, Permission.READ);
        var plant = models.model(granted.plant());
        if (plant.risk().scenarios().isEmpty()) return new Dtos.RiskDto(List.of(), List.of());
        var register = AssessRisk.assess(plant);
        return new Dtos.RiskDto(
                register.scenarios().stream()
                        .map(s -> new Dtos.ScenarioDto(
                                s.id(),
                                s.scenario().description(),
                                s.consequence(),
                                s.inherentScore(),
                                s.residualScore(),
                                s.residualTolerable(),
                                s.scenario().targets()))
                        .toList(),
                register.zones().stream()
                        .map(z -> new Dtos.ZoneRiskDto(
                                z.zone(),
                                z.scenarios(),
                                levels(z.declared()),
                                // null when no scenario targets the zone: not derived is not SL 0
                                z.derivedFromScenarios() ? levels(z.derived()) : null))
                        .toList());
    }

    @GetMapping("/{slug}/audit")
    Dtos.Page<Dtos.AuditDto> audit(
            @PathVariable String slug,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "100") int size) {
        var granted = access.require(slug, Permission.AUDIT);
        int pageSize = Math.max(1, Math.min(MAX_PAGE, size));
        int current = Math.max(1, page);
        var entries = audit.entries(granted.plant().id(), (current - 1L) * pageSize, pageSize).stream()
                .map(AuditApi::dto)
                .toList();
        return new Dtos.Page<>(
                entries, current, pageSize, audit.count(granted.plant().id()));
    }

    private Dtos.PlantDetail detail(PlantAccess.Granted granted) {
        var plant = models.model(granted.plant());
        var insight = models.insight(granted.plant());
        long answered = 0;
        long inScope = 0;
        for (var z : insight.assessment().zones()) {
            answered += z.answered();
            inScope += z.scope().size();
        }
        var counts = insight.validation().counts();
        return new Dtos.PlantDetail(
                granted.plant().slug(),
                plant.info().name(),
                plant.info().site(),
                granted.plant().version(),
                granted.role().label(),
                plant.assets().size(),
                plant.zones().size(),
                plant.conduits().size(),
                counts.get(Severity.ERROR),
                counts.get(Severity.WARNING),
                inScope == 0 ? 100 : (int) (answered * 100 / inScope),
                captures.alertCount(granted, true));
    }

    private static Dtos.AssetDto asset(Plant plant, Asset a, List<Finding> findings) {
        return new Dtos.AssetDto(
                a.id(),
                a.name(),
                a.type().label(),
                plant.zonesOf(a.id()),
                a.ip().stream().map(IpAddress::toString).toList(),
                a.mac() == null ? null : a.mac().toString(),
                a.vendor(),
                a.model(),
                a.firmware(),
                a.purdue() == null ? null : a.purdue().label(),
                a.criticality() == null ? null : a.criticality().label(),
                a.isSafetyRelated(),
                levels(a.slCapability()),
                findings(findings));
    }

    private static Dtos.ZoneAssessmentDto zoneAssessment(ZoneAssessment z) {
        return new Dtos.ZoneAssessmentDto(
                z.zone(),
                levels(z.slTarget()),
                z.claimedLevels(),
                z.verifiedLevels(),
                z.gap(),
                z.meetsTarget(),
                z.answered(),
                z.scope().size(),
                z.scope().stream().map(PlantApi::requirement).toList());
    }

    private static Dtos.RequirementDto requirement(RequirementState s) {
        var a = s.answer();
        return new Dtos.RequirementDto(
                s.requirement().id(),
                s.requirement().title(),
                s.requirement().requiredFrom().toString(),
                s.state(),
                a == null ? null : a.note(),
                a == null ? null : a.justification(),
                a == null ? null : a.countermeasure(),
                a == null
                        ? List.of()
                        : a.evidence().stream().map(e -> e.describe()).toList(),
                a == null || a.verification() == null ? null : a.verification().label(),
                a == null ? null : a.verifiedBy(),
                a == null || a.verifiedOn() == null ? null : a.verifiedOn().toString());
    }

    private static List<Dtos.FindingDto> findings(List<Finding> findings) {
        return findings.stream()
                .map(f -> new Dtos.FindingDto(f.rule(), f.severity().label(), f.subjects(), f.message(), f.remedy()))
                .toList();
    }

    private static @Nullable List<Integer> levels(@Nullable SecurityLevelVector vector) {
        return vector == null ? null : Arrays.stream(vector.toArray()).boxed().toList();
    }
}
