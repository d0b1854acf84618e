package io.zonewarden.app.server.api;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the API returns: plain records, SL vectors as lists of seven levels (FR1..FR7). */
final class Dtos {

    private Dtos() {}

    record PlantSummary(String id, String name, long version, String role, Instant updatedAt, String updatedBy) {}

    record PlantDetail(
            String id,
            String name,
            @Nullable String site,
            long version,
            String role,
            int assets,
            int zones,
            int conduits,
            int errors,
            int warnings,
            int assessmentPercent,
            long openAlerts) {}

    record Page<T>(List<T> items, int page, int size, long total) {}

    record AssetDto(
            String id,
            String name,
            String type,
            List<String> zones,
            List<String> ip,
            @Nullable String mac,
            @Nullable String vendor,
            @Nullable String model,
            @Nullable String firmware,
            @Nullable String purdue,
            @Nullable String criticality,
            boolean safety,
            @Nullable List<Integer> slCapability,
            List<FindingDto> findings) {}

    record ZoneDto(
            String id,
            String name,
            String kind,
            @Nullable List<Integer> slTarget,
            List<@Nullable Integer> slAchieved,
            List<@Nullable Integer> slVerified,
            boolean meetsTarget,
            List<String> assets,
            List<String> networks,
            long answered,
            int inScope,
            List<FindingDto> findings) {}

    record RuleDto(
            String from,
            String to,
            String protocol,
            @Nullable Integer port,
            List<String> functions) {}

    record ConduitDto(
            String id,
            @Nullable String name,
            List<String> zones,
            @Nullable List<Integer> slTarget,
            List<RuleDto> allow,
            List<FindingDto> findings) {}

    record FindingDto(String rule, String severity, List<String> subjects, String message, String remedy) {}

    record RequirementDto(
            String id,
            String title,
            String requiredFrom,
            String state,
            @Nullable String note,
            @Nullable String justification,
            @Nullable String countermeasure,
            List<String> evidence,
            @Nullable String verification,
            @Nullable String verifiedBy,
            @Nullable String verifiedOn) {}

    /**
     * A zone's assessment. {@code slAchieved} (claimed) and {@code slVerified} hold seven entries, FR 1..FR 7, each
     * {@code null} where no requirement of the FR has an answer (not assessed); {@code gap} likewise.
     */
    record ZoneAssessmentDto(
            String zone,
            @Nullable List<Integer> slTarget,
            List<@Nullable Integer> slAchieved,
            List<@Nullable Integer> slVerified,
            List<@Nullable Integer> gap,
            boolean meetsTarget,
            long answered,
            int inScope,
            List<RequirementDto> requirements) {}

    /**
     * An answer as a client gives it. {@code verification} (interview, document, observation, test) is recorded with
     * the signed-in user and today; left out, the earlier verification stays while the status does not change.
     */
    record AnswerRequest(
            String status,
            @Nullable String note,
            @Nullable String justification,
            @Nullable String countermeasure,
            @Nullable String verification) {}

    record ScenarioDto(
            String id,
            @Nullable String description,
            int consequence,
            int inherent,
            int residual,
            boolean residualTolerable,
            List<String> targets) {}

    record ZoneRiskDto(
            String zone,
            List<String> scenarios,
            @Nullable List<Integer> declared,
            @Nullable List<Integer> derived) {}

    record RiskDto(List<ScenarioDto> scenarios, List<ZoneRiskDto> zones) {}

    record CaptureDto(
            long id,
            String fileName,
            long sizeBytes,
            String sha256,
            String state,
            double progress,
            @Nullable Long packets,
            @Nullable Long malformed,
            @Nullable Instant firstSeen,
            @Nullable Instant lastSeen,
            @Nullable String error,
            Instant uploadedAt,
            String uploadedBy) {}

    record AlertDto(
            long id,
            long capture,
            String kind,
            String rule,
            String severity,
            @Nullable String technique,
            String title,
            String client,
            @Nullable String clientAsset,
            String server,
            @Nullable String serverAsset,
            String protocol,
            long packets,
            Instant firstSeen,
            Instant lastSeen,
            String evidence,
            boolean open,
            @Nullable String acknowledgedBy,
            @Nullable Instant acknowledgedAt,
            @Nullable String comment,
            long version) {}

    record AcknowledgeRequest(String comment, long version) {}

    record AuditDto(
            long seq,
            Instant at,
            String actor,
            @Nullable String plant,
            String action,
            String target,
            @Nullable String before,
            @Nullable String after,
            String hash) {}

    /** The audit chain head: the newest entry's number and hash, and both as {@code seq:hash}. */
    record AuditHeadDto(long seq, String hash, String head) {}

    record ImportResult(List<String> added, List<String> updated, long version) {}
}
