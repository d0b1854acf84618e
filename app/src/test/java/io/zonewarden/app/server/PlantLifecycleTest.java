package io.zonewarden.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.zonewarden.core.io.PlantYamlReader;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

/**
 * A plant's life on the server: imported and exported without loss, edited with optimistic locking, every change in
 * the audit trail; bad input refused with its location and nothing changed.
 */
class PlantLifecycleTest extends ServerTestSupport {

    @Test
    void the_server_runs_on_the_database_this_test_run_targets() throws Exception {
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDatabaseProductName())
                    .isEqualTo(TestServers.onPostgres() ? "PostgreSQL" : "H2");
        }
    }

    @Test
    void a_model_file_goes_through_the_database_and_back_without_loss() throws Exception {
        importPlant("trip");
        var exported = mvc.perform(get("/api/v1/plants/trip/model").with(admin()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        var original = PlantYamlReader.read(examplePlant("trip"), "original");
        var back = PlantYamlReader.read(exported, "exported");
        assertThat(back).isEqualTo(original);
        assertThat(back.assessment().zones()).isNotEmpty();
        assertThat(back.risk().scenarios()).isNotEmpty();
        assertThat(back.organisation()).isEqualTo(original.organisation());
    }

    @Test
    void an_answer_changes_sl_a_and_is_audited_with_before_and_after() throws Exception {
        importPlant("answer");
        var zone = "bpcs";
        String before = mvc.perform(
                        get("/api/v1/plants/answer/assessment/zones/{z}", zone).with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(put("/api/v1/plants/answer/assessment/zones/{z}/requirements/{r}", zone, "SR 5.1")
                        .with(admin())
                        .header("If-Match", "\"1\"")
                        .contentType("application/json")
                        .content("{\"status\":\"implemented\",\"note\":\"zone firewall in place\"}"))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""))
                .andExpect(
                        jsonPath("$.requirements[?(@.id == 'SR 5.1')].state").value(Matchers.contains("implemented")));
        String after = mvc.perform(
                        get("/api/v1/plants/answer/assessment/zones/{z}", zone).with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(after).isNotEqualTo(before);
        mvc.perform(get("/api/v1/plants/answer/audit").with(admin()))
                .andExpect(jsonPath("$.items[0].action").value("assessment.answer"))
                .andExpect(jsonPath("$.items[0].target").value("zone bpcs / SR 5.1"))
                .andExpect(jsonPath("$.items[0].after").value("implemented"));
        assertThat(verifyAudit(null).intact()).isTrue();
    }

    @Test
    void an_evidence_file_is_stored_with_its_sha256_beside_the_answer_and_downloads_unchanged() throws Exception {
        importPlant("evidence");
        var content = "firewall rule review, signed\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        var sha = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        mvc.perform(multipart("/plants/evidence/assessment/bpcs/answer")
                        .file(new MockMultipartFile("evidence", "fw-review.txt", "text/plain", content))
                        .param("version", "1")
                        .param("requirement", "SR 5.2")
                        .param("status", "implemented")
                        .header("HX-Request", "true")
                        .with(user(TestServers.ADMIN))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.allOf(
                                Matchers.containsString("fw-review.txt"),
                                Matchers.containsString("hx-swap-oob"),
                                Matchers.containsString("value=\"2\""))));
        var answer = PlantYamlReader.read(plantsModel("evidence"), "stored")
                .assessment()
                .answersFor("bpcs")
                .get("SR 5.2");
        var evidence = answer.evidence().get(answer.evidence().size() - 1);
        assertThat(evidence.sha256()).isEqualTo(sha);
        var id = evidence.file().split("/")[1];
        var download = mvc.perform(get("/plants/evidence/evidence/{id}", id).with(user(TestServers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-SHA256", sha))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(download).isEqualTo(content);
        // another plant cannot fetch it by id
        importPlant("evidence-other");
        mvc.perform(get("/plants/evidence-other/evidence/{id}", id).with(user(TestServers.ADMIN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_stale_edit_is_refused_and_the_first_one_kept() throws Exception {
        importPlant("stale");
        mvc.perform(put("/api/v1/plants/stale/assessment/zones/bpcs/requirements/{r}", "SR 2.1")
                        .with(admin())
                        .header("If-Match", "\"1\"")
                        .contentType("application/json")
                        .content("{\"status\":\"implemented\"}"))
                .andExpect(status().isOk());
        // a second client still holding version 1
        mvc.perform(put("/api/v1/plants/stale/assessment/zones/bpcs/requirements/{r}", "SR 2.1")
                        .with(admin())
                        .header("If-Match", "\"1\"")
                        .contentType("application/json")
                        .content("{\"status\":\"not-implemented\"}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("reload")));
        var model = PlantYamlReader.read(plantsModel("stale"), "stored");
        assertThat(model.assessment().answersFor("bpcs").get("SR 2.1").status().label())
                .isEqualTo("implemented");
        // the web application refuses the same way
        mvc.perform(post("/plants/stale/zones/membership")
                        .with(user(TestServers.ADMIN))
                        .with(csrf())
                        .param("version", "1")
                        .param("asset", "wgw-1")
                        .param("zone", "dmz"))
                .andExpect(status().isConflict());
        // and a write without a version is not taken at all
        mvc.perform(put("/api/v1/plants/stale/assessment/zones/bpcs/requirements/{r}", "SR 2.1")
                        .with(admin())
                        .contentType("application/json")
                        .content("{\"status\":\"planned\"}"))
                .andExpect(status().isPreconditionRequired());
        assertThat(version("stale")).isEqualTo(2);
    }

    @Test
    void malformed_yaml_is_refused_with_line_and_column_and_creates_nothing() throws Exception {
        long plantsBefore = plants.all().size();
        var broken = examplePlant("broken").replace("  name: Ammonia unit 3", "  name: [unclosed");
        mvc.perform(post("/api/v1/plants")
                        .with(admin())
                        .contentType("application/yaml")
                        .content(broken))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value(Matchers.matchesPattern(".*:\\d+:\\d+: .*")))
                .andExpect(jsonPath("$.changed").value(false));
        var unknownZone =
                examplePlant("broken2").replace("assets: [scada-1, hmi-1,", "assets: [ghost-1, scada-1, hmi-1,");
        mvc.perform(post("/api/v1/plants")
                        .with(admin())
                        .contentType("application/yaml")
                        .content(unknownZone))
                .andExpect(status().isBadRequest());
        assertThat(plants.all()).hasSize((int) plantsBefore);
        assertThat(plants.find("broken")).isEmpty();
    }

    @Test
    void edits_in_forms_store_a_model_the_reader_accepts_and_refuse_unknown_names() throws Exception {
        importPlant("forms");
        var admin = user(TestServers.ADMIN);
        mvc.perform(post("/plants/forms/conduits/{c}/allow", "ops-bpcs")
                        .with(admin)
                        .with(csrf())
                        .param("version", "1")
                        .param("from", "hist-1")
                        .param("to", "plc-101")
                        .param("protocol", "s7comm")
                        .param("port", "102")
                        .param("functions", "read-var"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/plants/forms/zones/membership")
                        .with(admin)
                        .with(csrf())
                        .param("version", "2")
                        .param("asset", "wgw-1")
                        .param("zone", "dmz"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/plants/forms/conduits/{c}/allow/{i}/delete", "ops-bpcs", 0)
                        .with(admin)
                        .with(csrf())
                        .param("version", "3"))
                .andExpect(status().is3xxRedirection());
        // an allow rule naming something the plant does not have is refused, as the model file reader would
        mvc.perform(post("/plants/forms/conduits/{c}/allow", "ops-bpcs")
                        .with(admin)
                        .with(csrf())
                        .param("version", "4")
                        .param("from", "hist-9")
                        .param("to", "plc-101")
                        .param("protocol", "s7comm"))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("&#39;hist-9&#39; is no asset or zone")));
        assertThat(version("forms")).isEqualTo(4);
        var stored = PlantYamlReader.read(plantsModel("forms"), "stored");
        assertThat(stored.zonesOf("wgw-1")).containsExactly("dmz");
        assertThat(stored.conduit("ops-bpcs").orElseThrow().allow())
                .extracting(r -> r.from() + ">" + r.to())
                .containsExactly("hist-1>plc-101");
        mvc.perform(get("/api/v1/plants/forms/audit").with(admin()))
                .andExpect(jsonPath("$.items[*].action")
                        .value(Matchers.hasItems("conduit.allow", "asset.zone", "conduit.disallow")));
    }

    @Test
    void two_assessors_answer_different_requirements_from_the_same_page_and_the_same_one_is_refused() throws Exception {
        importPlant("together");
        var admin = user(TestServers.ADMIN);
        // two pages loaded at version 1; each form sends back the tag of the answer its row showed
        var model = PlantYamlReader.read(plantsModel("together"), "stored");
        var fmt = new io.zonewarden.app.server.web.Formats();
        var seen21 = fmt.answerTag(model.assessment().answersFor("bpcs").get("SR 2.1"));
        var seen22 = fmt.answerTag(model.assessment().answersFor("bpcs").get("SR 2.2"));
        answer("together", "SR 2.1", "implemented", seen21).andExpect(status().isOk());
        answer("together", "SR 2.2", "planned", seen22).andExpect(status().isOk());
        // a third page, also at version 1, still shows SR 2.1 as it was: its answer to SR 2.1 is refused
        answer("together", "SR 2.1", "not-implemented", seen21).andExpect(status().isConflict());
        var stored = PlantYamlReader.read(plantsModel("together"), "stored")
                .assessment()
                .answersFor("bpcs");
        assertThat(stored.get("SR 2.1").status().label()).isEqualTo("implemented");
        assertThat(stored.get("SR 2.2").status().label()).isEqualTo("planned");
        assertThat(version("together")).isEqualTo(3);
    }

    @Test
    void a_second_plant_with_a_taken_id_is_refused() throws Exception {
        importPlant("twice");
        mvc.perform(post("/api/v1/plants")
                        .with(admin())
                        .contentType("application/yaml")
                        .content(examplePlant("twice")))
                .andExpect(status().isConflict());
    }

    @Test
    void a_csv_with_a_bad_row_imports_nothing_and_names_the_row() throws Exception {
        importPlant("csv");
        var csv = "id,name,type,ip,zone\nnew-hmi,New HMI,hmi,10.20.1.99,bpcs\nbad-one,Bad,not-a-type,10.20.1.98,bpcs\n";
        mvc.perform(post("/api/v1/plants/csv/assets/import")
                        .with(admin())
                        .header("If-Match", "\"1\"")
                        .contentType("text/csv")
                        .content(csv))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value(Matchers.containsString(":3")));
        assertThat(version("csv")).isEqualTo(1);
        var good = "id,name,type,ip,zone\nnew-hmi,New HMI,hmi,10.20.1.99,bpcs\n";
        mvc.perform(post("/api/v1/plants/csv/assets/import")
                        .with(admin())
                        .header("If-Match", "\"1\"")
                        .contentType("text/csv")
                        .content(good))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.added").value(Matchers.contains("new-hmi")));
        mvc.perform(get("/api/v1/plants/csv/assets/new-hmi").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.zones").value(Matchers.contains("bpcs")));
    }

    @Test
    void text_that_is_not_utf8_is_refused_with_its_byte_offset() throws Exception {
        var bytes = examplePlant("latin").getBytes(StandardCharsets.UTF_8);
        var latin = new byte[bytes.length + 1];
        System.arraycopy(bytes, 0, latin, 0, 20);
        latin[20] = (byte) 0xe9;
        System.arraycopy(bytes, 20, latin, 21, bytes.length - 20);
        mvc.perform(post("/api/v1/plants")
                        .with(admin())
                        .contentType("application/yaml")
                        .content(latin))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value(Matchers.containsString("byte 20")));
    }

    @Test
    void unknown_ids_answer_404_with_a_problem() throws Exception {
        importPlant("ids");
        mvc.perform(get("/api/v1/plants/ids/assets/no-such-asset").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("no-such-asset")));
        mvc.perform(get("/api/v1/plants/ids/captures/999999").with(admin())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plants/ids/alerts/999999").with(admin())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/plants/nothing-here").with(admin())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/no/such/thing").with(admin()))
                .andExpect(status().isNotFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(put("/api/v1/plants/ids/assessment/zones/{z}/requirements/{r}", "no-zone", "SR 1.1")
                        .with(admin())
                        .header("If-Match", "\"1\"")
                        .contentType("application/json")
                        .content("{\"status\":\"implemented\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value(Matchers.containsString("no zone 'no-zone'")));
        assertThat(version("ids")).isEqualTo(1);
    }

    @Test
    void the_web_import_shows_every_problem_of_a_bad_file() throws Exception {
        var file = new MockMultipartFile(
                "file",
                "plant.yaml",
                "application/yaml",
                examplePlant("webbad").replace("type: plc", "type: toaster").getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/plants")
                        .file(file)
                        .with(user(TestServers.ADMIN))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("plant.yaml:")));
        assertThat(plants.find("webbad")).isEmpty();
    }

    @Test
    void the_openapi_description_lists_the_api() throws Exception {
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("ZoneWarden API"))
                .andExpect(jsonPath("$.paths['/api/v1/plants/{slug}/assets']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/plants/{slug}/alerts/{id}/acknowledge']")
                        .exists());
    }

    /** An answer in zone bpcs from the checklist of a page loaded at version 1 that showed the answer {@code seen}. */
    private org.springframework.test.web.servlet.ResultActions answer(
            String plant, String requirement, String status, String seen) throws Exception {
        return mvc.perform(post("/plants/{p}/assessment/bpcs/answer", plant)
                .with(user(TestServers.ADMIN))
                .with(csrf())
                .header("HX-Request", "true")
                .param("version", "1")
                .param("requirement", requirement)
                .param("status", status)
                .param("seen", seen));
    }

    @Test
    void a_json_body_that_does_not_parse_is_refused_with_its_line_and_column() throws Exception {
        importPlant("badjson");
        mvc.perform(put("/api/v1/plants/badjson/assessment/zones/bpcs/requirements/{r}", "SR 1.1")
                        .with(admin())
                        .header("If-Match", "\"1\"")
                        .contentType("application/json")
                        .content("{\"status\": \"implemented\",\n  \"note\": }"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.problems[0]").value(Matchers.startsWith("request body:2:")));
        assertThat(version("badjson")).isEqualTo(1);
    }

    @Test
    void long_plant_ids_and_names_are_stored() throws Exception {
        var id = "p" + "x".repeat(119);
        var yaml = examplePlant(id)
                .replace(
                        "  name: Ammonia unit 3",
                        "  name: " + "Long name ".repeat(40).strip());
        mvc.perform(post("/api/v1/plants")
                        .with(admin())
                        .contentType("application/yaml")
                        .content(yaml))
                .andExpect(status().isCreated());
        var back = mvc.perform(get("/api/v1/plants/{id}/model", id).with(admin()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(PlantYamlReader.read(back, "back").info().name()).hasSize(399);
    }

    private String plantsModel(String id) {
        return jdbcModel(plants.find(id).orElseThrow().id());
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private String jdbcModel(long id) {
        return jdbc.sql("select model_yaml from plant where id = ?")
                .param(id)
                .query(String.class)
                .single();
    }
}
