package io.zonewarden.capture;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.capture.pcap.CaptureReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed subset of the corpus (captures/README.md) keeps the oracle meaningful in a clone without the shared
 * corpus: each file's protocol counts equal tshark's, and each file is the one its README line describes.
 */
class CommittedCapturesTest {

    static Path captures() {
        try {
            return Path.of(CommittedCapturesTest.class
                            .getResource("/captures/expected.tsv")
                            .toURI())
                    .getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> expected() throws IOException {
        var lines = Files.readAllLines(captures().resolve("expected.tsv"), StandardCharsets.UTF_8);
        var rows = new ArrayList<Arguments>();
        List<String> header = null;
        for (var line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            var fields = line.split("\t", -1);
            if (header == null) {
                header = List.of(fields);
                continue;
            }
            rows.add(Arguments.of(fields[0], header, fields));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void givenCommittedCapture_whenAnalysed_thenProtocolCountsEqualTshark(
            String file, List<String> header, String[] row) throws CaptureException {
        var analysis = Analyzer.analyze(List.of(captures().resolve(file)));
        for (Map.Entry<String, String> column : TsharkOracleTest.COLUMNS.entrySet()) {
            long tshark = TsharkOracleTest.expected(
                    row[header.indexOf(column.getKey())], row[header.indexOf("notes")], column);
            assertThat(analysis.frames(column.getValue()))
                    .as("%s frames in %s", column.getValue(), file)
                    .isEqualTo(tshark);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("expected")
    void givenCommittedCapture_whenReadFromMappedWindows_thenTheSameAnalysisAsPositionedReads(
            String file, List<String> header, String[] row) throws CaptureException {
        var files = List.of(captures().resolve(file));
        // the default window, and one small enough for the files' records to cross windows and chunks
        for (long window : new long[] {CaptureReader.DEFAULT_WINDOW, 4096}) {
            var read = new Analyzer(new CaptureReader(window, CaptureReader.Access.READ))
                    .run(files, ProgressListener.NONE);
            var mapped =
                    new Analyzer(new CaptureReader(window, CaptureReader.Access.MAP)).run(files, ProgressListener.NONE);
            assertThat(mapped.packets()).as("packets, window %d", window).isEqualTo(read.packets());
            assertThat(mapped.malformedReasons())
                    .as("malformed, window %d", window)
                    .isEqualTo(read.malformedReasons());
            assertThat(mapped.protocols()).as("protocols, window %d", window).isEqualTo(read.protocols());
            assertThat(mapped.flows()).as("flows, window %d", window).isEqualTo(read.flows());
            assertThat(mapped.assets()).as("assets, window %d", window).isEqualTo(read.assets());
        }
    }

    @Test
    void givenReadme_whenHashesChecked_thenEveryCommittedCaptureIsListedWithItsSha256() throws Exception {
        var readme = Files.readString(captures().resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(readme)
                .contains("CC-BY-4.0", "ICS-Security-Tools, Information Trust Institute, University of Illinois");
        try (var files = Files.walk(captures())) {
            var pcaps = files.filter(
                            p -> p.toString().endsWith(".pcap") || p.toString().endsWith(".pcapng"))
                    .toList();
            assertThat(pcaps).hasSizeGreaterThan(20);
            for (var pcap : pcaps) {
                var relative = captures().relativize(pcap).toString().replace('\\', '/');
                assertThat(readme).as("README line of " + relative).contains("`" + relative + "`", sha256(pcap));
            }
        }
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
