package io.zonewarden.app.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** What each count locks, for how long, and whom a lock spares (OWASP ASVS 2.2.1, NIST SP 800-63B 5.2.2). */
class LoginThrottleLocksTest {

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-12-01T08:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void five_failures_lock_the_name_from_that_address_only() {
        for (int i = 0; i < LoginThrottle.PAIR_FREE - 1; i++) {
            assertThat(throttle.failed("admin", "192.0.2.66")).isEmpty();
        }
        assertThat(throttle.refusal("admin", "192.0.2.66")).isEmpty();
        var begun = throttle.failed("admin", "192.0.2.66");
        assertThat(begun).singleElement().satisfies(lock -> {
            assertThat(lock.scope()).isEqualTo(LoginThrottle.Scope.NAME_FROM_ADDRESS);
            assertThat(lock.until()).isEqualTo(clock.now.plus(Duration.ofMinutes(1)));
        });
        assertThat(throttle.refusal("admin", "192.0.2.66")).isPresent();
        assertThat(throttle.refusal("ADMIN ", "192.0.2.66"))
                .as("names count case-blind")
                .isPresent();
        assertThat(throttle.refusal("admin", "192.0.2.10"))
                .as("the same name from elsewhere")
                .isEmpty();
        assertThat(throttle.refusal("operator", "192.0.2.66"))
                .as("another name from there")
                .isEmpty();
    }

    @Test
    void a_lock_doubles_with_each_further_failure_up_to_an_hour_and_then_ends() {
        for (int i = 0; i < LoginThrottle.PAIR_FREE; i++) throttle.failed("alice", "192.0.2.7");
        var expected = Duration.ofMinutes(1);
        for (int i = 0; i < 8; i++) {
            var lock = throttle.refusal("alice", "192.0.2.7").orElseThrow();
            assertThat(Duration.between(clock.now, lock.until())).isEqualTo(expected);
            clock.advance(expected);
            assertThat(throttle.refusal("alice", "192.0.2.7"))
                    .as("the lock ended")
                    .isEmpty();
            throttle.failed("alice", "192.0.2.7");
            expected = expected.multipliedBy(2).compareTo(Duration.ofHours(1)) > 0
                    ? Duration.ofHours(1)
                    : expected.multipliedBy(2);
        }
        assertThat(Duration.between(
                        clock.now,
                        throttle.refusal("alice", "192.0.2.7").orElseThrow().until()))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void a_success_forgives_the_names_failures() {
        for (int i = 0; i < LoginThrottle.PAIR_FREE - 1; i++) throttle.failed("bob", "192.0.2.8");
        throttle.succeeded("bob", "192.0.2.8");
        throttle.failed("bob", "192.0.2.8");
        assertThat(throttle.refusal("bob", "192.0.2.8")).isEmpty();
    }

    @Test
    void guessing_spread_over_many_addresses_locks_the_name_but_not_where_it_signed_in_before() {
        throttle.succeeded("admin", "10.0.0.5"); // the administrator's workstation
        int failures = 0;
        for (int address = 1; failures < LoginThrottle.NAME_FREE; address++) {
            for (int i = 0; i < LoginThrottle.PAIR_FREE - 1 && failures < LoginThrottle.NAME_FREE; i++, failures++) {
                var begun = throttle.failed("admin", "198.51.100." + address);
                if (failures == LoginThrottle.NAME_FREE - 1) {
                    assertThat(begun).extracting(LoginThrottle.Lock::scope).containsExactly(LoginThrottle.Scope.NAME);
                } else {
                    assertThat(begun).isEmpty();
                }
            }
        }
        assertThat(throttle.refusal("admin", "203.0.113.1"))
                .as("a stranger's address")
                .map(LoginThrottle.Lock::scope)
                .contains(LoginThrottle.Scope.NAME);
        assertThat(throttle.refusal("admin", "10.0.0.5"))
                .as("the administrator's workstation")
                .isEmpty();
        assertThat(throttle.refusal("operator", "203.0.113.1"))
                .as("another name")
                .isEmpty();
    }

    @Test
    void many_names_from_one_address_lock_the_address_except_for_names_that_signed_in_from_there() {
        throttle.succeeded("carol", "192.0.2.99");
        for (int i = 0; i < LoginThrottle.ADDRESS_FREE - 1; i++) {
            assertThat(throttle.failed("user" + i, "192.0.2.99")).isEmpty();
        }
        assertThat(throttle.failed("user-last", "192.0.2.99"))
                .extracting(LoginThrottle.Lock::scope)
                .containsExactly(LoginThrottle.Scope.ADDRESS);
        assertThat(throttle.refusal("dave", "192.0.2.99"))
                .map(LoginThrottle.Lock::scope)
                .contains(LoginThrottle.Scope.ADDRESS);
        assertThat(throttle.refusal("carol", "192.0.2.99")).isEmpty();
        assertThat(throttle.refusal("dave", "192.0.2.100")).isEmpty();
    }

    @Test
    void ipv6_addresses_count_per_64_network() {
        assertThat(LoginThrottle.address("2001:db8:1:2:aaaa::1")).isEqualTo("2001:0db8:0001:0002::/64");
        assertThat(LoginThrottle.address("2001:db8:1:2:bbbb:cccc:dddd:eeee")).isEqualTo("2001:0db8:0001:0002::/64");
        assertThat(LoginThrottle.address("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(LoginThrottle.address("192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(LoginThrottle.address(null)).isEqualTo("unknown");
        for (int i = 0; i < LoginThrottle.PAIR_FREE; i++) throttle.failed("erin", "2001:db8:1:2::" + (i + 1));
        assertThat(throttle.refusal("erin", "2001:db8:1:2::ffff")).isPresent();
        assertThat(throttle.refusal("erin", "2001:db8:1:3::1")).isEmpty();
    }

    @Test
    void a_client_signing_in_with_every_request_is_worth_a_record_once_a_day_per_address() {
        assertThat(throttle.succeeded("api-client", "192.0.2.20")).isTrue();
        clock.advance(Duration.ofHours(3));
        assertThat(throttle.succeeded("api-client", "192.0.2.20")).isFalse();
        assertThat(throttle.succeeded("api-client", "192.0.2.21")).isTrue();
        clock.advance(Duration.ofHours(21));
        assertThat(throttle.succeeded("api-client", "192.0.2.20")).isTrue();
    }
}
