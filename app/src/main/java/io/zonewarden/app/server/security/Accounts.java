package io.zonewarden.app.server.security;

import io.zonewarden.app.server.InvalidInputException;
import io.zonewarden.app.server.audit.AuditTrail;
import io.zonewarden.app.server.store.UserStore;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Local accounts: sign-in lookup, creation with a password policy, password changes. */
@Service
public class Accounts implements UserDetailsService {

    /** Long passphrases beat composition rules (NIST SP 800-63B 5.1.1): a length floor, no character classes. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,99}");

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final LoginThrottle throttle;
    private final AuditTrail audit;

    public Accounts(UserStore users, PasswordEncoder passwords, LoginThrottle throttle, AuditTrail audit) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
        this.audit = audit;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var user = users.find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        var hash = users.passwordHash(username).orElse(null);
        return User.withUsername(user.username())
                .password(hash == null ? "{noop-disabled}" : hash)
                .disabled(!user.enabled() || hash == null)
                .accountLocked(throttle.lockedUntil(username).isPresent())
                .authorities(
                        user.administrator()
                                ? AuthorityUtils.createAuthorityList("ROLE_ADMINISTRATOR")
                                : AuthorityUtils.NO_AUTHORITIES)
                .build();
    }

    public boolean none() {
        return users.count() == 0;
    }

    /** Creates an account; every problem with the input is reported at once, and nothing is created then. */
    @Transactional
    public UserStore.User create(
            String actor, String username, String displayName, String password, boolean administrator) {
        var problems = new ArrayList<String>();
        if (!USERNAME.matcher(username).matches()) {
            problems.add("username: 2 to 100 letters, digits or . _ @ -, starting with a letter or digit; got '"
                    + username + "'");
        } else if (users.find(username).isPresent()) {
            problems.add("username: an account named '" + username + "' exists already");
        }
        if (displayName.strip().length() > 200) {
            problems.add("display name: at most 200 characters, got "
                    + displayName.strip().length());
        }
        problems.addAll(passwordProblems(username, password));
        if (!problems.isEmpty()) throw new InvalidInputException("the account was not created", problems);
        var name = displayName.isBlank() ? username : displayName.strip();
        users.insert(username, name, passwords.encode(password), administrator);
        audit.record(
                actor,
                null,
                "account.create",
                "account " + username,
                null,
                "display name: " + name + (administrator ? ", administrator" : ""));
        return users.find(username).orElseThrow();
    }

    @Transactional
    public void changePassword(String actor, String username, String password) {
        var user = users.find(username).orElseThrow(() -> new InvalidInputException("no account named " + username));
        var problems = passwordProblems(username, password);
        if (!problems.isEmpty()) throw new InvalidInputException("the password was not changed", problems);
        users.setPassword(user.id(), passwords.encode(password));
        audit.record(actor, null, "account.password", "account " + username, null, "password changed");
    }

    /** True when {@code password} is the account's current password. */
    public boolean passwordMatches(String username, String password) {
        return users.passwordHash(username)
                .map(hash -> passwords.matches(password, hash))
                .orElse(false);
    }

    @Transactional
    public void setEnabled(String actor, String username, boolean enabled) {
        var user = users.find(username).orElseThrow(() -> new InvalidInputException("no account named " + username));
        users.setEnabled(user.id(), enabled);
        audit.record(
                actor,
                null,
                "account.enabled",
                "account " + username,
                "enabled: " + user.enabled(),
                "enabled: " + enabled);
    }

    public List<UserStore.User> all() {
        return users.all();
    }

    static List<String> passwordProblems(String username, String password) {
        var problems = new ArrayList<String>();
        if (password.length() < MIN_PASSWORD_LENGTH) {
            problems.add("password: at least " + MIN_PASSWORD_LENGTH + " characters (a passphrase is easiest), got "
                    + password.length());
        }
        if (password.length() > 200) problems.add("password: at most 200 characters");
        if (!password.isEmpty()
                && password.toLowerCase(java.util.Locale.ROOT).contains(username.toLowerCase(java.util.Locale.ROOT))) {
            problems.add("password: must not contain the username");
        }
        if (!password.isEmpty() && password.chars().distinct().count() < 5) {
            problems.add("password: uses fewer than 5 different characters");
        }
        return problems;
    }
}
