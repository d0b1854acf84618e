package io.zonewarden.app.server.security;

import io.zonewarden.app.server.InvalidInputException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first account. There is no default password: either the operator gives one at start
 * ({@code --admin-user} with {@code --admin-password-file} or {@code ZONEWARDEN_ADMIN_PASSWORD}), or the server
 * prints a one-time setup code on its console and the first visitor who knows it creates the administrator at
 * {@code /setup}. The code keeps a stranger on the network from claiming a fresh server first.
 */
@Component
public class FirstAdministrator {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    /** Published when the first administrator exists, so that what waited for one (the demo plant) can go on. */
    public record Created(String username) {}

    /**
     * The administrator given at start ({@code --admin-user}) was refused, for the reasons listed: the server stops,
     * and {@code serve} prints them (exit status 2) instead of a stack trace.
     */
    public static final class Refused extends InvalidInputException {
        private static final long serialVersionUID = 1L;

        public Refused(String username, List<String> problems) {
            super("the first administrator '" + username + "' was not created", problems);
        }
    }

    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final @Nullable String username;
    private final @Nullable String password;
    private final AtomicReference<@Nullable String> setupCode = new AtomicReference<>();
    private final int port;

    public FirstAdministrator(
            Accounts accounts,
            ApplicationEventPublisher events,
            @Value("${zonewarden.admin.username:#{null}}") @Nullable String username,
            @Value("${zonewarden.admin.password:#{null}}") @Nullable String password,
            @Value("${server.port:8080}") int port) {
        this.accounts = accounts;
        this.events = events;
        this.username = username;
        this.password = password;
        this.port = port;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    public void onStart() {
        if (!accounts.none()) return;
        if (username != null && password != null) {
            try {
                accounts.create("setup", username, username, password, true);
            } catch (InvalidInputException e) {
                throw new Refused(username, e.problems());
            }
            LOG.info("created the first administrator '{}'", username);
            return;
        }
        var bytes = new byte[9];
        new SecureRandom().nextBytes(bytes);
        var code = HexFormat.of().formatHex(bytes);
        setupCode.set(code);
        LOG.warn(
                "No account exists yet. Open http://localhost:{}/setup and create the first administrator with"
                        + " this one-time setup code: {}",
                port,
                code);
    }

    /** The setup code while no account exists, empty afterwards. */
    public @Nullable String setupCode() {
        return accounts.none() ? setupCode.get() : null;
    }

    /** Creates the first administrator when the code is right and still no account exists. */
    public synchronized boolean complete(String code, String username, String displayName, String password) {
        var expected = setupCode();
        if (expected == null
                || !java.security.MessageDigest.isEqual(
                        expected.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        code.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            return false;
        }
        accounts.create("setup", username, displayName, password, true);
        setupCode.set(null);
        events.publishEvent(new Created(username));
        return true;
    }
}
