package io.zonewarden.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonewarden.capture.ObservedAsset;
import io.zonewarden.core.zoning.Severity;
import io.zonewarden.monitor.alert.Alert;
import io.zonewarden.monitor.alert.AttackTechnique;
import io.zonewarden.monitor.policy.Endpoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** analyze's text lines for assets and alerts are what the printf formats they replace wrote. */
class AnalyzeTextLinesTest {

    private static String printf(ObservedAsset asset) {
        var identity = new StringBuilder();
        for (var e : new TreeMap<>(asset.identity()).entrySet()) {
            identity.append(identity.isEmpty() ? "" : ", ")
                    .append(e.getKey())
                    .append('=')
                    .append(e.getValue());
        }
        String vendor = asset.vendor() == null
                ? ""
                : asset.vendor().length() <= 20
                        ? asset.vendor()
                        : asset.vendor().substring(0, 19) + "…";
        return String.format(
                "  %-39s %-17s %-20s %s%s%n",
                asset.ip() == null ? "-" : asset.ip(),
                asset.mac() == null ? "-" : asset.mac(),
                vendor,
                String.join(", ", asset.roles().stream().sorted().toList()),
                identity.isEmpty() ? "" : "  [" + identity + "]");
    }

    @Test
    void givenAssetsOfEveryShape_whenWritten_thenEachLineIsWhatPrintfWrote() {
        var assets = List.of(
                new ObservedAsset(
                        "10.0.0.2",
                        "00:1b:1b:aa:bb:cc",
                        "Siemens",
                        Set.of("s7comm server", "modbus server"),
                        Set.of("s7comm"),
                        Map.of("s7.module", "6ES7 315-2EH14", "cip.vendor_id", "1")),
                new ObservedAsset(null, "00:0e:8c:00:00:01", null, Set.of(), Set.of(), Map.of()),
                new ObservedAsset("2001:db8:1234:5678:9abc:def0:1234:5678", null, "", Set.of(), Set.of(), Map.of()),
                new ObservedAsset(
                        "fe80::1",
                        "00:00:bc:12:34:56",
                        "SCHWEITZER ENGINEERING LABORATORIES",
                        Set.of("dnp3 outstation"),
                        Set.of(),
                        Map.of("profinet.station_name", "plc-1")));
        for (var asset : assets) {
            var line = new StringBuilder();
            AnalyzeCommand.assetLine(line, asset);
            assertThat(line.toString()).isEqualTo(printf(asset));
        }
    }

    @Test
    void givenAnAlert_whenWritten_thenTheLineIsWhatPrintfWrote() {
        for (var server : List.of(new Endpoint("10.0.0.2", "plc-1", "control"), new Endpoint("10.0.0.3", null, null))) {
            var alert = new Alert(
                    "OT-PLC-STOP",
                    Severity.ERROR,
                    AttackTechnique.T0836,
                    "controller stopped",
                    new Endpoint("10.0.0.1", null, null),
                    server,
                    "s7comm",
                    "plc_stop",
                    0x29,
                    3,
                    Instant.EPOCH,
                    Instant.EPOCH,
                    List.of("capture.pcap#1"));
            var line = new StringBuilder();
            AnalyzeCommand.alertLine(line, alert);
            assertThat(line.toString())
                    .isEqualTo(String.format(
                            "  %-7s %-22s %s %s -> %s: %s x%d (%s %s)%n",
                            alert.severity().label(),
                            alert.rule(),
                            alert.protocol(),
                            alert.client().name(),
                            alert.server().name(),
                            alert.function(),
                            alert.count(),
                            alert.technique().id(),
                            alert.technique().title()));
        }
    }
}
