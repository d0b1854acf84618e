package io.zonewarden.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.TestPropertySource;

/**
 * A capture over the server's upload limit is refused with 413 and leaves nothing behind, in either upload form; so
 * is a model whose stored form is over the model limit.
 */
@TestPropertySource(properties = {"zonewarden.max-upload=64KB", "zonewarden.max-model-size=100KB"})
class UploadLimitTest extends ServerTestSupport {

    @Test
    void a_capture_over_the_limit_is_refused_and_nothing_is_kept() throws Exception {
        importPlant("limit");
        var pcap = MonitoringTest.traffic("limit");
        var big = Arrays.copyOf(pcap, 200 * 1024);
        mvc.perform(multipart("/api/v1/plants/limit/captures")
                        .file(new MockMultipartFile("file", "big.pcap", "application/vnd.tcpdump.pcap", big))
                        .with(admin()))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.problems[0]").value(Matchers.containsString("more than 65536 bytes")));
        mvc.perform(post("/api/v1/plants/limit/captures")
                        .param("name", "raw.pcap")
                        .with(admin())
                        .contentType("application/vnd.tcpdump.pcap")
                        .content(big))
                .andExpect(status().isContentTooLarge());
        mvc.perform(get("/api/v1/plants/limit/captures").with(admin()))
                .andExpect(jsonPath("$").isEmpty());
        // a capture under the limit, sent as the raw body, is taken
        mvc.perform(post("/api/v1/plants/limit/captures")
                        .param("name", "small.pcap")
                        .with(admin())
                        .contentType("application/vnd.tcpdump.pcap")
                        .content(Arrays.copyOf(pcap, Math.min(pcap.length, 60_000))))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.fileName").value("small.pcap"));
    }

    @Test
    void a_model_over_the_model_limit_is_refused_and_creates_nothing() throws Exception {
        // given: a valid model of 3,000 assets, about 120 KB as stored
        var yaml = new StringBuilder("plant: {id: big-model, name: Big}\nassets:\n");
        for (int i = 0; i < 3_000; i++)
            yaml.append("- {id: p")
                    .append(i)
                    .append(", type: plc, name: PLC ")
                    .append(i)
                    .append("}\n");

        mvc.perform(post("/api/v1/plants")
                        .with(admin())
                        .contentType("application/yaml")
                        .content(yaml.toString()))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.problems[0]")
                        .value(Matchers.matchesPattern("request body: the model as stored is \\d+ bytes; this server"
                                + " keeps models of at most 102400 bytes \\(zonewarden.max-model-size\\)")));
        assertThat(plants.find("big-model")).isEmpty();
    }
}
