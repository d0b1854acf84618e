package io.zonewarden.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonewarden.app.server.security.OidcAccounts;
import java.time.Instant;
import java.util.Map;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.test.context.TestPropertySource;

/**
 * Optional OpenID Connect sign-in: configured by properties, offered on the sign-in page, sent to the provider, and an
 * identity only gets in when it names an existing, enabled local account.
 */
@TestPropertySource(
        properties = {
            "spring.security.oauth2.client.registration.plant-idp.client-id=zonewarden",
            "spring.security.oauth2.client.registration.plant-idp.client-secret=secret",
            "spring.security.oauth2.client.registration.plant-idp.client-name=Plant IdP",
            "spring.security.oauth2.client.registration.plant-idp.scope=openid,profile",
            "spring.security.oauth2.client.registration.plant-idp.authorization-grant-type=authorization_code",
            "spring.security.oauth2.client.registration.plant-idp.redirect-uri={baseUrl}/login/oauth2/code/{registrationId}",
            "spring.security.oauth2.client.provider.plant-idp.authorization-uri=https://idp.example.test/authorize",
            "spring.security.oauth2.client.provider.plant-idp.token-uri=https://idp.example.test/token",
            "spring.security.oauth2.client.provider.plant-idp.jwk-set-uri=https://idp.example.test/jwks",
            "spring.security.oauth2.client.provider.plant-idp.user-info-uri=https://idp.example.test/userinfo",
            "spring.security.oauth2.client.provider.plant-idp.user-name-attribute=sub"
        })
class SingleSignOnTest extends ServerTestSupport {

    @Autowired
    OidcAccounts oidc;

    @Autowired
    io.zonewarden.app.server.audit.AuditTrail audit;

    @Test
    void the_sign_in_page_offers_the_provider_and_sends_the_browser_there() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Sign in with Plant IdP")));
        mvc.perform(get("/oauth2/authorization/plant-idp"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", Matchers.startsWith("https://idp.example.test/authorize?")));
    }

    @Test
    void an_identity_gets_in_only_as_an_existing_enabled_account() {
        member("sso-user", null, null);
        long before = audit.count(null);
        var principal = invokeLocal(identity("sso-user"));
        assertThat(principal.getName()).isEqualTo("sso-user");
        // the sign-in is kept in the audit trail like one with a password
        assertThat(audit.entries(null, 0, (int) (audit.count(null) - before)))
                .filteredOn(e -> e.action().equals("account.sign-in"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("sso-user");
                    assertThat(e.after()).endsWith("(single sign-on)");
                });
        assertThatThrownBy(() -> invokeLocal(identity("stranger")))
                .isInstanceOf(OAuth2AuthenticationException.class)
                .hasMessageContaining("no enabled ZoneWarden account named 'stranger'");
        accounts.setEnabled("test", "sso-user", false);
        assertThatThrownBy(() -> invokeLocal(identity("sso-user"))).isInstanceOf(OAuth2AuthenticationException.class);
    }

    private OidcUser invokeLocal(OidcUser identity) {
        return oidc.local(identity);
    }

    private static OidcUser identity(String preferredUsername) {
        var now = Instant.now();
        var token = new OidcIdToken(
                "token",
                now,
                now.plusSeconds(60),
                Map.of(
                        "sub",
                        "id-" + preferredUsername,
                        "preferred_username",
                        preferredUsername,
                        "iss",
                        "https://idp.example.test"));
        return new DefaultOidcUser(java.util.List.of(), token, "sub");
    }
}
