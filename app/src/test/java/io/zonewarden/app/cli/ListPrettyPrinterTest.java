package io.zonewarden.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;

/** The layout of analyze's JSON: indented as usual, one line per element of a top-level list. */
class ListPrettyPrinterTest {

    private static final String NL = System.lineSeparator();

    private static void document(JsonGenerator json) {
        json.writeStartObject();
        json.writeObjectPropertyStart("capture");
        json.writeArrayPropertyStart("files");
        json.writeString("a.pcap");
        json.writeString("b.pcap");
        json.writeEndArray();
        json.writeNumberProperty("packets", 2);
        json.writeObjectPropertyStart("linkTypes");
        json.writeEndObject();
        json.writeEndObject();
        json.writeArrayPropertyStart("flows");
        for (int port : new int[] {502, 102}) {
            json.writeStartObject();
            json.writeNumberProperty("serverPort", port);
            json.writeArrayPropertyStart("functions");
            json.writeStartObject();
            json.writeStringProperty("name", "read");
            json.writeEndObject();
            json.writeEndArray();
            json.writeObjectPropertyStart("malformed");
            json.writeEndObject();
            json.writeArrayPropertyStart("topics");
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayPropertyStart("alerts");
        json.writeEndArray();
        json.writeArrayPropertyStart("names");
        json.writeString("x");
        json.writeStartArray();
        json.writeNumber(1);
        json.writeNumber(2);
        json.writeEndArray();
        json.writeEndArray();
        json.writeEndObject();
    }

    private static final String EXPECTED = String.join(
            NL,
            "{",
            "  \"capture\" : {",
            "    \"files\" : [ \"a.pcap\", \"b.pcap\" ],",
            "    \"packets\" : 2,",
            "    \"linkTypes\" : { }",
            "  },",
            "  \"flows\" : [",
            "    {\"serverPort\":502,\"functions\":[{\"name\":\"read\"}],\"malformed\":{},\"topics\":[]},",
            "    {\"serverPort\":102,\"functions\":[{\"name\":\"read\"}],\"malformed\":{},\"topics\":[]}",
            "  ],",
            "  \"alerts\" : [ ],",
            "  \"names\" : [",
            "    \"x\",",
            "    [1,2]",
            "  ]",
            "}");

    @Test
    void givenADocument_whenWrittenByJacksonCore_thenEachTopLevelListElementIsOneLine() {
        var out = new StringWriter();
        try (var json = JsonLayout.lists(out, false)) {
            document(json);
        }

        assertThat(out.toString()).isEqualTo(EXPECTED);
        assertThat(Json.MAPPER.readTree(out.toString())).isEqualTo(Json.MAPPER.readTree(EXPECTED.replace(NL, "")));
    }

    @Test
    void givenWholeObjects_whenWrittenThroughDataBinding_thenTheLayoutIsTheSame() {
        var flow = new LinkedHashMap<String, Object>();
        flow.put("serverPort", 502);
        flow.put("functions", List.of(Map.of("name", "read")));
        flow.put("malformed", Map.of());
        flow.put("topics", List.of());
        var out = new StringWriter();
        try (var json = JsonLayout.lists(out, true)) {
            json.writeStartObject();
            json.writePOJOProperty("flows", List.of(flow));
            json.writeEndObject();
        }

        assertThat(out.toString())
                .isEqualTo(String.join(
                        NL,
                        "{",
                        "  \"flows\" : [",
                        "    {\"serverPort\":502,\"functions\":[{\"name\":\"read\"}],\"malformed\":{},\"topics\":[]}",
                        "  ]",
                        "}"));
    }

    @Test
    void givenTwoDocuments_whenWrittenOneAfterTheOther_thenEachStartsFromTheTop() {
        // a printer is made per generator: depth counting cannot leak from one output into the next
        for (int i = 0; i < 2; i++) {
            var out = new StringWriter();
            try (var json = JsonLayout.lists(out, i == 1)) {
                document(json);
            }
            assertThat(out.toString()).isEqualTo(EXPECTED);
        }
    }
}
