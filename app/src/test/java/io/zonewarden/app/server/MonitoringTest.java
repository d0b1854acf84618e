package io.zonewarden.app.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.monitor.traffic.Attack;
import io.zonewarden.monitor.traffic.TrafficGenerator;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

/** Capture upload, background analysis, alerts and their acknowledgement. */
class MonitoringTest extends ServerTestSupport {

    @Test
    void a_capture_is_analysed_in_the_background_and_its_alerts_kept_per_plant() throws Exception {
        importPlant("mon");
        var pcap = traffic("mon");
        var response = mvc.perform(multipart("/api/v1/plants/mon/captures")
                        .file(new MockMultipartFile("file", "unit3.pcap", "application/vnd.tcpdump.pcap", pcap))
                        .with(admin()))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.fileName").value("unit3.pcap"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        int id = JsonPath.read(response, "$.id");
        var state = waitForAnalysis("mon", id);
        assertThat(state).isEqualTo("done");
        mvc.perform(get("/api/v1/plants/mon/captures/{id}", id).with(admin()))
                .andExpect(jsonPath("$.packets").value(Matchers.greaterThan(100)))
                .andExpect(jsonPath("$.malformed").value(0));
        var alerts = mvc.perform(get("/api/v1/plants/mon/alerts").with(admin()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(Matchers.greaterThan(3)))
                .andExpect(jsonPath("$.items[*].rule").value(Matchers.hasItem("OT-PROGRAM-DOWNLOAD")))
                .andExpect(jsonPath("$.items[*].kind").value(Matchers.hasItem("violation")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Integer> ids = JsonPath.read(alerts, "$.items[*].id");
        String evidence = JsonPath.read(alerts, "$.items[0].evidence");
        assertThat(evidence).contains("unit3.pcap#").doesNotContain("captures/");
        // another plant sees none of them
        importPlant("mon-other");
        mvc.perform(get("/api/v1/plants/mon-other/alerts").with(admin()))
                .andExpect(jsonPath("$.total").value(0));
        mvc.perform(get("/api/v1/plants/mon-other/alerts/{id}", ids.get(0)).with(admin()))
                .andExpect(status().isNotFound());

        // acknowledging needs a comment, and the version read
        var first = ids.get(0);
        mvc.perform(post("/api/v1/plants/mon/alerts/{id}/acknowledge", first)
                        .with(admin())
                        .contentType("application/json")
                        .content("{\"comment\":\"  \",\"version\":0}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/plants/mon/alerts/{id}/acknowledge", first)
                        .with(admin())
                        .contentType("application/json")
                        .content("{\"comment\":\"" + "x".repeat(2001) + "\",\"version\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]").value(Matchers.containsString("at most 2000")));
        mvc.perform(post("/api/v1/plants/mon/alerts/{id}/acknowledge", first)
                        .with(admin())
                        .contentType("application/json")
                        .content("{\"comment\":\"planned download, MOC 4711\",\"version\":0}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.open").value(false))
                .andExpect(jsonPath("$.acknowledgedBy").value(TestServers.ADMIN));
        mvc.perform(post("/api/v1/plants/mon/alerts/{id}/acknowledge", first)
                        .with(admin())
                        .contentType("application/json")
                        .content("{\"comment\":\"me too\",\"version\":0}"))
                .andExpect(status().isPreconditionFailed())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("acknowledged by admin")));
        mvc.perform(get("/api/v1/plants/mon/alerts").param("state", "open").with(admin()))
                .andExpect(jsonPath("$.total").value(ids.size() - 1));
        // what the capture showed reaches the asset pages: identities seen on the wire
        mvc.perform(
                        get("/plants/mon/assets/plc-101")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(TestServers.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("10.20.1.11")));
    }

    @Test
    void a_file_that_is_not_a_capture_is_refused_with_its_first_bytes_and_nothing_is_kept() throws Exception {
        importPlant("notpcap");
        mvc.perform(multipart("/api/v1/plants/notpcap/captures")
                        .file(new MockMultipartFile(
                                "file", "notes.txt", "text/plain", "hello, this is text".getBytes()))
                        .with(admin()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.problems[0]")
                        .value(Matchers.allOf(
                                Matchers.containsString("notes.txt"), Matchers.containsString("68 65 6c 6c"))));
        mvc.perform(multipart("/api/v1/plants/notpcap/captures")
                        .file(new MockMultipartFile("file", "empty.pcap", "application/octet-stream", new byte[0]))
                        .with(admin()))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/plants/notpcap/captures").with(admin()))
                .andExpect(jsonPath("$").isEmpty());
    }

    static byte[] traffic(String plantId) throws Exception {
        var plant = PlantYamlReader.read(examplePlant(plantId), "plant");
        var out = new ByteArrayOutputStream();
        TrafficGenerator.write(plant, out, 10, EnumSet.allOf(Attack.class), 1_700_000_000_000_000L);
        return out.toByteArray();
    }

    private String waitForAnalysis(String plant, int id) throws Exception {
        var deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            var body = mvc.perform(
                            get("/api/v1/plants/{p}/captures/{id}", plant, id).with(admin()))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            String state = JsonPath.read(body, "$.state");
            if (state.equals("done") || state.equals("failed")) return state;
            Thread.sleep(100);
        }
        return "timed out";
    }
}
