package io.zonewarden.app.server.web;

import io.zonewarden.app.server.InvalidInputException;
import io.zonewarden.app.server.NotFoundException;
import io.zonewarden.app.server.Uploads;
import io.zonewarden.app.server.audit.AuditTrail;
import io.zonewarden.app.server.plant.ModelEdits;
import io.zonewarden.app.server.plant.PlantModels;
import io.zonewarden.app.server.plant.PlantService;
import io.zonewarden.app.server.security.Permission;
import io.zonewarden.app.server.security.PlantAccess;
import io.zonewarden.app.server.store.EvidenceStore;
import io.zonewarden.core.assessment.ZoneAssessment;
import io.zonewarden.core.model.assessment.Answer;
import io.zonewarden.core.model.assessment.AnswerStatus;
import io.zonewarden.core.model.assessment.Evidence;
import io.zonewarden.core.model.assessment.Verification;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The zero measurement per zone: the checklist of the IEC 62443-3-3 requirements in scope for the zone's SL-T,
 * answered in place (htmx), with evidence files; SL-A is recomputed from the stored model after every answer.
 */
@Controller
class AssessmentPages {

    static final long MAX_EVIDENCE_BYTES = 50L << 20;

    private final PlantAccess access;
    private final PlantModels models;
    private final PlantService plants;
    private final EvidenceStore evidence;
    private final TransactionTemplate transactions;
    private final AuditTrail audit;
    private final Formats formats;

    AssessmentPages(
            PlantAccess access,
            PlantModels models,
            PlantService plants,
            EvidenceStore evidence,
            TransactionTemplate transactions,
            AuditTrail audit,
            Formats formats) {
        this.access = access;
        this.models = models;
        this.plants = plants;
        this.evidence = evidence;
        this.transactions = transactions;
        this.audit = audit;
        this.formats = formats;
    }

    @GetMapping("/plants/{slug}/assessment")
    String checklist(@PathVariable String slug, @RequestParam(required = false) @Nullable String zone, Model model) {
        var granted = access.require(slug, Permission.READ);
        var plant = models.model(granted.plant());
        if (plant.zones().isEmpty()) {
            model.addAttribute("granted", granted);
            model.addAttribute("plant", plant);
            model.addAttribute("zoneRow", null);
            return "assessment";
        }
        var zoneId = zone == null ? plant.zones().get(0).id() : zone;
        fill(model, granted, zoneId);
        return "assessment";
    }

    @PostMapping("/plants/{slug}/assessment/{zone}/answer")
    String answer(
            @PathVariable String slug,
            @PathVariable String zone,
            @RequestParam long version,
            @RequestParam String requirement,
            @RequestParam String status,
            @RequestParam(defaultValue = "") String note,
            @RequestParam(defaultValue = "") String justification,
            @RequestParam(defaultValue = "") String countermeasure,
            @RequestParam(name = "evidence", required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable String seen,
            @RequestParam(required = false) @Nullable String verification,
            Model model)
            throws IOException {
        var granted = access.require(slug, Permission.EDIT);
        var current = models.model(granted.plant());
        var previous = current.assessment().answersFor(zone).get(requirement);
        // Several assessors answer one plant at once: a page's version is often behind. When this requirement's
        // answer is still the one the page showed, the answer goes on top of the newer version; only a change to
        // this very requirement meanwhile refuses it.
        final long base =
                version != granted.plant().version() && seen != null && seen.equals(formats.answerTag(previous))
                        ? granted.plant().version()
                        : version;
        Answer answer;
        if (status.isEmpty()) {
            answer = null;
        } else {
            var parsed = AnswerStatus.ofLabel(status)
                    .orElseThrow(() -> new InvalidInputException(
                            "the answer was not saved",
                            List.of("status: one of " + AnswerStatus.labels() + ", got '" + status + "'")));
            var evidenceList = new ArrayList<Evidence>(previous == null ? List.of() : previous.evidence());
            try {
                answer = new Answer(
                        requirement,
                        parsed,
                        blankToNull(note),
                        blankToNull(justification),
                        blankToNull(countermeasure),
                        evidenceList,
                        granted.username(),
                        LocalDate.now());
                var how = ModelEdits.verification(verification, parsed, previous);
                // the row's form sends the method it shows along with a new status; that method was the check of
                // the earlier status, so it does not carry over: the assessor chooses it again once checked
                if (previous != null && previous.status() != parsed && previous.verification() == how) how = null;
                answer = answer.checkedAs(how, previous, granted.username(), LocalDate.now());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("the answer was not saved", List.of(e.getMessage()));
            }
        }
        var upload = answer != null && file != null && !file.isEmpty() ? upload(file) : null;
        final Answer given = answer;
        // the evidence file and the answer naming it are stored together or not at all
        var row = transactions.execute(tx -> {
            var chosen = upload == null || given == null ? given : withEvidence(granted, given, upload);
            return plants.change(
                    granted,
                    base,
                    "assessment.answer",
                    "zone " + zone + " / " + requirement,
                    p -> ModelEdits.answer(p, zone, requirement, chosen),
                    (b, a) -> new String[] {describe(previous), describe(chosen)});
        });
        var assessed = fill(model, new PlantAccess.Granted(row, granted.role(), granted.username()), zone);
        model.addAttribute(
                "state",
                assessed.scope().stream()
                        .filter(s -> s.requirement().id().equals(requirement))
                        .findFirst()
                        .orElse(null));
        return "assessment :: answered";
    }

    @GetMapping("/plants/{slug}/evidence/{id}")
    ResponseEntity<byte[]> download(@PathVariable String slug, @PathVariable long id) {
        var granted = access.require(slug, Permission.EXPORT);
        var file = evidence.find(granted.plant().id(), id)
                .orElseThrow(() -> new NotFoundException("no evidence file " + id + " in plant " + slug));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_OCTET_STREAM)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-SHA256", file.sha256())
                .body(evidence.content(granted.plant().id(), id));
    }

