package io.zonewarden.app.server;

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

/** A capture over the server's upload limit is refused with 413 and leaves nothing behind, in either upload form. */
@TestPropertySource(properties = "zonewarden.max-upload=64KB")
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
}
