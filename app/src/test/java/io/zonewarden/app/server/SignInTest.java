package io.zonewarden.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.zonewarden.app.server.audit.AuditEntry;
import io.zonewarden.app.server.audit.AuditTrail;
import io.zonewarden.app.server.security.SignInRecords;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Sign-in as an outsider sees it: one answer for every refusal, locks that stop guessing without locking others out,
 * sessions that end with a password change, and a record of it all. Every test signs in from addresses of its own
 * (the throttle counts per address), in 10.7.0.0/16.
 */
class SignInTest extends ServerTestSupport {

    @Autowired
    AuditTrail audit;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Logger logger;
    private Level level;

    @BeforeEach
    void captureLog() {
        logger = (Logger) LoggerFactory.getLogger(SignInRecords.class);
        level = logger.getLevel();
        logger.setLevel(Level.INFO);
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void releaseLog() {
        logger.detachAppender(log);
        logger.setLevel(level);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    @Test
    void the_api_answers_an_unknown_and_a_locked_name_alike() throws Exception {
        member("api-locked", null, null);
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/plants")
                            .with(httpBasic("api-locked", "wrong guess " + i))
                            .with(from("10.7.1.1")))
                    .andExpect(status().isUnauthorized());
        }
        var locked = mvc.perform(get("/api/v1/plants").with(as("api-locked")).with(from("10.7.1.1")))
                .andReturn();
        var unknown = mvc.perform(get("/api/v1/plants")
                        .with(httpBasic("no-such-account-anywhere", password("api-locked")))
                        .with(from("10.7.1.2")))
                .andReturn();
        var wrong = mvc.perform(get("/api/v1/plants")
                        .with(httpBasic("api-locked", "wrong"))
                        .with(from("10.7.1.3")))
                .andReturn();
        for (var other : List.of(unknown, wrong)) {
            assertThat(other.getResponse().getStatus())
                    .isEqualTo(401)
                    .isEqualTo(locked.getResponse().getStatus());
            assertThat(other.getResponse().getContentAsString())
                    .isEqualTo(locked.getResponse().getContentAsString());
            assertThat(other.getResponse().getHeader("WWW-Authenticate"))
                    .isEqualTo(locked.getResponse().getHeader("WWW-Authenticate"));
            assertThat(other.getResponse().getContentType())
                    .isEqualTo(locked.getResponse().getContentType());
        }
        assertThat(locked.getResponse().getContentAsString()).contains("too many failed sign-ins");
        // the lock holds for that name from that address only: the owner elsewhere still gets in
        mvc.perform(get("/api/v1/plants").with(as("api-locked")).with(from("10.7.1.4")))
                .andExpect(status().isOk());
    }

