package io.zonewarden.app.server.security;

import io.zonewarden.app.server.NotFoundException;
import io.zonewarden.app.server.store.MemberStore;
import io.zonewarden.app.server.store.PlantStore;
import io.zonewarden.app.server.store.UserStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The one place that decides whether the caller may do something on a plant. Every controller asks it before it
 * reads or changes a plant. A plant the caller is not a member of does not exist for them (404, not 403), so its
 * name does not leak; a member whose role lacks the permission gets 403.
 */
@Service
public class PlantAccess {

    /** A plant the caller may use, and the role they hold on it. */
    public record Granted(PlantStore.PlantRow plant, PlantRole role, String username) {
        public boolean can(Permission permission) {
            return role.allows(permission);
        }

        public boolean canEdit() {
            return can(Permission.EDIT);
        }

        public boolean canExport() {
            return can(Permission.EXPORT);
        }

        public boolean canAudit() {
            return can(Permission.AUDIT);
        }

        public boolean canManage() {
            return can(Permission.MANAGE);
        }
    }

    private final PlantStore plants;
    private final MemberStore members;
    private final UserStore users;

    public PlantAccess(PlantStore plants, MemberStore members, UserStore users) {
        this.plants = plants;
        this.members = members;
        this.users = users;
    }

    /** The plant, when the caller holds {@code permission} on it. */
    public Granted require(String slug, Permission permission) {
        var granted = role(slug).orElseThrow(() -> new NotFoundException("no plant '" + slug + "'"));
        if (!granted.can(permission)) {
            throw new AccessDeniedException("your role on plant '" + slug + "' is " + granted.role()
                    + ", which does not allow " + permission.name().toLowerCase(java.util.Locale.ROOT));
        }
        return granted;
    }

    /** The caller's role on a plant; empty when it does not exist or the caller is no member. */
    public Optional<Granted> role(String slug) {
        var user = currentUser();
        if (user.isEmpty()) return Optional.empty();
        var plant = plants.find(slug);
        if (plant.isEmpty()) return Optional.empty();
        if (user.get().administrator())
            return Optional.of(
                    new Granted(plant.get(), PlantRole.ADMIN, user.get().username()));
        return members.role(plant.get().id(), user.get().id())
                .flatMap(PlantRole::ofLabel)
                .map(role -> new Granted(plant.get(), role, user.get().username()));
    }

    /** The plants the caller may read, with their role. */
    public List<Granted> visible() {
        var user = currentUser();
        if (user.isEmpty()) return List.of();
        var result = new ArrayList<Granted>();
        if (user.get().administrator()) {
            for (var plant : plants.all())
                result.add(new Granted(plant, PlantRole.ADMIN, user.get().username()));
            return result;
        }
        var mine = members.plantsOf(user.get().id());
        for (var plant : plants.all()) {
            if (!mine.contains(plant.id())) continue;
            members.role(plant.id(), user.get().id())
                    .flatMap(PlantRole::ofLabel)
                    .ifPresent(role ->
                            result.add(new Granted(plant, role, user.get().username())));
        }
        return result;
    }

    /** True when the caller administers the whole installation (creates plants and accounts). */
    public boolean administrator() {
        return currentUser().map(UserStore.User::administrator).orElse(false);
    }

    /**
     * Refuses (403) a caller who is not an administrator of the installation. Creating a plant needs this, and it is
     * checked before the model file is read: the answer is the same whatever plant id the file names, so it tells
     * nobody which plants exist.
     */
    public void requireAdministrator(String what) {
        if (!administrator()) throw new AccessDeniedException("only an administrator of this installation may " + what);
    }

    /** The caller's account name. */
    public String actor() {
        return currentUser()
                .map(UserStore.User::username)
                .orElseThrow(() -> new AccessDeniedException("sign in first"));
    }

    private Optional<UserStore.User> currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) return Optional.empty();
        return users.find(auth.getName()).filter(UserStore.User::enabled);
    }
}