    private record Upload(String name, String type, byte[] bytes, String sha256) {}

    private static Upload upload(MultipartFile file) throws IOException {
        if (file.getSize() > MAX_EVIDENCE_BYTES) {
            throw new InvalidInputException(
                    "the evidence file is too large",
                    List.of("evidence: " + file.getSize() + " bytes; an evidence file is at most " + MAX_EVIDENCE_BYTES
                            + " bytes"),
                    413);
        }
        var bytes = file.getBytes();
        var sha = Uploads.sha256(bytes);
        var type = file.getContentType() == null ? "application/octet-stream" : file.getContentType();
        return new Upload(PlantPages.name(file, "evidence"), type, bytes, sha);
    }

    private Answer withEvidence(PlantAccess.Granted granted, Answer answer, Upload upload) {
        var name = upload.name();
        var sha = upload.sha256();
        long id = evidence.insert(granted.plant().id(), name, upload.type(), upload.bytes(), sha, granted.username());
        audit.record(
                granted.username(),
                granted.plant(),
                "evidence.upload",
                "evidence " + id,
                null,
                name + ", " + upload.bytes().length + " bytes, sha256 " + sha);
        var list = new ArrayList<>(answer.evidence());
        list.add(new Evidence(name, null, "evidence/" + id + "/" + name, sha, null, null));
        return new Answer(
                answer.requirement(),
                answer.status(),
                answer.note(),
                answer.justification(),
                answer.countermeasure(),
                list,
                answer.assessor(),
                answer.date(),
                answer.verification(),
                answer.verifiedBy(),
                answer.verifiedOn());
    }

    /** Puts a zone's checklist in the model; returns the zone's assessment. */
    private ZoneAssessment fill(Model model, PlantAccess.Granted granted, String zoneId) {
        var plant = models.model(granted.plant());
        var zone = plant.zone(zoneId).orElseThrow(() -> new NotFoundException("no zone '" + zoneId + "'"));
        var insight = models.insight(granted.plant());
        var assessed = insight.assessment().zone(zoneId).orElseThrow();
        model.addAttribute("granted", granted);
        model.addAttribute("plant", plant);
        model.addAttribute("zone", zone);
        model.addAttribute(
                "zoneRow",
                Views.zoneRow(zone, assessed, insight.findingsOf(zoneId).size()));
        model.addAttribute("states", assessed.scope());
        model.addAttribute("statuses", AnswerStatus.labels());
        model.addAttribute("verifications", Verification.labels());
        model.addAttribute("canEdit", granted.can(Permission.EDIT));
        model.addAttribute("version", granted.plant().version());
        return assessed;
    }

    private static @Nullable String blankToNull(String s) {
        return s.isBlank() ? null : s.strip();
    }

    private static @Nullable String describe(@Nullable Answer a) {
        if (a == null) return null;
        var sb = new StringBuilder(a.status().label());
        if (a.note() != null) sb.append("; note: ").append(a.note());
        if (a.justification() != null) sb.append("; justification: ").append(a.justification());
        if (a.countermeasure() != null) sb.append("; countermeasure: ").append(a.countermeasure());
        if (a.verification() != null)
            sb.append("; verification: ").append(a.verification().label());
        for (var e : a.evidence())
            sb.append("; evidence: ").append(e.describe()).append(e.sha256() == null ? "" : " sha256 " + e.sha256());
        return sb.toString();
    }
}
