package io.zonewarden.app.server.security;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * A password encoder that runs at most a few hashes at once. bcrypt is slow on purpose, so a burst of sign-ins with
 * wrong or made-up credentials (each costs a hash, an unknown name too: Spring Security hashes a dummy password so
 * the answer takes as long) would otherwise keep every core busy and starve the pages everyone else asks for (OWASP
 * ASVS 4.0 V11.1.4, anti-automation). A check that cannot start within {@link #WAIT_MILLIS} is refused as a failed
 * sign-in with the reason "busy"; it is never waved through.
 */
final class BoundedPasswordChecks implements PasswordEncoder {

    static final long WAIT_MILLIS = 2_000;

    private final PasswordEncoder encoder;
    private final Semaphore running;

    BoundedPasswordChecks(PasswordEncoder encoder, int atOnce) {
        this.encoder = encoder;
        this.running = new Semaphore(atOnce, true);
    }

    /** Half the processors, at least one: the other half stays free for the requests that need no hash. */
    static int defaultAtOnce() {
        return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        enter();
        try {
            return encoder.encode(rawPassword);
        } finally {
            running.release();
        }
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        enter();
        try {
            return encoder.matches(rawPassword, encodedPassword);
        } finally {
            running.release();
        }
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    private void enter() {
        boolean entered;
        try {
            entered = running.tryAcquire(WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered) {
            throw new AuthenticationServiceException("the server is busy checking other sign-ins: try again shortly");
        }
    }
}
