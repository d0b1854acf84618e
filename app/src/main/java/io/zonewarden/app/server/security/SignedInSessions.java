package io.zonewarden.app.server.security;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The web sessions signed in per account, so that a changed password or a disabled account ends them (OWASP ASVS
 * 3.3.3, NIST SP 800-63B 7.1): whoever held a session with the old password, or the account's owner after it was
 * disabled, is signed out at their next request. The API keeps no sessions: it checks the password and the account
 * with every request.
 */
@Component
public class SignedInSessions {

    private final SessionRegistry registry;

    public SignedInSessions(SessionRegistry registry) {
        this.registry = registry;
    }

    /**
     * Ends every session of the account except the one making this request, if it is that account's own (someone
     * who changes their own password stays signed in where they did it).
     */
    public int endAllBut(String username) {
        var current = currentSessionId();
        int ended = 0;
        for (var principal : registry.getAllPrincipals()) {
            if (!username.equals(name(principal))) continue;
            for (var session : registry.getAllSessions(principal, false)) {
                if (session.getSessionId().equals(current)) continue;
                session.expireNow();
                ended++;
            }
        }
        return ended;
    }

    private static @Nullable String name(Object principal) {
        if (principal instanceof UserDetails user) return user.getUsername();
        if (principal instanceof AuthenticatedPrincipal authenticated) return authenticated.getName();
        return null;
    }

    private static @Nullable String currentSessionId() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var session = attributes.getRequest().getSession(false);
            return session == null ? null : session.getId();
        }
        return null;
    }
}
