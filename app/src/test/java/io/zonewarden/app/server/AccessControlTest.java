package io.zonewarden.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Roles per plant, proved through the API and the web application alike: a viewer reads and cannot write, an
 * auditor reads the audit trail and cannot write, a member of one plant cannot see another, and a stranger is sent
 * to sign in.
 */
class AccessControlTest extends ServerTestSupport {

    @BeforeEach
    void plants() throws Exception {
        if (plants.find("acl-a").isEmpty()) {
            importPlant("acl-a");
            importPlant("acl-b");
            member("acl-viewer", "acl-a", "viewer");
            member("acl-auditor", "acl-a", "auditor");
            member("acl-assessor", "acl-a", "assessor");
            member("acl-b-admin", "acl-b", "admin");
        }
    }

    @Test
    void a_viewer_reads_but_cannot_write_through_the_api() throws Exception {
        mvc.perform(get("/api/v1/plants/acl-a").with(as("acl-viewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("viewer"));
        mvc.perform(get("/api/v1/plants/acl-a/assets").with(as("acl-viewer"))).andExpect(status().isOk());
        long before = version("acl-a");
        mvc.perform(put("/api/v1/plants/acl-a/assessment/zones/bpcs/requirements/{r}", "SR 1.1")
                        .with(as("acl-viewer"))
                        .header("If-Match", "\"" + before + "\"")
                        .contentType("application/json")
                        .content("{\"status\":\"implemented\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("viewer")));
        mvc.perform(get("/api/v1/plants/acl-a/model").with(as("acl-viewer"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/plants/acl-a/audit").with(as("acl-viewer"))).andExpect(status().isForbidden());
        assertThat(version("acl-a")).isEqualTo(before);
    }

    @Test
    void a_viewer_cannot_write_through_the_web_application() throws Exception {
        long before = version("acl-a");
        var viewer = user("acl-viewer");
        mvc.perform(get("/plants/acl-a/assessment").with(viewer)).andExpect(status().isOk());
        mvc.perform(post("/plants/acl-a/assessment/bpcs/answer")
                        .with(viewer)
                        .with(csrf())
                        .param("version", Long.toString(before))
                        .param("requirement", "SR 1.1")
                        .param("status", "implemented"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/plants/acl-a/zones/membership")
                        .with(viewer)
                        .with(csrf())
                        .param("version", Long.toString(before))
                        .param("asset", "plc-101")
                        .param("zone", "dmz"))
                .andExpect(status().isForbidden());
        mvc.perform(multipart("/plants/acl-a/captures")
                        .file(new MockMultipartFile("file", "x.pcap", "application/octet-stream", new byte[] {1}))
                        .with(viewer)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/plants/acl-a/export.yaml").with(viewer)).andExpect(status().isForbidden());
        assertThat(version("acl-a")).isEqualTo(before);
    }

    @Test
    void a_member_of_one_plant_cannot_see_another_through_api_or_pages() throws Exception {
        mvc.perform(get("/api/v1/plants").with(as("acl-b-admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id").value(org.hamcrest.Matchers.contains("acl-b")));
        for (var path : new String[] {
            "/api/v1/plants/acl-a",
            "/api/v1/plants/acl-a/assets",
            "/api/v1/plants/acl-a/model",
            "/api/v1/plants/acl-a/alerts",
            "/api/v1/plants/acl-a/zones"
        }) {
            mvc.perform(get(path).with(as("acl-b-admin"))).andExpect(status().isNotFound());
        }
        var other = user("acl-b-admin");
        for (var path : new String[] {
            "/plants/acl-a",
            "/plants/acl-a/assets",
            "/plants/acl-a/zones",
            "/plants/acl-a/assessment",
            "/plants/acl-a/monitoring",
            "/plants/acl-a/export.yaml",
            "/plants/acl-a/audit"
        }) {
            mvc.perform(get(path).with(other)).andExpect(status().isNotFound());
        }
        mvc.perform(post("/plants/acl-a/members")
                        .with(other)
                        .with(csrf())
                        .param("username", "acl-b-admin")
                        .param("role", "admin"))
                .andExpect(status().isNotFound());
        assertThat(members.role(
                        plants.find("acl-a").orElseThrow().id(),
                        users.find("acl-b-admin").orElseThrow().id()))
                .isEmpty();
    }

    @Test
    void an_auditor_reads_exports_and_sees_the_audit_trail_but_changes_nothing() throws Exception {
        mvc.perform(get("/api/v1/plants/acl-a/audit").with(as("acl-auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].action").value(org.hamcrest.Matchers.hasItem("plant.import")));
        mvc.perform(get("/api/v1/plants/acl-a/model").with(as("acl-auditor"))).andExpect(status().isOk());
        mvc.perform(get("/plants/acl-a/audit").with(user("acl-auditor"))).andExpect(status().isOk());
        mvc.perform(post("/plants/acl-a/members")
                        .with(user("acl-auditor"))
                        .with(csrf())
                        .param("username", "acl-auditor")
                        .param("role", "admin"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/plants/acl-a/audit").with(user("acl-assessor"))).andExpect(status().isForbidden());
    }

    @Test
    void strangers_are_sent_to_sign_in_and_the_api_answers_401_with_a_problem() throws Exception {
        mvc.perform(get("/plants/acl-a"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", org.hamcrest.Matchers.endsWith("/login")));
        mvc.perform(get("/api/v1/plants/acl-a"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic")))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/plants").with(httpBasic("acl-viewer", "not the password at all")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void an_unknown_page_answers_404_with_the_application_s_own_page() throws Exception {
        mvc.perform(get("/no/such/page").with(user(TestServers.ADMIN)).accept("text/html"))
                .andExpect(status().isNotFound());
    }

    @Test
    void changes_in_the_web_application_need_the_csrf_token() throws Exception {
        long before = version("acl-a");
        mvc.perform(post("/plants/acl-a/zones/membership")
                        .with(user(TestServers.ADMIN))
                        .param("version", Long.toString(before))
                        .param("asset", "plc-101")
                        .param("zone", "bpcs"))
                .andExpect(status().isForbidden());
        assertThat(version("acl-a")).isEqualTo(before);
    }

    @Test
    void pages_carry_a_content_security_policy_without_inline_script_and_deny_framing() throws Exception {
        mvc.perform(get("/plants/acl-a").with(user(TestServers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(header().string(
                                "Content-Security-Policy",
                                org.hamcrest.Matchers.allOf(
                                        org.hamcrest.Matchers.containsString("script-src 'self'"),
                                        org.hamcrest.Matchers.not(
                                                org.hamcrest.Matchers.containsString("unsafe-inline")),
                                        org.hamcrest.Matchers.containsString("frame-ancestors 'none'"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(
                        content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>"))));
    }
}
