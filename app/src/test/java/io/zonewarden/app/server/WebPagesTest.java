package io.zonewarden.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.RequestDispatcher;
import java.util.regex.Pattern;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The pages' own logic on the example plant: inventory search, filter, sort and pages; findings; the diagram. */
class WebPagesTest extends ServerTestSupport {

    private static final Pattern ASSET_LINK = Pattern.compile("/plants/pages/assets/(?!import\")([a-z0-9-]+)\"");

    @BeforeEach
    void plant() throws Exception {
        if (plants.find("pages").isEmpty()) importPlant("pages");
    }

    @Test
    void the_inventory_searches_by_address_filters_by_zone_sorts_by_address_and_pages() throws Exception {
        assertThat(assetIds(get("/plants/pages/assets").param("q", "10.20.1.11")))
                .containsExactly("plc-101");
        assertThat(assetIds(get("/plants/pages/assets").param("zone", "dmz")))
                .containsExactlyInAnyOrder("hist-dmz", "fw-ot");
        // numeric order: 10.20.1.11 before 10.20.1.12 before 10.20.2.x, reversed for desc
        var ascending =
                assetIds(get("/plants/pages/assets").param("zone", "bpcs").param("sort", "ip"));
        var descending = assetIds(get("/plants/pages/assets")
                .param("zone", "bpcs")
                .param("sort", "ip")
                .param("dir", "desc"));
        assertThat(ascending.indexOf("plc-101")).isLessThan(ascending.indexOf("plc-102"));
        assertThat(descending.indexOf("plc-101")).isGreaterThan(descending.indexOf("plc-102"));
        // 17 assets, 25 a page at most: a page far beyond the end shows the last page
        mvc.perform(get("/plants/pages/assets")
                        .param("size", "25")
                        .param("page", "9")
                        .with(user(TestServers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("1–17 of 17 assets")));
        // htmx asks for the table only
        mvc.perform(get("/plants/pages/assets")
                        .param("q", "plc")
                        .header("HX-Request", "true")
                        .with(user(TestServers.ADMIN)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<html"))))
                .andExpect(content().string(Matchers.containsString("id=\"asset-table\"")));
    }

    @Test
    void the_findings_page_filters_by_rule_and_subject() throws Exception {
        mvc.perform(get("/plants/pages/findings").param("rule", "ZCR-3.3").with(user(TestServers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("sis-plc-1")))
                .andExpect(content().string(Matchers.containsString("1–1 of 1")));
        mvc.perform(get("/plants/pages/findings").param("subject", "wgw-1").with(user(TestServers.ADMIN)))
                .andExpect(content().string(Matchers.containsString("ZCR-3.5")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<code>ZCR-3.3</code>"))));
    }

    @Test
    void the_diagram_marks_each_zone_and_conduit_with_its_worst_finding() throws Exception {
        mvc.perform(get("/plants/pages/zones/diagram.json").with(user(TestServers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.elements[?(@.data.id == 'bpcs')].data.worst")
                        .value(Matchers.contains("error")))
                .andExpect(jsonPath("$.elements[?(@.data.id == 'ent-bpcs')].data.worst")
                        .value(Matchers.contains("error")))
                .andExpect(jsonPath("$.elements[?(@.data.id == 'remote-access')].data.worst")
                        .value(Matchers.contains("none")))
                .andExpect(jsonPath("$.elements[?(@.data.id == 'remote-access')].data.label")
                        .value(Matchers.contains(Matchers.containsString("1 asset,"))));
    }

    @Test
    void the_risk_page_marks_a_declared_target_below_the_derived_one_and_members_show_administrators()
            throws Exception {
        mvc.perform(get("/plants/pages/risk").with(user(TestServers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("below what the risk asks for")));
        mvc.perform(get("/plants/pages/members").with(user(TestServers.ADMIN)))
                .andExpect(content().string(Matchers.containsString("administrator of the installation")));
    }

    @Test
    void the_error_page_renders() throws Exception {
        mvc.perform(get("/error")
                        .requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 404)
                        .accept("text/html")
                        .with(user(TestServers.ADMIN)))
                .andExpect(content().string(Matchers.containsString("There is no such page.")));
    }

    private java.util.List<String> assetIds(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        var html = mvc.perform(request.with(user(TestServers.ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var ids = new java.util.ArrayList<String>();
        var matcher = ASSET_LINK.matcher(html);
        while (matcher.find()) ids.add(matcher.group(1));
        return ids;
    }
}
