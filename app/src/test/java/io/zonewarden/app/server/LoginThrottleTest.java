package io.zonewarden.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** Password guessing is throttled, through the API as through the sign-in form; password rules and changes. */
class LoginThrottleTest extends ServerTestSupport {

    @Test
    void five_wrong_passwords_lock_the_account_name_even_for_the_right_one() throws Exception {
        member("throttled", null, null);
        mvc.perform(get("/api/v1/plants").with(as("throttled"))).andExpect(status().isOk());
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/plants").with(httpBasic("throttled", "wrong guess number " + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/plants").with(as("throttled")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("wrong name or password, or too many")));
        // other accounts are not affected
        mvc.perform(get("/api/v1/plants").with(admin())).andExpect(status().isOk());
    }

    @Test
    void changing_a_password_needs_the_current_one() throws Exception {
        member("changer", null, null);
        var me = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                "changer");
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        var fresh = "a brand new pass phrase 2026";
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/account/password")
                        .with(me)
                        .with(csrf)
                        .param("current", "not my password at all")
                        .param("password", fresh)
                        .param("confirm", fresh))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/plants").with(as("changer"))).andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/account/password")
                        .with(me)
                        .with(csrf)
                        .param("current", password("changer"))
                        .param("password", fresh)
                        .param("confirm", fresh))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/plants").with(httpBasic("changer", fresh))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/plants").with(as("changer"))).andExpect(status().isUnauthorized());
    }

    @Test
    void guessing_the_current_password_in_a_session_is_throttled_like_signing_in() throws Exception {
        member("guessed", null, null);
        var me = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(
                "guessed");
        var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
        var fresh = "a brand new pass phrase 2026";
        for (int i = 0; i < 5; i++) {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/account/password")
                            .with(me)
                            .with(csrf)
                            .param("current", "guess number " + i)
                            .param("password", fresh)
                            .param("confirm", fresh))
                    .andExpect(status().isBadRequest());
        }
        // the sixth try has the right password, and is refused all the same: the name is locked at this address
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/account/password")
                        .with(me)
                        .with(csrf)
                        .param("current", password("guessed"))
                        .param("password", fresh)
                        .param("confirm", fresh))
                .andExpect(status().isBadRequest());
        assertThat(accounts.passwordMatches("guessed", password("guessed"))).isTrue();
    }

    @Test
    void a_disabled_account_is_refused_even_with_a_password_verified_a_moment_ago() throws Exception {
        member("leaver", null, null);
        mvc.perform(get("/api/v1/plants").with(as("leaver"))).andExpect(status().isOk());
        accounts.setEnabled("test", "leaver", false);
        mvc.perform(get("/api/v1/plants").with(as("leaver"))).andExpect(status().isUnauthorized());
    }

    @Test
    void weak_passwords_are_refused_with_the_reason() {
        var thrown = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class, () -> accounts.create("test", "weakling", "", "short", false));
        assertThat(thrown.problems()).anyMatch(p -> p.contains("at least 12"));
        var named = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class,
                () -> accounts.create("test", "pumpkin", "", "my pumpkin password", false));
        assertThat(named.problems()).anyMatch(p -> p.contains("username"));
        assertThat(users.find("weakling")).isEmpty();
        var longName = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class,
                () -> accounts.create("test", "longname", "x".repeat(201), "a good long pass phrase", false));
        assertThat(longName.problems()).anyMatch(p -> p.contains("display name: at most 200"));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"password1234", "123456789012", "Password123!"})
    void common_and_patterned_passwords_are_refused_for_new_accounts_and_changes(String password) {
        var thrown = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class, () -> accounts.create("test", "guessable", "", password, false));
        assertThat(thrown.problems()).anyMatch(p -> p.contains("passphrase of four or more unrelated words"));
        assertThat(users.find("guessable")).isEmpty();
        member("keeps-old", null, null);
        var change = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class, () -> accounts.changePassword("test", "keeps-old", password));
        assertThat(change.problems()).anyMatch(p -> p.contains("passphrase of four or more unrelated words"));
        assertThat(accounts.passwordMatches("keeps-old", password("keeps-old"))).isTrue();
    }
}
