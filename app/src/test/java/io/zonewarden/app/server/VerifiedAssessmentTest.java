package io.zonewarden.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.assessment.Verification;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * Claimed and verified SL-A on the server: the API's nulls for FRs not assessed, verification recorded with who and
 * when, the pages' grey "not assessed" in place of red zeros.
 */
class VerifiedAssessmentTest extends ServerTestSupport {

    @Test
    void the_api_gives_claimed_and_verified_sl_a_with_null_where_an_fr_is_not_assessed() throws Exception {
        importPlant("verified-api");

        mvc.perform(get("/api/v1/plants/verified-api/assessment/zones/dmz").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.slAchieved").value(Matchers.contains(1, null, null, null, 2, null, null)))
                .andExpect(jsonPath("$.slVerified").value(Matchers.contains(0, null, null, null, 1, null, null)))
                .andExpect(jsonPath("$.gap").value(Matchers.contains(1, null, null, null, 1, null, null)))
                .andExpect(jsonPath("$.requirements[?(@.id == 'SR 5.1')].verification")
                        .value(Matchers.contains("test")))
                .andExpect(jsonPath("$.requirements[?(@.id == 'SR 5.1')].verifiedBy")
                        .value(Matchers.contains("P. Lindqvist")));
        mvc.perform(get("/api/v1/plants/verified-api/zones").with(admin()))
                .andExpect(jsonPath("$[?(@.id == 'enterprise')].slAchieved[0]").value(Matchers.contains((Object) null)))
                .andExpect(jsonPath("$[?(@.id == 'bpcs')].slVerified")
                        .value(Matchers.contains(Matchers.contains(0, 1, 1, 1, 0, 1, 0))));
    }

    @Test
    void an_answer_given_with_its_verification_records_who_checked_it_and_when() throws Exception {
        importPlant("verified-put");

        // SR 1.3 is the one SL 1 row of FR 1 in the DMZ left unchecked besides SR 1.1 and the others
        mvc.perform(put("/api/v1/plants/verified-put/assessment/zones/dmz/requirements/{r}", "SR 1.3")
                        .with(admin())
                        .header("If-Match", "\"1\"")
                        .contentType("application/json")
                        .content("{\"status\":\"implemented\",\"verification\":\"test\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.requirements[?(@.id == 'SR 1.3')].verification")
                        .value(Matchers.contains("test")));
        var answer = PlantYamlReader.read(model("verified-put"), "stored")
                .assessment()
                .answersFor("dmz")
                .get("SR 1.3");
        assertThat(answer.verification()).isEqualTo(Verification.TEST);
        assertThat(answer.verifiedBy()).isEqualTo(TestServers.ADMIN);
        assertThat(answer.verifiedOn()).isBetween(LocalDate.now().minusDays(1), LocalDate.now());

        mvc.perform(put("/api/v1/plants/verified-put/assessment/zones/dmz/requirements/{r}", "SR 1.4")
                        .with(admin())
                        .header("If-Match", "\"2\"")
                        .contentType("application/json")
                        .content("{\"status\":\"implemented\",\"verification\":\"looked\"}"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void the_web_form_does_not_carry_a_check_of_the_earlier_status_over_to_a_new_one() throws Exception {
        importPlant("verified-web");

        // bpcs SR 5.1 is partial, read in a document; the row's form sends that method along with the new status
        mvc.perform(post("/plants/verified-web/assessment/bpcs/answer")
                        .param("version", "1")
                        .param("requirement", "SR 5.1")
                        .param("status", "implemented")
                        .param("verification", "document")
                        .header("HX-Request", "true")
                        .with(user(TestServers.ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk());
        var stored = PlantYamlReader.read(model("verified-web"), "stored");
        assertThat(stored.assessment().answersFor("bpcs").get("SR 5.1").verification())
                .isNull();
        // the evidence stays, and choosing the method again records this assessor
        mvc.perform(post("/plants/verified-web/assessment/bpcs/answer")
                        .param("version", "2")
                        .param("requirement", "SR 5.1")
                        .param("status", "implemented")
                        .param("verification", "document")
                        .header("HX-Request", "true")
                        .with(user(TestServers.ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk());
        var again = PlantYamlReader.read(model("verified-web"), "stored")
                .assessment()
                .answersFor("bpcs")
                .get("SR 5.1");
        assertThat(again.verification()).isEqualTo(Verification.DOCUMENT);
        assertThat(again.verifiedBy()).isEqualTo(TestServers.ADMIN);
        assertThat(again.meetsVerified()).isTrue();
    }

    @Test
    void the_pages_show_not_assessed_in_grey_instead_of_red_zeros() throws Exception {
        importPlant("verified-pages");

        var overview = page("/plants/verified-pages");
        // the enterprise zone has no answer: seven grey dashes, no level at all
        var enterprise = row(overview, "zone-enterprise");
        assertThat(enterprise).contains("FR1: not assessed").doesNotContain(">0 <");
        assertThat(enterprise.split("class=\"na\"", -1)).hasSize(15);
        assertThat(overview).contains("SL-A verified");

        var checklist = page("/plants/verified-pages/assessment?zone=dmz");
        assertThat(checklist)
                .contains("id=\"sl-v\"")
                .contains("not assessed: FR 2, FR 3, FR 4, FR 6, FR 7")
                .contains("verified: test, P. Lindqvist, 2026-11-14");

        var zones = page("/plants/verified-pages/zones");
        assertThat(row(zones, "item-dmz")).contains("FR2: not assessed");
    }

    /** The plant's model file as the server exports it. */
    private String model(String plant) throws Exception {
        return mvc.perform(get("/api/v1/plants/{p}/model", plant).with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path).with(user(TestServers.ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The table row with this id. */
    private static String row(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isNotNegative();
        return html.substring(start, html.indexOf("</tr>", start));
    }
}
