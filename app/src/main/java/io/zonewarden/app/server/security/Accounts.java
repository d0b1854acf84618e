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
    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,99}");

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final SignedInSessions sessions;

    public Accounts(UserStore users, PasswordEncoder passwords, AuditTrail audit, SignedInSessions sessions) {
        this.users = users;
        this.passwords = passwords;
        this.audit = audit;
        this.sessions = sessions;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        var user = users.find(username).orElseThrow(() -> new UsernameNotFoundException("no such account"));
        var hash = users.passwordHash(username).orElse(null);
        return User.withUsername(user.username())
                .password(hash == null ? "{noop-disabled}" : hash)
                .disabled(!user.enabled() || hash == null)
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
        int ended = sessions.endAllBut(username);
        audit.record(
                actor,
                null,
                "account.password",
                "account " + username,
                null,
                "password changed" + (ended == 0 ? "" : ", " + ended + " other session(s) signed out"));
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
        if (!enabled) sessions.endAllBut(username);
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

    /** Every reason the policy refuses {@code password} for {@code username}, empty when it is accepted. */
    public static List<String> passwordProblems(String username, String password) {
        return PasswordPolicy.problems(username, password);
    }
}
