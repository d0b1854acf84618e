package io.zonewarden.app.server.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The role an account holds on one plant. */
public enum PlantRole {
    /** Everything, including the plant's members. */
    ADMIN("admin", EnumSet.allOf(Permission.class)),
    /** Edits the model, the assessment, the risk analysis; uploads captures and acknowledges alerts. */
    ASSESSOR("assessor", EnumSet.of(Permission.READ, Permission.EXPORT, Permission.EDIT)),
    /** Reads and exports everything and reads the audit trail; changes nothing. */
    AUDITOR("auditor", EnumSet.of(Permission.READ, Permission.EXPORT, Permission.AUDIT)),
    /** Reads. */
    VIEWER("viewer", EnumSet.of(Permission.READ));

    private final String label;
    private final Set<Permission> permissions;

    PlantRole(String label, Set<Permission> permissions) {
        this.label = label;
        this.permissions = permissions;
    }

    public String label() {
        return label;
    }

    public boolean allows(Permission permission) {
        return permissions.contains(permission);
    }

    public static Optional<PlantRole> ofLabel(String label) {
        return Arrays.stream(values()).filter(r -> r.label.equals(label)).findFirst();
    }

    public static List<String> labels() {
        return Arrays.stream(values()).map(PlantRole::label).toList();
    }

    @Override
    public String toString() {
        return label;
    }
}
