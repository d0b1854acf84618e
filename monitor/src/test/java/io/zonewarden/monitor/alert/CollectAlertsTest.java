package io.zonewarden.monitor.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.zonewarden.capture.Analyzer;
import io.zonewarden.capture.CaptureAnalysis;
import io.zonewarden.core.io.PlantYamlReader;
import io.zonewarden.core.model.ChangeWindow;
import io.zonewarden.core.model.Plant;
import io.zonewarden.core.zoning.Severity;
import io.zonewarden.monitor.policy.ConduitPolicy;
import io.zonewarden.monitor.policy.Endpoint;
import io.zonewarden.monitor.traffic.Attack;
import io.zonewarden.monitor.traffic.TrafficGenerator;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every alert of the example plant's generated traffic with its attacks, aggregated, with severity in context. The
 * example: office-ws-7 (enterprise) may read plc-102 (bpcs, a control zone) over the legacy conduit ent-bpcs, which
 * bypasses the DMZ; scada-1 writes plc-102 inside bpcs; ews-1 may use S7comm to anything in bpcs.
 */
class CollectAlertsTest {

    /** 2026-03-02T06:00:00Z; the generator puts its frames a millisecond apart from here. */
    static final Instant START = Instant.parse("2026-03-02T06:00:00Z");

    static Plant plant;
    static CaptureAnalysis analysis;

    @BeforeAll
    static void generate(@TempDir Path dir) throws Exception {
        plant = PlantYamlReader.read(Path.of("../examples/chemical-plant.yaml"));
        var pcap = dir.resolve("plant.pcap");
        try (OutputStream out = Files.newOutputStream(pcap)) {
            TrafficGenerator.write(
                    plant,
                    out,
                    3,
                    EnumSet.of(Attack.PLC_STOP, Attack.MODBUS_WRITE, Attack.UNDECLARED_CONDUIT, Attack.UNKNOWN_HOST),
                    START.toEpochMilli() * 1000);
        }
        analysis = Analyzer.analyze(List.of(pcap));
    }

    static List<OutboundAlert> collect(Plant p) {
        var policy = new ConduitPolicy(p);
        var verdict = policy.judge(analysis);
        var operations = OtOperationAlerts.raise(analysis, policy.map());
        return CollectAlerts.collect(
                p, policy.map(), operations, verdict, List.of(), analysis.first(), analysis.last());
    }

    @Test
    void everyRuleThatFiredLeavesOnceAggregatedWithItsSeverityInContext() {
        var alerts = collect(plant);

        // by severity, then rule, then the ends' names. The office PC's read and its write to plc-102 are two
        // flows over the DMZ bypass: one DMZ-BYPASS alert counting 2. Its write (OT-WRITE, info by rule) crosses
        // from enterprise into a control zone: an error. scada-1's three writes (one per round) stay info: inside
        // bpcs, allowed. The stranger 10.20.1.229 (plc-101's address XOR 0xEE) is in bpcs's network, so its Modbus
        // read is judged by bpcs's rules, which do not allow it, and its address is in no asset. An operation counts
        // the frames that carry its function: a Modbus write's request and its echo, an S7 stop's job and its ack,
        // so one operation counts 2, scada-1's three writes 6; a violation counts flows.
        assertThat(alerts)
                .extracting(
                        a -> a.severity(),
                        a -> a.rule(),
                        a -> a.client().name(),
                        a -> a.server().name(),
                        a -> a.count())
                .containsExactly(
                        tuple(Severity.ERROR, "DMZ-BYPASS", "office-ws-7", "plc-102", 2L),
                        tuple(Severity.ERROR, "FUNCTION-NOT-ALLOWED", "office-ws-7", "plc-102", 1L),
                        tuple(Severity.ERROR, "OT-PLC-STOP", "ews-1", "plc-101", 2L),
                        tuple(Severity.ERROR, "OT-WRITE", "office-ws-7", "plc-102", 2L),
                        tuple(Severity.ERROR, "PROTOCOL-NOT-ALLOWED", "10.20.1.229", "plc-101", 1L),
                        tuple(Severity.ERROR, "UNDECLARED-CONDUIT", "erp-1", "jump-1", 1L),
                        tuple(Severity.WARNING, "UNKNOWN-ASSET", "10.20.1.229", "10.20.1.11", 1L),
                        tuple(Severity.INFO, "OT-WRITE", "scada-1", "plc-102", 6L));
        var rogueWrite = alerts.get(3);
        assertThat(rogueWrite.ruleSeverity()).isEqualTo(Severity.INFO);
        assertThat(rogueWrite.context()).containsExactly("dmz-bypass");
        assertThat(rogueWrite.function()).isEqualTo("write_single_register");
        assertThat(rogueWrite.technique()).isEqualTo(AttackTechnique.T0836);
        assertThat(rogueWrite.client().zone()).isEqualTo("enterprise");
        assertThat(rogueWrite.server().zone()).isEqualTo("bpcs");
        assertThat(rogueWrite.serverPort()).isEqualTo(502);
        var bypass = alerts.get(0);
        assertThat(bypass.source()).isEqualTo("violation");
        assertThat(bypass.context()).containsExactly("conduit: ent-bpcs");
        // the two flows' span: the read came with the normal traffic, the write with the attacks after it
        assertThat(bypass.firstSeen()).isBefore(rogueWrite.firstSeen());
        assertThat(bypass.lastSeen()).isEqualTo(rogueWrite.lastSeen());
    }

