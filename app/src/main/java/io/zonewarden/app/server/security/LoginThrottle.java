package io.zonewarden.app.server.security;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing without handing an outsider a way to lock others out (OWASP ASVS 2.2.1, NIST SP
 * 800-63B 5.2.2). Failed sign-ins are counted three ways, and each count locks only what it measures:
 *
 * <ul>
 *   <li>per account name and client address: after {@value #PAIR_FREE} failures that name is locked from that
 *       address; the same name from any other address is not affected;
 *   <li>per client address, over all names: after {@value #ADDRESS_FREE} failures the address is locked, which stops
 *       one source from trying a few passwords on many names;
 *   <li>per account name, over all addresses: after {@value #NAME_FREE} failures in a row (the most 800-63B 5.2.2
 *       allows) the name is locked, which stops guessing spread over many addresses.
 * </ul>
 *
 * Each lock lasts one minute and doubles with every further failure, up to an hour; a sign-in refused by a lock is
 * not counted, so waiting for the lock to end is all that is needed. The address and the name locks do not apply to
 * a name signing in from an address it signed in from successfully within the last {@value #TRUST_DAYS} days: an
 * attacker elsewhere can lock the administrator's name for strangers, but not for the administrator at their usual
 * workstation. Unknown names are counted exactly like existing ones, so locks tell nothing about which accounts
 * exist. IPv6 addresses count per /64 network, the block a single site usually holds.
 *
 * <p>Kept in memory: a restart forgives failures and forgets trusted addresses, which an attacker cannot trigger
 * from outside.
 */
@Component
public class LoginThrottle {

    /** What a lock applies to. */
    public enum Scope {
        /** one account name from one client address */
        NAME_FROM_ADDRESS,
        /** every name from one client address, except names that signed in from there before */
        ADDRESS,
        /** one name from every address, except addresses it signed in from before */
        NAME
    }

    /** A lock and the failures that led to it. */
    public record Lock(Scope scope, Instant until, int failures) {}

    static final int PAIR_FREE = 5;
    static final int ADDRESS_FREE = 30;
    static final int NAME_FREE = 100;
    static final int TRUST_DAYS = 30;
    private static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    private static final Duration LONGEST_LOCK = Duration.ofHours(1);
    /** Failures are forgotten after this long without another. */
    private static final Duration MEMORY = Duration.ofHours(2);

    private static final Duration TRUST = Duration.ofDays(TRUST_DAYS);
    /** How often a client that signs in with every request (HTTP Basic) is worth a record. */
    private static final Duration RECORD_EVERY = Duration.ofDays(1);

    private static final int MAX_TRACKED = 100_000;
    private static final int LONGEST_NAME = 200;
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private final Counter pairs = new Counter(Scope.NAME_FROM_ADDRESS, PAIR_FREE);
    private final Counter addresses = new Counter(Scope.ADDRESS, ADDRESS_FREE);
    private final Counter names = new Counter(Scope.NAME, NAME_FREE);

    private record Success(Instant last, Instant recorded) {}

    private final ConcurrentHashMap<String, Success> successes = new ConcurrentHashMap<>();
    private final Clock clock;

    public LoginThrottle() {
        this(Clock.systemUTC());
    }

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** The lock that refuses this name from this address now, if any. */
    public Optional<Lock> refusal(String name, @Nullable String address) {
        var now = clock.instant();
        var pair = pair(name, address);
        var lock = pairs.lock(pair, now);
        if (lock.isPresent() || trusted(pair, now)) return lock;
        lock = addresses.lock(address(address), now);
        return lock.isPresent() ? lock : names.lock(name(name), now);
    }

    /** Counts a failed sign-in; returns the locks it began. */
    public List<Lock> failed(String name, @Nullable String address) {
        var now = clock.instant();
        var begun = new ArrayList<Lock>(1);
        pairs.fail(pair(name, address), now).ifPresent(begun::add);
        addresses.fail(address(address), now).ifPresent(begun::add);
        names.fail(name(name), now).ifPresent(begun::add);
        return begun;
    }

    /**
     * Forgets the name's failures (its failures in a row end here; the address's count stays, so that signing in
     * with one account does not buy more guesses at others) and trusts the address for this name. True when the
     * sign-in is worth a record: the first from this address for this name within a day.
     */
    public boolean succeeded(String name, @Nullable String address) {
        var now = clock.instant();
        var pair = pair(name, address);
        pairs.forget(pair);
        names.forget(name(name));
        if (successes.size() > MAX_TRACKED) {
            successes.values().removeIf(s -> s.last().plus(TRUST).isBefore(now));
        }
        var before = successes.get(pair);
        boolean record = before == null || !before.recorded().plus(RECORD_EVERY).isAfter(now);
        successes.put(pair, new Success(now, record || before == null ? now : before.recorded()));
        return record;
    }

    private boolean trusted(String pair, Instant now) {
        var success = successes.get(pair);
        return success != null && success.last().plus(TRUST).isAfter(now);
    }

    private static String pair(String name, @Nullable String address) {
        return name(name) + "\n" + address(address);
    }

    private static String name(String name) {
        var key = name.strip().toLowerCase(Locale.ROOT);
        return key.length() > LONGEST_NAME ? key.substring(0, LONGEST_NAME) : key;
    }

    /**
     * The client address as counted: IPv4 as it is, IPv6 as its /64 network (one site often holds a whole /64, so
     * counting single IPv6 addresses would let one attacker count as billions of clients).
     */
    static String address(@Nullable String address) {
        if (address == null || address.isBlank()) return "unknown";
        var a = address.strip();
        if (IPV4.matcher(a).matches() || a.indexOf(':') < 0) return a;
        try {
            // with a colon, getByName parses an IPv6 literal or refuses it: it never looks a name up
            var parsed = InetAddress.getByName(a);
            if (parsed instanceof Inet6Address v6) {
                var bytes = v6.getAddress();
                var hex = HexFormat.of().formatHex(bytes, 0, 8);
                return hex.substring(0, 4) + ":" + hex.substring(4, 8) + ":" + hex.substring(8, 12) + ":"
                        + hex.substring(12, 16) + "::/64";
            }
            return parsed.getHostAddress();
        } catch (UnknownHostException | SecurityException e) {
            return a.toLowerCase(Locale.ROOT);
        }
    }

    /** Failures per key, and the lock they lead to once more than {@code free} were made. */
    private final class Counter {
        private record Failures(int count, Instant last, Instant lockedUntil) {}

        private final Scope scope;
        private final int free;
        private final ConcurrentHashMap<String, Failures> failures = new ConcurrentHashMap<>();

        Counter(Scope scope, int free) {
            this.scope = scope;
            this.free = free;
        }

        Optional<Lock> lock(String key, Instant now) {
            var f = failures.get(key);
            return f != null && f.lockedUntil().isAfter(now)
                    ? Optional.of(new Lock(scope, f.lockedUntil(), f.count()))
                    : Optional.empty();
        }

        Optional<Lock> fail(String key, Instant now) {
            if (failures.size() > MAX_TRACKED) prune(now);
            var f = failures.compute(key, (k, old) -> {
                int count = old == null || old.last().plus(MEMORY).isBefore(now) ? 1 : old.count() + 1;
                var until = now;
                if (count >= free) {
                    int doublings = Math.min(count - free, 10);
                    var lock = FIRST_LOCK.multipliedBy(1L << doublings);
                    until = now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock);
                }
                return new Failures(count, now, until);
            });
            return f.lockedUntil().isAfter(now)
                    ? Optional.of(new Lock(scope, f.lockedUntil(), f.count()))
                    : Optional.empty();
        }

        void forget(String key) {
            failures.remove(key);
        }

        /** Old failures first; when that is not enough, every key that is not locked now. */
        private void prune(Instant now) {
            failures.values().removeIf(f -> f.last().plus(MEMORY).isBefore(now));
            if (failures.size() > MAX_TRACKED) {
                failures.values().removeIf(f -> !f.lockedUntil().isAfter(now));
            }
        }
    }
}
