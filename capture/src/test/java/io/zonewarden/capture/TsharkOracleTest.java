package io.zonewarden.capture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Wireshark is the oracle: for every capture in the shared corpus ({@code ../shared/pcaps} from the repository root),
 * our per-protocol frame counts must equal tshark's ({@code TSHARK_COUNTS.tsv}, tshark 4.0 {@code -qz io,phs}),
 * apart from the deliberate differences listed with their reasons in {@code oracle/known-differences.tsv}.
 */
class TsharkOracleTest {
    /** TSHARK_COUNTS.tsv column to our protocol key. */
    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("mbtcp", "modbus");
        COLUMNS.put("s7comm", "s7comm");
        COLUMNS.put("dnp3", "dnp3");
        COLUMNS.put("enip", "enip");
        COLUMNS.put("cip", "cip");
        COLUMNS.put("iec60870_104", "iec104");
        COLUMNS.put("opcua", "opcua");
        COLUMNS.put("bvlc", "bacnet");
        COLUMNS.put("pn_dcp", "profinet_dcp");
        COLUMNS.put("mqtt", "mqtt");
        COLUMNS.put("goose", "goose");
        COLUMNS.put("mms", "mms");
    }

    /**
     * Further columns the sweep holds us to: total frames, TCP, ARP, HTTP and S7comm-plus (tshark 4.0 has no S7comm-plus
     * dissector; the corpus counts frames with its 0x72 header heuristically).
     */
    static final Map<String, String> MORE_COLUMNS =
            Map.of("frames", "packets", "tcp", "tcp", "arp", "arp", "http", "http", "s7commplus_heur", "s7comm_plus");

    static Path corpus() {
        // tests run in the module directory (capture/); the corpus sits beside the repository root
        return Path.of("")
                .toAbsolutePath()
                .getParent()
                .resolve("../shared/pcaps")
                .normalize();
    }

    record Difference(String file, String protocol, long tshark, long ours) {}

    /** The deliberate differences: file, protocol, tshark's count, ours, reason. */
    static Map<String, Difference> knownDifferences() {
        var known = new HashMap<String, Difference>();
        try (var in = TsharkOracleTest.class.getResourceAsStream("/oracle/known-differences.tsv")) {
            if (in == null) {
                return known;
            }
            for (var line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                var f = line.split("\t");
                assertThat(f)
                        .as("known difference needs file, protocol, tshark, ours, reason: " + line)
                        .hasSize(5);
                assertThat(f[4]).as("reason of " + line).isNotBlank();
                known.put(f[0] + "|" + f[1], new Difference(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return known;
    }

    /**
     * tshark's count, or the count it gave with a port hint when the notes say so ({@code opcua=24 with -d
     * tcp.port==12001,opcua}): we detect OPC UA by its header on any port, so the hinted count is the one to match.
     */
    static long expected(String count, String notes, Map.Entry<String, String> column) {
        var hint = java.util.regex.Pattern.compile(
                        "\\b" + java.util.regex.Pattern.quote(column.getKey()) + "=(\\d+) with -d")
                .matcher(notes);
        return hint.find() ? Long.parseLong(hint.group(1)) : Long.parseLong(count);
    }

    @Test
    void givenSharedCorpus_whenEveryCaptureIsAnalysed_thenProtocolCountsEqualTshark() throws IOException {
        var corpus = corpus();
        var counts = corpus.resolve("TSHARK_COUNTS.tsv");
        assumeTrue(
                Files.isRegularFile(counts),
                "shared capture corpus not found at " + corpus + ": oracle sweep skipped (the committed subset in"
                        + " CommittedCapturesTest still runs)");
        var lines = Files.readAllLines(counts, StandardCharsets.UTF_8);
        var header = List.of(lines.get(0).split("\t", -1));
        var known = knownDifferences();
        var unexpected = new ArrayList<String>();
        var used = new ArrayList<String>();
        var report = new StringBuilder("file\tprotocol\ttshark\tours\n");
        int files = 0;
        for (var line : lines.subList(1, lines.size())) {
            var row = line.split("\t", -1);
            var file = row[0];
            CaptureAnalysis analysis;
            try {
                analysis = Analyzer.analyze(List.of(corpus.resolve(file)));
            } catch (CaptureException e) {
                unexpected.add(file + ": " + e.getMessage());
                continue;
            }
            files++;
            var columns = new LinkedHashMap<>(COLUMNS);
            columns.putAll(MORE_COLUMNS);
            for (var column : columns.entrySet()) {
                long tshark = expected(row[header.indexOf(column.getKey())], row[header.indexOf("notes")], column);
                long ours =
                        column.getValue().equals("packets") ? analysis.packets() : analysis.frames(column.getValue());
                if (tshark == ours) {
                    continue;
                }
                report.append(file)
                        .append('\t')
                        .append(column.getValue())
                        .append('\t')
                        .append(tshark)
                        .append('\t')
                        .append(ours)
                        .append('\n');
                var difference = known.get(file + "|" + column.getValue());
                if (difference != null && difference.tshark() == tshark && difference.ours() == ours) {
                    used.add(file + "|" + column.getValue());
                    continue;
                }
                unexpected.add("%s %s: tshark %d, ours %d".formatted(file, column.getValue(), tshark, ours));
            }
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/oracle-differences.tsv"), report);
        assertThat(files).isEqualTo(lines.size() - 1);
        assertThat(unexpected)
                .as("differences from tshark not listed in oracle/known-differences.tsv")
                .isEmpty();
        assertThat(used).as("every listed difference still occurs").hasSameSizeAs(known.keySet());
    }
}
