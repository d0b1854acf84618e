package io.zonewarden.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * Model files made to exhaust the server: each is refused as a 400 problem detail naming line and column, and no
 * plant is created.
 */
class HostileModelUploadTest extends ServerTestSupport {

    private void refused(String yaml, String problem) throws Exception {
        long before = plants.all().size();
        mvc.perform(post("/api/v1/plants")
                        .with(admin())
                        .contentType("application/yaml")
                        .content(yaml))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(
                        jsonPath("$.problems[0]").value(Matchers.matchesPattern("request body:\\d+:\\d+: " + problem)))
                .andExpect(jsonPath("$.changed").value(false));
        assertThat(plants.all()).hasSize((int) before);
    }

    @Test
    void nesting_ten_thousand_deep_is_a_located_problem_not_a_stack_overflow() throws Exception {
        refused(
                examplePlant("deep") + "x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n",
                "nested deeper than 64 levels.*");
    }

    @Test
    void a_key_of_two_mebibytes_is_refused_by_its_line_before_parsing() throws Exception {
        refused(
                examplePlant("long-key") + "k".repeat(2 << 20) + ": 1\n",
                "line is 2,097,155 characters long; expected at most 65,536 per line.*");
    }

    @Test
    void a_scalar_aliased_hundreds_of_times_is_refused_at_its_first_alias() throws Exception {
        var yaml = new StringBuilder("plant:\n  id: aliases\n  description: &big |\n");
        for (int i = 0; i < 16; i++)
            yaml.append("    ").append("x".repeat(65_000)).append('\n');
        yaml.append("assets:\n");
        for (int i = 0; i < 300; i++) yaml.append("  - {id: plc-").append(i).append(", type: plc, vendor: *big}\n");
        refused(yaml.toString(), "\\*big is an alias of a scalar.*");
    }
}
