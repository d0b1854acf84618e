package io.zonewarden.app.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES} failed sign-ins in a row, an account name is locked
 * for one minute, doubling with every further failure up to an hour. Names that do not exist are throttled alike,
 * so the answers do not tell which accounts exist. Kept in memory: a restart forgives, which an attacker cannot
 * trigger from outside.
 */
@Component
public class LoginThrottle {

    static final int FREE_FAILURES = 5;
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_LOCK = Duration.ofHours(1);
    /** Failures older than this are forgotten. */
    private static final Duration MEMORY = Duration.ofHours(2);

    private static final int MAX_TRACKED = 100_000;

    private record Failures(int count, Instant last, Instant lockedUntil) {}

    private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Until when the name is locked, when it is now. */
    public Optional<Instant> lockedUntil(String username) {
        var f = failures.get(key(username));
        var now = clock.instant();
        return f != null && f.lockedUntil().isAfter(now) ? Optional.of(f.lockedUntil()) : Optional.empty();
    }

    public void failed(String username) {
        var now = clock.instant();
        if (failures.size() > MAX_TRACKED)
            failures.values().removeIf(f -> f.last().plus(MEMORY).isBefore(now));
        failures.compute(key(username), (k, old) -> {
            int count = old == null || old.last().plus(MEMORY).isBefore(now) ? 1 : old.count() + 1;
            var until = now;
            if (count >= FREE_FAILURES) {
                int doublings = Math.min(count - FREE_FAILURES, 10);
                var lock = FIRST_LOCK.multipliedBy(1L << doublings);
                until = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
            }
            return new Failures(count, now, until);
        });
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    @EventListener
    void on(AuthenticationFailureBadCredentialsEvent event) {
        failed(event.getAuthentication().getName());
    }

    @EventListener
    void on(AuthenticationSuccessEvent event) {
        succeeded(event.getAuthentication().getName());
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }
}
