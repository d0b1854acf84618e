/**
 * Who may do what: local accounts with a strong password hash, sign-in throttling, the first administrator, and
 * roles per plant checked on every page and API call by {@link io.zonewarden.app.server.security.PlantAccess}.
 */
@NullMarked
package io.zonewarden.app.server.security;

import org.jspecify.annotations.NullMarked;
