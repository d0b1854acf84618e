package io.zonewarden.app.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password checking with a short memory of recent successes. bcrypt is slow on purpose (tens of milliseconds per
 * check); an API client sends its password with every request (HTTP Basic), so checking each with bcrypt would make
 * every call slow and hand an attacker a cheap way to load the server. A password bcrypt accepted is remembered for
 * five minutes as a salted SHA-256 digest, in memory only; the account itself (enabled, not locked) is still loaded
 * and checked on every request, and a changed password (a new stored hash) never matches an old entry.
 */
@Component
public final class VerifiedPasswords extends DaoAuthenticationProvider {

    private static final Duration MEMORY = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] digest, long expiresNanos) {}

    private final byte[] salt = new byte[32];
    private final ConcurrentHashMap<String, Entry> verified = new ConcurrentHashMap<>();

    public VerifiedPasswords(UserDetailsService accounts, PasswordEncoder passwords) {
        super(accounts);
        setPasswordEncoder(passwords);
        new SecureRandom().nextBytes(salt);
    }

    @Override
    protected void additionalAuthenticationChecks(UserDetails user, UsernamePasswordAuthenticationToken token)
            throws AuthenticationException {
        var presented =
                token.getCredentials() == null ? "" : token.getCredentials().toString();
        var digest = digest(user.getUsername(), user.getPassword(), presented);
        var entry = verified.get(user.getUsername());
        if (entry != null
                && entry.expiresNanos() - System.nanoTime() > 0
                && MessageDigest.isEqual(entry.digest(), digest)) {
            return;
        }
        super.additionalAuthenticationChecks(user, token);
        if (verified.size() >= MAX_ENTRIES) verified.clear();
        verified.put(user.getUsername(), new Entry(digest, System.nanoTime() + MEMORY.toNanos()));
    }

    /** The stored hash is part of the digest: a new password (a new hash) never matches an old entry. */
    private byte[] digest(String username, String storedHash, String presented) {
        try {
            var sha = MessageDigest.getInstance("SHA-256");
            sha.update(salt);
            sha.update(username.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(storedHash.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(presented.getBytes(StandardCharsets.UTF_8));
            return sha.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
