package io.zonewarden.app.server.security;

import io.zonewarden.app.server.audit.AuditTrail;
import io.zonewarden.app.server.store.UserStore;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Sign-ins, failed sign-ins and locks, in the log with the client address and in the audit trail (OWASP ASVS 7.2.1,
 * 7.2.2). The trail keeps what concerns an account: its sign-ins (a client that signs in with every request, as HTTP
 * Basic does, once a day per address), each failed sign-in under its name and the locks on it, and the locks on a
 * client address. Failures for names that are no account are only logged and counted: in the trail they would be
 * junk an outsider could add without limit; the address lock they lead to is recorded. The throttle bounds what an
 * outsider can add: a few entries per account, then one per lock.
 */
@Component
public class SignInRecords {

    private static final Logger LOG = LoggerFactory.getLogger(SignInRecords.class);

    /** Who failed to sign in is not known: the trail names the account tried and the address, not an actor. */
    static final String ANONYMOUS = "anonymous";

    private static final int LONGEST_LOGGED_NAME = 200;

    private final AuditTrail audit;
    private final UserStore users;
    private final TransactionTemplate transactions;

    public SignInRecords(AuditTrail audit, UserStore users, PlatformTransactionManager transactions) {
        this.audit = audit;
        this.users = users;
        this.transactions = new TransactionTemplate(transactions);
    }

    /**
     * A sign-in; {@code record} false for an API client already recorded today from this address, which is then
     * logged at debug level only (it signs in with every request).
     */
    public void signedIn(String username, @Nullable String address, String channel, boolean record) {
        if (!record) {
            LOG.debug("sign-in: '{}' from {} ({})", loggable(username), loggable(address), channel);
            return;
        }
        LOG.info("sign-in: '{}' from {} ({})", loggable(username), loggable(address), channel);
        transactions.executeWithoutResult(status -> audit.record(
                username,
                null,
                "account.sign-in",
                "account " + username,
                null,
                "from " + loggable(address) + " (" + channel + ")"));
    }

    @Transactional
    public void failed(String name, @Nullable String address, List<LoginThrottle.Lock> begun) {
        var account = users.find(name).map(UserStore.User::username).orElse(null);
        LOG.warn(
                "failed sign-in: '{}' ({}) from {}",
                loggable(name),
                account == null ? "no such account" : "an account",
                loggable(address));
        if (account != null) {
            audit.record(
                    ANONYMOUS,
                    null,
                    "account.sign-in-failed",
                    "account " + account,
                    null,
                    "wrong password from " + loggable(address));
        }
        for (var lock : begun) {
            var what = switch (lock.scope()) {
                case NAME_FROM_ADDRESS -> "'" + loggable(name) + "' from " + loggable(address);
                case ADDRESS ->
                    "every name from " + loggable(address) + " (except names that signed in from there before)";
                case NAME -> "'" + loggable(name) + "' from every address (except those it signed in from" + " before)";
            };
            LOG.warn("sign-in locked: {} until {}, after {} failed sign-ins", what, lock.until(), lock.failures());
            var after = "locked until " + lock.until() + " after " + lock.failures() + " failed sign-ins";
            switch (lock.scope()) {
                case NAME_FROM_ADDRESS -> {
                    if (account != null) {
                        audit.record(
                                ANONYMOUS,
                                null,
                                "account.locked",
                                "account " + account,
                                null,
                                after + " from " + loggable(address));
                    }
                }
                case NAME -> {
                    if (account != null) {
                        audit.record(
                                ANONYMOUS,
                                null,
                                "account.locked",
                                "account " + account,
                                null,
                                after + " from all addresses, for every address it did not sign in from before");
                    }
                }
                case ADDRESS ->
                    audit.record(
                            ANONYMOUS,
                            null,
                            "address.locked",
                            "address " + loggable(address),
                            null,
                            after + " from there, for every account that did not sign in from there before");
            }
        }
    }

    /** A sign-in a lock refused: its password was not checked and it does not count; the lock was logged. */
    public void refused(String name, @Nullable String address, LoginThrottle.Lock lock) {
        LOG.debug(
                "sign-in refused: '{}' from {} is locked ({}) until {}",
                loggable(name),
                loggable(address),
                lock.scope(),
                lock.until());
    }

    /**
     * An identity the provider proved but that names no enabled account: logged, not kept in the trail (the provider
     * keeps its own record of who signed in there).
     */
    public void singleSignOnRefused(String reason, @Nullable String address) {
        LOG.warn("single sign-on refused from {}: {}", loggable(address), loggable(reason));
    }

    /** The client address of the request being served, if any. */
    static @Nullable String currentAddress() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest().getRemoteAddr()
                : null;
    }

    /** No line breaks or other control characters from outside in a log line (ASVS 7.3.1), and a bounded length. */
    static String loggable(@Nullable String text) {
        if (text == null) return "unknown";
        var cut = text.length() > LONGEST_LOGGED_NAME ? text.substring(0, LONGEST_LOGGED_NAME) + "..." : text;
        var out = new StringBuilder(cut.length());
        cut.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return out.toString();
    }
}
