package io.zonewarden.app.server.requests;

/**
 * The limits {@link RequestLimits} enforces ({@code zonewarden.limits.*}, {@code zonewarden.max-upload}).
 *
 * @param maxUpload the largest body of a capture or evidence upload
 * @param maxBody the largest body of any other request (a model file, an inventory, a JSON call)
 * @param anonymousBody the largest body before authentication (the sign-in and set-up forms)
 * @param anonymousPerAddress unauthenticated bodies read at once from one client address
 * @param anonymousTotal unauthenticated bodies read at once in all
 * @param minimumRate bytes per second a body must arrive at, on average, once the grace period is over
 * @param graceMillis how long a signed-in client's body may arrive slower than the minimum rate
 * @param anonymousGraceMillis likewise before authentication
 */
public record RequestLimitSettings(
        long maxUpload,
        long maxBody,
        long anonymousBody,
        int anonymousPerAddress,
        int anonymousTotal,
        long minimumRate,
        long graceMillis,
        long anonymousGraceMillis) {

    public RequestLimitSettings {
        if (maxUpload < 1 || maxBody < 1 || anonymousBody < 1) {
            throw new IllegalArgumentException("body limits must be positive");
        }
        if (anonymousPerAddress < 1 || anonymousTotal < anonymousPerAddress) {
            throw new IllegalArgumentException(
                    "zonewarden.limits.anonymous-per-address must be at least 1 and at most anonymous-total");
        }
        if (minimumRate < 0 || graceMillis < 0 || anonymousGraceMillis < 0) {
            throw new IllegalArgumentException("rates and grace periods cannot be negative");
        }
    }
}
