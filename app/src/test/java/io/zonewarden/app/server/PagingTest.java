package io.zonewarden.app.server;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

/**
 * A page number anywhere in the int range is an empty page at the end, never an overflowed (negative) offset sent to
 * the database: 2147483647 times 100 does not fit an int.
 */
class PagingTest extends ServerTestSupport {

    private static final String LAST_INT = Integer.toString(Integer.MAX_VALUE);

    @Test
    void the_largest_page_number_of_each_list_in_the_api_is_an_empty_page() throws Exception {
        importPlant("paging");
        for (var list : new String[] {"assets", "alerts", "audit"}) {
            mvc.perform(get("/api/v1/plants/paging/" + list)
                            .param("page", LAST_INT)
                            .param("size", "100")
                            .with(admin()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.items").isEmpty())
                    .andExpect(jsonPath("$.page").value(Integer.MAX_VALUE));
        }
    }

    @Test
    void the_largest_page_number_of_a_page_is_the_last_page() throws Exception {
        importPlant("paging-web");
        for (var path : new String[] {"/plants/paging-web/audit", "/audit", "/plants/paging-web/monitoring"}) {
            mvc.perform(get(path)
                            .param("page", LAST_INT)
                            .with(user(TestServers.ADMIN).roles("ADMINISTRATOR")))
                    .andExpect(status().isOk());
        }
    }
}
