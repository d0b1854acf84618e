package io.zonewarden.app.server.security;

import io.zonewarden.app.server.store.UserStore;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

/**
 * Sign-in through an OpenID Connect provider (optional, by configuration of
 * {@code spring.security.oauth2.client.registration.*}). The provider proves who someone is; what they may do stays
 * here: the identity must name an existing, enabled local account (by the claim {@code zonewarden.oidc.username-claim},
 * {@code preferred_username} by default), whose roles per plant apply. Nobody gets an account by signing in.
 */
@Component
public class OidcAccounts implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private final UserStore users;
    private final SignInRecords records;
    private final String claim;
    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;

    @Autowired
    public OidcAccounts(
            UserStore users,
            SignInRecords records,
            @Value("${zonewarden.oidc.username-claim:preferred_username}") String claim) {
        this(users, records, claim, new OidcUserService());
    }

    OidcAccounts(
            UserStore users,
            SignInRecords records,
            String claim,
            OAuth2UserService<OidcUserRequest, OidcUser> provider) {
        this.users = users;
        this.records = records;
        this.claim = claim;
        this.provider = provider;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
        var identity = provider.loadUser(request);
        return local(identity);
    }

    /**
     * The local account an identity names, as the principal whose name is the account name; the sign-in or its
     * refusal is recorded ({@link SignInRecords}) with the client's address.
     */
    public OidcUser local(OidcUser identity) {
        Object value = identity.getClaims().get(claim);
        if (!(value instanceof String name) || name.isBlank()) {
            throw refused("the identity provider sent no '" + claim + "' claim to match a ZoneWarden account with");
        }
        var username = claim.equals("email") ? name.strip().toLowerCase(Locale.ROOT) : name.strip();
        var user = users.find(username)
                .filter(UserStore.User::enabled)
                .orElseThrow(() -> refused(
                        "no enabled ZoneWarden account named '" + username + "': ask an administrator to create it"));
        records.signedIn(user.username(), SignInRecords.currentAddress(), "single sign-on", true);
        var authorities = user.administrator()
                ? AuthorityUtils.createAuthorityList("ROLE_ADMINISTRATOR")
                : AuthorityUtils.NO_AUTHORITIES;
        return new DefaultOidcUser(authorities, identity.getIdToken(), identity.getUserInfo(), claim);
    }

    private OAuth2AuthenticationException refused(String message) {
        records.singleSignOnRefused(message, SignInRecords.currentAddress());
        return new OAuth2AuthenticationException(new OAuth2Error("access_denied", message, null), message);
    }
}
