package io.zonewarden.app.server.security;

/** What a call needs on a plant. */
public enum Permission {
    READ,
    /** Download the model, reports and evidence. */
    EXPORT,
    EDIT,
    /** Read the audit trail. */
    AUDIT,
    /** Add and remove members, delete the plant. */
    MANAGE
}
