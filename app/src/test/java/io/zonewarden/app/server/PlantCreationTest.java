package io.zonewarden.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/**
 * Only administrators of the installation create plants; a refused creation says the same whatever plant id the file
 * names, so it does not reveal which plants exist; and a plant's audit trail holds that very plant's entries only,
 * not those of a deleted plant that had the same id.
 */
class PlantCreationTest extends ServerTestSupport {

    @Test
    void an_account_that_is_no_installation_administrator_cannot_create_a_plant_through_the_api() throws Exception {
        importPlant("create-own");
        member("create-viewer", "create-own", "viewer");
        member("create-plant-admin", "create-own", "admin");
        for (var account : new String[] {"create-viewer", "create-plant-admin"}) {
            mvc.perform(post("/api/v1/plants")
                            .with(as(account))
                            .contentType("application/yaml")
                            .content(examplePlant("create-by-" + account)))
                    .andExpect(status().isForbidden())
                    .andExpect(jsonPath("$.detail").value(Matchers.containsString("administrator")));
            assertThat(plants.find("create-by-" + account)).isEmpty();
        }
    }

    @Test
    void an_account_that_is_no_installation_administrator_cannot_create_a_plant_through_the_pages() throws Exception {
        member("create-page-user", null, null);
        var file = new MockMultipartFile(
                "file",
                "p.yaml",
                "application/yaml",
                examplePlant("create-page").getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/plants")
                        .file(file)
                        .with(user("create-page-user"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(plants.find("create-page")).isEmpty();
        mvc.perform(get("/").with(user("create-page-user")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("Import a plant"))));
        mvc.perform(get("/").with(user(TestServers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Import a plant")));
        mvc.perform(multipart("/plants")
                        .file(file)
                        .with(user(TestServers.ADMIN))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(plants.find("create-page")).isPresent();
    }

    @Test
    void the_id_of_a_plant_one_cannot_see_is_refused_like_any_other() throws Exception {
        importPlant("create-hidden");
        importPlant("create-mine");
        member("create-prober", "create-mine", "admin");
        var taken = mvc.perform(post("/api/v1/plants")
                        .with(as("create-prober"))
                        .contentType("application/yaml")
                        .content(examplePlant("create-hidden")))
                .andReturn()
                .getResponse();
        var free = mvc.perform(post("/api/v1/plants")
                        .with(as("create-prober"))
                        .contentType("application/yaml")
                        .content(examplePlant("create-nowhere")))
                .andReturn()
                .getResponse();
        assertThat(taken.getStatus())
                .as("a taken id that the caller cannot see: the same answer as a free one")
                .isEqualTo(free.getStatus())
                .isEqualTo(403);
        assertThat(taken.getContentAsString()).isEqualTo(free.getContentAsString());
        // an administrator sees every plant, so telling them an id is taken reveals nothing
        mvc.perform(post("/api/v1/plants")
                        .with(admin())
                        .contentType("application/yaml")
                        .content(examplePlant("create-hidden")))
                .andExpect(status().isConflict());
    }

    @Test
    void a_plant_made_again_under_a_deleted_plant_s_id_does_not_show_the_old_plant_s_trail() throws Exception {
        importPlant("reborn");
        long v = version("reborn");
        mvc.perform(put("/api/v1/plants/reborn/assessment/zones/bpcs/requirements/{r}", "SR 1.1")
                        .with(admin())
                        .header("If-Match", "\"" + v + "\"")
                        .contentType("application/json")
                        .content("{\"status\":\"implemented\",\"note\":\"old plant's secret\"}"))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/v1/plants/reborn").with(admin())).andExpect(status().isNoContent());
        importPlant("reborn");
        member("reborn-auditor", "reborn", "auditor");
        mvc.perform(get("/api/v1/plants/reborn/audit").with(as("reborn-auditor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[*].action").value(Matchers.contains("plant.import")));
        mvc.perform(get("/plants/reborn/audit").with(user("reborn-auditor")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("old plant"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("plant.delete"))));
        // administrators still read the whole trail, the deleted plant's entries included
        mvc.perform(get("/api/v1/audit").param("size", "1000").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.plant == 'reborn')].action")
                        .value(Matchers.contains("plant.import", "plant.delete", "assessment.answer", "plant.import")));
        mvc.perform(get("/api/v1/audit").with(as("reborn-auditor"))).andExpect(status().isForbidden());
    }

    @Test
    void administrators_can_export_the_chain_head() throws Exception {
        importPlant("create-head");
        mvc.perform(get("/api/v1/audit/head").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hash").value(Matchers.matchesPattern("[0-9a-f]{64}")))
                .andExpect(jsonPath("$.head").value(Matchers.matchesPattern("\\d+:[0-9a-f]{64}")));
        mvc.perform(get("/audit").with(user(TestServers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Chain head:")));
        member("create-head-viewer", "create-head", "viewer");
        mvc.perform(get("/api/v1/audit/head").with(as("create-head-viewer"))).andExpect(status().isForbidden());
    }
}
