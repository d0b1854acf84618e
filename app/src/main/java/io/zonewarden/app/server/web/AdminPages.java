package io.zonewarden.app.server.web;

import io.zonewarden.app.server.InvalidInputException;
import io.zonewarden.app.server.audit.AuditTrail;
import io.zonewarden.app.server.plant.PlantService;
import io.zonewarden.app.server.security.Accounts;
import io.zonewarden.app.server.security.LoginThrottle;
import io.zonewarden.app.server.security.Permission;
import io.zonewarden.app.server.security.PlantAccess;
import io.zonewarden.app.server.security.PlantRole;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Members and roles of a plant, accounts of the installation, and the audit trail. */
@Controller
class AdminPages {

    private static final int AUDIT_PAGE = 100;

    private final PlantAccess access;
    private final PlantService plants;
    private final Accounts accounts;
    private final AuditTrail audit;

    private final LoginThrottle throttle;

    AdminPages(PlantAccess access, PlantService plants, Accounts accounts, AuditTrail audit, LoginThrottle throttle) {
        this.access = access;
        this.plants = plants;
        this.accounts = accounts;
        this.audit = audit;
        this.throttle = throttle;
    }

    @GetMapping("/plants/{slug}/members")
    String members(@PathVariable String slug, Model model) {
        var granted = access.require(slug, Permission.READ);
        model.addAttribute("granted", granted);
        model.addAttribute("plant", granted.plant());
        model.addAttribute("members", plants.members(granted));
        model.addAttribute(
                "administrators",
                accounts.all().stream()
                        .filter(a -> a.administrator() && a.enabled())
                        .map(a -> a.username())
                        .toList());
        model.addAttribute("roles", PlantRole.labels());
        model.addAttribute("canManage", granted.can(Permission.MANAGE));
        return "members";
    }

    @PostMapping("/plants/{slug}/members")
    String setMember(
            @PathVariable String slug,
            @RequestParam String username,
            @RequestParam String role,
            RedirectAttributes redirect) {
        var granted = access.require(slug, Permission.MANAGE);
        plants.setMember(granted, username.strip(), role.equals("none") ? null : role);
        redirect.addFlashAttribute(
                "notice",
                role.equals("none")
                        ? username + " is no longer a member."
                        : username + " is now " + role + " of this plant.");
        return "redirect:/plants/" + slug + "/members";
    }

    @GetMapping("/plants/{slug}/audit")
    String plantAudit(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
        var granted = access.require(slug, Permission.AUDIT);
        model.addAttribute("granted", granted);
        model.addAttribute("plant", granted.plant());
        fillAudit(model, granted.plant().id(), page);
        return "audit";
    }

    @GetMapping("/audit")
    String allAudit(@RequestParam(defaultValue = "1") int page, Model model) {
        requireAdministrator();
        fillAudit(model, null, page);
        model.addAttribute("head", audit.head().toString());
        return "audit";
    }

    @GetMapping("/accounts")
    String accounts(Model model) {
        requireAdministrator();
        model.addAttribute("accounts", accounts.all());
        return "accounts";
    }

    @PostMapping("/accounts")
    String create(
            @RequestParam String username,
            @RequestParam(defaultValue = "") String displayName,
            @RequestParam String password,
            @RequestParam(defaultValue = "false") boolean administrator,
            RedirectAttributes redirect) {
        requireAdministrator();
        accounts.create(access.actor(), username.strip(), displayName, password, administrator);
        redirect.addFlashAttribute("notice", "Account " + username.strip() + " created.");
        return "redirect:/accounts";
    }

    @PostMapping("/accounts/{username}/enabled")
    String enable(@PathVariable String username, @RequestParam boolean enabled, RedirectAttributes redirect) {
        requireAdministrator();
        if (username.equals(access.actor()) && !enabled) {
            throw new InvalidInputException("you cannot disable your own account", List.of());
        }
        accounts.setEnabled(access.actor(), username, enabled);
        redirect.addFlashAttribute("notice", "Account " + username + (enabled ? " enabled." : " disabled."));
        return "redirect:/accounts";
    }

    @GetMapping("/account")
    String account() {
        return "account";
    }

    @PostMapping("/account/password")
    String password(
            @RequestParam String current,
            @RequestParam String password,
            @RequestParam String confirm,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        // wrong current passwords count as failed sign-ins: a session left open must not let someone guess the
        // password and keep the account (OWASP ASVS 4.0 2.2.1)
        var actor = access.actor();
        var address = request.getRemoteAddr();
        boolean locked = throttle.refusal(actor, address).isPresent();
        if (locked || !accounts.passwordMatches(actor, current)) {
            if (!locked) throttle.failed(actor, address);
            throw new InvalidInputException(
                    "the password was not changed",
                    List.of("current: not your current password, or too many wrong attempts: wait and try again"));
        }
        if (!password.equals(confirm)) {
            throw new InvalidInputException(
                    "the password was not changed", List.of("confirm: the two passwords differ"));
        }
        accounts.changePassword(access.actor(), access.actor(), password);
        redirect.addFlashAttribute("notice", "Your password was changed.");
        return "redirect:/account";
    }

    private void fillAudit(Model model, @org.jspecify.annotations.Nullable Long plant, int page) {
        long total = audit.count(plant);
        int current = Views.clamp(page, total, AUDIT_PAGE);
        model.addAttribute(
                "entries",
                new Views.Page<>(
                        audit.entries(plant, (current - 1L) * AUDIT_PAGE, AUDIT_PAGE), current, AUDIT_PAGE, total));
    }

    private void requireAdministrator() {
        if (!access.administrator()) throw new AccessDeniedException("only an administrator of this installation may");
    }
}