    @Test
    void anOperationInsideAChangeWindowIsLoweredAndLabelledOutsideRaised() {
        var stopAt = collect(plant).stream()
                .filter(a -> a.rule().equals("OT-PLC-STOP"))
                .findFirst()
                .orElseThrow()
                .firstSeen();
        // the window closes at the stop's first frame (inclusive): inside, one step down from error
        var inside = new ChangeWindow(
                "cw-1", "otto", List.of("plc-101"), at(START), at(stopAt), "reactor PLC program change");
        var stop = only(collect(plant.withChangeWindows(List.of(inside))), "OT-PLC-STOP");
        assertThat(stop.severity()).isEqualTo(Severity.WARNING);
        assertThat(stop.changeWindow()).isEqualTo("cw-1");
        assertThat(stop.context()).containsExactly("changeWindow: cw-1");

        // a microsecond earlier it has closed: outside a window, error (already the top)
        var closed = new ChangeWindow("cw-1", "otto", List.of("plc-101"), at(START), at(stopAt.minusNanos(1000)), null);
        var late = only(collect(plant.withChangeWindows(List.of(closed))), "OT-PLC-STOP");
        assertThat(late.severity()).isEqualTo(Severity.ERROR);
        assertThat(late.changeWindow()).isNull();
        assertThat(late.context()).containsExactly("outside change windows");

        // a window for the whole zone covers the office write's target too, but not a path that bypasses the DMZ
        var zoneWide = new ChangeWindow("cw-2", "Contractor GmbH", List.of("bpcs"), at(START), at(stopAt), null);
        var alerts = collect(plant.withChangeWindows(List.of(zoneWide)));
        assertThat(alerts)
                .filteredOn(a -> a.rule().equals("OT-WRITE"))
                .extracting(a -> a.client().name(), a -> a.severity(), a -> a.changeWindow())
                .containsExactlyInAnyOrder(
                        tuple("office-ws-7", Severity.ERROR, null),
                        // scada-1's writes are in bpcs and in the window: info cannot go lower, but is labelled
                        tuple("scada-1", Severity.INFO, "cw-2"));
    }

    @Test
    void contextRulesOnSingleOperations() {
        var context = new AlertContext(plant.withChangeWindows(List.of(new ChangeWindow(
                "cw-9",
                "otto",
                List.of("plc-102"),
                at(Instant.parse("2026-03-02T06:00:00Z")),
                at(Instant.parse("2026-03-02T08:00:00Z")),
                null))));
        var ews = new Endpoint("10.20.2.30", "ews-1", "bpcs");
        var plc = new Endpoint("10.20.1.12", "plc-102", "bpcs");
        var hist = new Endpoint("10.20.3.10", "hist-1", "ops");
        var stranger = new Endpoint("10.20.1.229", null, "bpcs");
        var sis = new Endpoint("10.20.1.50", "sis-plc-1", "bpcs");
        var inWindow = Instant.parse("2026-03-02T07:00:00Z");
        var after = Instant.parse("2026-03-02T09:00:00Z");

        // an engineering session (warning by rule) inside the window: info; after it: error
        assertThat(context.judge("OT-MODBUS-PROGRAM", Severity.WARNING, ews, plc, inWindow))
                .isEqualTo(new AlertContext.Judged(Severity.INFO, List.of("changeWindow: cw-9"), "cw-9"));
        assertThat(context.judge("OT-MODBUS-PROGRAM", Severity.WARNING, ews, plc, after))
                .isEqualTo(new AlertContext.Judged(Severity.ERROR, List.of("outside change windows"), null));
        // a write (not engineering) across zones after the window: raised once, info to warning
        assertThat(context.judge("OT-WRITE", Severity.INFO, hist, plc, after))
                .isEqualTo(new AlertContext.Judged(Severity.WARNING, List.of("cross-zone"), null));
        // a host the inventory does not know gets no window, and is raised
        assertThat(context.judge("OT-WRITE", Severity.INFO, stranger, plc, inWindow))
                .isEqualTo(new AlertContext.Judged(Severity.WARNING, List.of("unknown-source"), null));
        // sis-plc-1 sits in bpcs, a control zone: no safety-zone rule; the same write inside bpcs stays info
        assertThat(context.judge("OT-WRITE", Severity.INFO, ews, sis, after).severity())
                .isEqualTo(Severity.INFO);
    }

    private static OutboundAlert only(List<OutboundAlert> alerts, String rule) {
        var found = alerts.stream().filter(a -> a.rule().equals(rule)).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