    @Test
    void four_failures_do_not_lock_and_the_fifth_does() throws Exception {
        member("counted", null, null);
        for (int i = 0; i < 4; i++) {
            mvc.perform(get("/api/v1/plants")
                    .with(httpBasic("counted", "wrong " + i))
                    .with(from("10.7.2.1")));
        }
        // each failure counts once: the right password still gets in after four
        mvc.perform(get("/api/v1/plants").with(as("counted")).with(from("10.7.2.1")))
                .andExpect(status().isOk());
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/plants")
                    .with(httpBasic("counted", "wrong " + i))
                    .with(from("10.7.2.1")));
        }
        mvc.perform(get("/api/v1/plants").with(as("counted")).with(from("10.7.2.1")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void the_sign_in_form_answers_an_unknown_and_a_locked_name_alike() throws Exception {
        member("web-locked", null, null);
        for (int i = 0; i < 5; i++) {
            signIn("web-locked", "wrong guess " + i, "10.7.3.1").andExpect(redirectedUrl("/login?error"));
        }
        var locked = signIn("web-locked", password("web-locked"), "10.7.3.1").andReturn();
        var unknown = signIn("nobody-by-this-name", password("web-locked"), "10.7.3.2")
                .andReturn();
        for (var answer : List.of(locked, unknown)) {
            assertThat(answer.getResponse().getStatus()).isEqualTo(302);
            assertThat(answer.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
            assertThat(answer.getResponse().getContentAsString()).isEmpty();
        }
        signIn("web-locked", password("web-locked"), "10.7.3.3").andExpect(redirectedUrl("/"));
    }

    @Test
    void many_names_tried_from_one_address_lock_it_but_not_for_who_signed_in_there_before() throws Exception {
        member("regular", null, null);
        member("newcomer", null, null);
        mvc.perform(get("/api/v1/plants").with(as("regular")).with(from("10.7.4.1")))
                .andExpect(status().isOk());
        long before = audit.count(null);
        for (int i = 0; i < 30; i++) {
            mvc.perform(get("/api/v1/plants")
                            .with(httpBasic("sprayed-name-" + i, "Summer2026!"))
                            .with(from("10.7.4.1")))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(get("/api/v1/plants").with(as("newcomer")).with(from("10.7.4.1")))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/plants").with(as("regular")).with(from("10.7.4.1")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/plants").with(as("newcomer")).with(from("10.7.4.2")))
                .andExpect(status().isOk());
        // 30 unknown names: no entry each, one for the address lock
        var added = entriesSince(before);
        assertThat(added).noneMatch(e -> e.target().contains("sprayed-name"));
        assertThat(added)
                .filteredOn(e -> e.action().equals("address.locked"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.target()).isEqualTo("address 10.7.4.1");
                    assertThat(e.after()).contains("after 30 failed sign-ins");
                });
        assertThat(messages()).anyMatch(m -> m.startsWith("sign-in locked: every name from 10.7.4.1"));
    }

    @Test
    void sign_ins_failures_and_locks_are_logged_with_the_address_and_kept_in_the_audit_trail() throws Exception {
        member("recorded", null, null);
        long before = audit.count(null);
        signIn("recorded", password("recorded"), "10.7.5.1").andExpect(redirectedUrl("/"));
        for (int i = 0; i < 5; i++) signIn("recorded", "wrong " + i, "10.7.5.2");
        signIn("never-an-account", "wrong", "10.7.5.2");

        assertThat(messages())
                .contains(
                        "sign-in: 'recorded' from 10.7.5.1 (web)",
                        "failed sign-in: 'recorded' (an account) from 10.7.5.2",
                        "failed sign-in: 'never-an-account' (no such account) from 10.7.5.2")
                .anyMatch(m -> m.startsWith("sign-in locked: 'recorded' from 10.7.5.2 until "));
        var added = entriesSince(before);
        assertThat(added)
                .filteredOn(e -> e.action().equals("account.sign-in"))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.actor()).isEqualTo("recorded");
                    assertThat(e.after()).isEqualTo("from 10.7.5.1 (web)");
                });
        assertThat(added)
                .filteredOn(e -> e.action().equals("account.sign-in-failed"))
                .hasSize(5)
                .allSatisfy(e -> {
                    assertThat(e.target()).isEqualTo("account recorded");
                    assertThat(e.after()).isEqualTo("wrong password from 10.7.5.2");
                });
        assertThat(added)
                .filteredOn(e -> e.action().equals("account.locked"))
                .singleElement()
                .satisfies(e -> assertThat(e.after()).contains("after 5 failed sign-ins from 10.7.5.2"));
        assertThat(added).noneMatch(e -> e.target().contains("never-an-account"));
    }

    @Test
    void an_api_client_is_recorded_once_a_day_not_with_every_request() throws Exception {
        member("busy-client", null, null);
        long before = audit.count(null);
        for (int i = 0; i < 3; i++) {
            mvc.perform(get("/api/v1/plants").with(as("busy-client")).with(from("10.7.6.1")))
                    .andExpect(status().isOk());
        }
        assertThat(entriesSince(before))
                .filteredOn(e -> e.action().equals("account.sign-in"))
                .singleElement()
                .satisfies(e -> assertThat(e.after()).isEqualTo("from 10.7.6.1 (api)"));
    }

    @Test
    void a_password_change_ends_the_accounts_other_sessions_and_keeps_the_one_that_made_it() throws Exception {
        member("two-desks", null, null);
        var desk = session("two-desks", password("two-desks"), "10.7.7.1");
        var laptop = session("two-desks", password("two-desks"), "10.7.7.2");
        mvc.perform(get("/account").session(laptop)).andExpect(status().isOk());

        var fresh = "a fresh pass phrase for two desks";
        mvc.perform(post("/account/password")
                        .session(desk)
                        .with(csrf())
                        .param("current", password("two-desks"))
                        .param("password", fresh)
                        .param("confirm", fresh))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/account").session(laptop)).andExpect(redirectedUrl("/login?expired"));
        mvc.perform(get("/account").session(desk)).andExpect(status().isOk());
    }

    @Test
    void disabling_an_account_ends_its_sessions() throws Exception {
        member("soon-gone", null, null);
        var session = session("soon-gone", password("soon-gone"), "10.7.8.1");
        mvc.perform(get("/account").session(session)).andExpect(status().isOk());
        accounts.setEnabled(TestServers.ADMIN, "soon-gone", false);
        mvc.perform(get("/account").session(session)).andExpect(redirectedUrl("/login?expired"));
    }

    private org.springframework.test.web.servlet.ResultActions signIn(String name, String password, String address)
            throws Exception {
        return mvc.perform(post("/login")
                .param("username", name)
                .param("password", password)
                .with(csrf())
                .with(from(address)));
    }

    private MockHttpSession session(String name, String password, String address) throws Exception {
        MvcResult result =
                signIn(name, password, address).andExpect(redirectedUrl("/")).andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private List<AuditEntry> entriesSince(long count) {
        return audit.entries(null, 0, (int) (audit.count(null) - count));
    }

    private List<String> messages() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
