package io.zonewarden.app.server.api;

import io.zonewarden.app.server.audit.AuditEntry;
import io.zonewarden.app.server.audit.AuditTrail;
import io.zonewarden.app.server.security.PlantAccess;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The installation's whole audit trail and its chain head, for installation administrators. The head is what to keep
 * outside the server and give to {@code zonewarden audit verify --expect-head} later.
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditApi {

    private static final int MAX_PAGE = 1000;

    private final PlantAccess access;
    private final AuditTrail audit;

    AuditApi(PlantAccess access, AuditTrail audit) {
        this.access = access;
        this.audit = audit;
    }

    /** Every entry, of every plant (also of deleted ones) and of the accounts, newest first. */
    @GetMapping
    Dtos.Page<Dtos.AuditDto> entries(
            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "100") int size) {
        requireAdministrator();
        int pageSize = Math.max(1, Math.min(MAX_PAGE, size));
        int current = Math.max(1, page);
        var entries = audit.entries(null, (current - 1L) * pageSize, pageSize).stream()
                .map(AuditApi::dto)
                .toList();
        return new Dtos.Page<>(entries, current, pageSize, audit.count(null));
    }

    @GetMapping("/head")
    Dtos.AuditHeadDto head() {
        requireAdministrator();
        var head = audit.head();
        return new Dtos.AuditHeadDto(head.seq(), head.hash(), head.toString());
    }

    static Dtos.AuditDto dto(AuditEntry e) {
        return new Dtos.AuditDto(
                e.seq(), e.at(), e.actor(), e.plant(), e.action(), e.target(), e.before(), e.after(), e.hash());
    }

    private void requireAdministrator() {
        if (!access.administrator())
            throw new AccessDeniedException("only an administrator of this installation reads the whole audit trail");
    }
}
