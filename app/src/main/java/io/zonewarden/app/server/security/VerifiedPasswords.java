package io.zonewarden.app.server.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Sign-in with a password, for the sign-in form and HTTP Basic alike: the throttle first ({@link LoginThrottle}),
 * then the password, then the account's state, each outcome recorded ({@link SignInRecords}).
 *
 * <p>Every refusal looks the same from outside (OWASP ASVS 2.2.1, and the OWASP Authentication Cheat
 * Sheet on error messages): an
 * unknown name, a wrong password, a disabled account and a lock all end in the same {@link BadCredentialsException},
 * after one password hash check each (for an unknown name or a lock, against a stand-in hash), so neither the answer
 * nor its time tells which names are accounts or which are locked. The account's state is checked after its
 * password for the same reason.
 *
 * <p>Password checking with a short memory of recent successes. bcrypt is slow on purpose (tens of milliseconds per
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

    /** The answer to every refused sign-in. */
    static final String REFUSED = "wrong name or password, or too many failed sign-ins: wait and try again";

    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final SignInRecords records;
    private volatile @Nullable String standIn;

    public VerifiedPasswords(
            UserDetailsService accounts, PasswordEncoder passwords, LoginThrottle throttle, SignInRecords records) {
        super(accounts);
        this.passwords = passwords;
        this.throttle = throttle;
        this.records = records;
        setPasswordEncoder(passwords);
        setPreAuthenticationChecks(user -> {});
        setPostAuthenticationChecks(VerifiedPasswords::accountState);
        new SecureRandom().nextBytes(salt);
    }

    /** Details of a sign-in through the API (HTTP Basic): its successes are recorded once a day per address. */
    public static final class ApiSignIn extends WebAuthenticationDetails {
        private static final long serialVersionUID = 1L;

        public ApiSignIn(jakarta.servlet.http.HttpServletRequest request) {
            super(request);
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var name = authentication.getName() == null ? "" : authentication.getName();
        var address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        var lock = throttle.refusal(name, address);
        if (lock.isPresent()) {
            spendAsMuchAsACheck(authentication);
            records.refused(name, address, lock.get());
            throw new BadCredentialsException(REFUSED);
        }
        Authentication result;
        try {
            result = super.authenticate(authentication);
        } catch (InternalAuthenticationServiceException e) {
            throw e; // the database failed, not the caller
        } catch (AuthenticationException e) {
            records.failed(name, address, throttle.failed(name, address));
            throw new BadCredentialsException(REFUSED, e);
        }
        boolean api = authentication.getDetails() instanceof ApiSignIn;
        boolean worthRecording = throttle.succeeded(name, address);
        records.signedIn(result.getName(), address, api ? "api" : "web", worthRecording || !api);
        return result;
    }

    /** One password hash check, as a sign-in that is not refused at once costs. */
    private void spendAsMuchAsACheck(Authentication authentication) {
        var hash = standIn;
        if (hash == null) {
            hash = passwords.encode("a stand-in password that no account has");
            standIn = hash;
        }
        var presented = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        passwords.matches(presented, hash);
    }

    private static void accountState(UserDetails user) {
        if (!user.isEnabled()) throw new DisabledException("disabled");
        if (!user.isAccountNonLocked()) throw new LockedException("locked");
        if (!user.isAccountNonExpired()) throw new AccountExpiredException("expired");
        if (!user.isCredentialsNonExpired()) throw new CredentialsExpiredException("password expired");
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
