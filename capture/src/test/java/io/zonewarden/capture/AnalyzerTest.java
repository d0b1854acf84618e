package io.zonewarden.capture;

import static io.zonewarden.capture.TestFrames.tcpFrame;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonewarden.capture.TestFrames.Record;
import io.zonewarden.capture.dissect.Dissect;
import io.zonewarden.capture.dissect.Frames;
import io.zonewarden.capture.link.Packet;
import io.zonewarden.capture.pcap.CaptureReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The public result: counts, flows, assets, identities and roles, on committed and hand-built captures. */
class AnalyzerTest {
    @TempDir
    Path dir;

    private static Path capture(String name) {
        return CommittedCapturesTest.captures().resolve(name);
    }

    private static CaptureAnalysis analyze(String... names) throws CaptureException {
        var files = new ArrayList<Path>();
        for (var name : names) {
            files.add(capture(name));
        }
        return Analyzer.analyze(files);
    }

    private static ObservedAsset asset(CaptureAnalysis analysis, String ip) {
        return analysis.assets().stream()
                .filter(a -> ip.equals(a.ip()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no asset " + ip + " in " + analysis.assets()));
    }

    @Test
    void givenModbusCapture_whenAnalysed_thenFunctionCodesPerFlowAddUpToTsharks() throws Exception {
        var analysis = analyze("modbus/modbus_test_data_part1.pcap");
        var byCode = new TreeMap<Integer, Long>();
        for (var flow : analysis.flows()) {
            for (var f : flow.functions()) {
                if (f.protocol().equals("modbus")) {
                    byCode.merge(f.code() & 0x7F, f.count(), Long::sum); // tshark's func_code drops the exception bit
                }
            }
        }
        // tshark -Y mbtcp -T fields -e modbus.func_code | sort | uniq -c
        assertThat(byCode).isEqualTo(Map.of(1, 14L, 3, 2L, 5, 4L, 6, 2L, 8, 16L, 17, 4L, 42, 1L, 43, 2L));
        var access = new TreeMap<String, String>();
        analysis.flows().stream().flatMap(f -> f.functions().stream()).forEach(f -> access.put(f.name(), f.access()));
        assertThat(access)
                .containsEntry("read_coils", "read")
                .containsEntry("write_single_coil", "write")
                .containsEntry("diagnostics", "diagnostic")
                .containsEntry("diagnostics_exception", "diagnostic")
                .containsEntry("function_42", "other");
        var flow = analysis.flows().stream()
                .filter(f -> f.serverPort() == 502 && f.clientAddress().equals("10.0.0.57") && f.clientPort() == 2578)
                .findFirst()
                .orElseThrow();
        assertThat(flow.transport()).isEqualTo("tcp");
        assertThat(flow.serverAddress()).isEqualTo("10.0.0.3");
        assertThat(flow.protocol()).isEqualTo("modbus");
        assertThat(flow.packetsToServer()).isPositive();
        assertThat(flow.packetsToClient()).isPositive();
        assertThat(flow.lastSeen()).isAfterOrEqualTo(flow.firstSeen());
        assertThat(asset(analysis, "10.0.0.3").roles()).contains("modbus server");
        assertThat(asset(analysis, "10.0.0.57").roles()).contains("modbus client");
    }

    @Test
    void givenModbusCapture_whenTrafficIsTalliedByAddress_thenEachAddressHasItsFlowsBothWays() throws Exception {
        var analysis = analyze("modbus/modbus_test_data_part1.pcap");
        var traffic = analysis.trafficByAddress();
        long packets = 0, bytes = 0;
        for (var f : analysis.flows()) {
            if (f.clientAddress().equals("10.0.0.3") || f.serverAddress().equals("10.0.0.3")) {
                packets += f.packetsToServer() + f.packetsToClient();
                bytes += f.bytesToServer() + f.bytesToClient();
            }
        }
        assertThat(packets).isPositive();
        assertThat(traffic.get("10.0.0.3")).isEqualTo(new Traffic(packets, bytes));
        // every flow counts once at each of its two ends
        long allFlows = analysis.flows().stream()
                .mapToLong(f -> f.packetsToServer() + f.packetsToClient())
                .sum();
        assertThat(traffic.values().stream().mapToLong(Traffic::packets).sum()).isEqualTo(2 * allFlows);
        assertThat(traffic.getOrDefault("192.0.2.1", Traffic.NONE)).isEqualTo(Traffic.NONE);
    }

    @Test
    void givenS7SzlResponses_whenAnalysed_thenModuleIdentityOnThePlc() throws Exception {
        var analysis = analyze("s7comm/s7ident.pcap");
        var plc = asset(analysis, "172.17.0.2");
        assertThat(plc.identity())
                .containsEntry("s7.order_number", "6ES7 315-2EH14-0AB0")
                .containsEntry("s7.plc_name", "SNAP7-SERVER")
                .containsEntry("s7.module_name", "CPU 315-2 PN/DP");
        assertThat(plc.roles()).contains("s7comm server");
    }

    @Test
    void givenListIdentityReply_whenAnalysed_thenCipIdentityOnTheAdapter() throws Exception {
        var analysis = analyze("enip/enip_test.pcap");
        var adapter = asset(analysis, "10.1.1.164");
        assertThat(adapter.identity())
                .containsEntry("cip.product_name", "1756-ENBT/A")
                .containsEntry("cip.vendor_id", "1")
                .containsEntry("cip.serial_number", "0x00524d8e")
                .containsEntry("cip.revision", "4.3");
        assertThat(adapter.mac()).isEqualTo("00:19:07:24:3c:ca");
        assertThat(adapter.vendor()).isEqualTo("Cisco Systems");
    }

    @Test
    void givenIAmBroadcasts_whenAnalysed_thenDeviceInstancesOnTheirSenders() throws Exception {
        var analysis = analyze("bacnet/bacnet_example.pcap");
        assertThat(asset(analysis, "172.20.32.100").identity()).containsEntry("bacnet.device_instance", "416");
        assertThat(asset(analysis, "172.20.32.103").identity()).containsEntry("bacnet.device_instance", "840");
    }

    @Test
    void givenDcpIdentifyResponse_whenAnalysed_thenStationNameOnTheDeviceFoldedIntoItsIpAsset() throws Exception {
        var analysis = analyze("profinet/ChangeIPUsingDCP.pcap");
        var device = analysis.assets().stream()
                .filter(a -> "08:00:06:93:cf:32".equals(a.mac()))
                .findFirst()
                .orElseThrow();
        assertThat(device.identity()).containsEntry("profinet.station_name", "X208-BORD");
        assertThat(device.vendor()).isEqualTo("SIEMENS");
        assertThat(device.protocols()).contains("profinet_dcp");
    }

    @Test
    void givenDnp3Poll_whenAnalysed_thenMasterAndOutstationRoles() throws Exception {
        var analysis = analyze("dnp3/dnp3_read.pcap");
        assertThat(asset(analysis, "130.126.142.250").roles()).contains("dnp3 master");
        assertThat(asset(analysis, "130.126.140.229").roles()).contains("dnp3 outstation");
        var select = analyze("dnp3/dnp3_select_operate.pcap").flows().stream()
                .flatMap(f -> f.functions().stream())
                .filter(f -> f.name().equals("select"))
                .findFirst()
                .orElseThrow();
        assertThat(select.access()).isEqualTo("control");
        assertThat(select.code()).isEqualTo(3);
    }

    @Test
    void givenTwoFiles_whenAnalysedTogether_thenOneCaptureWithBothFilesFrames() throws Exception {
        var a = analyze("dnp3/dnp3_read.pcap");
        var b = analyze("modbus/modbus_test_data_part1.pcap");
        var both = analyze("dnp3/dnp3_read.pcap", "modbus/modbus_test_data_part1.pcap");
        assertThat(both.packets()).isEqualTo(a.packets() + b.packets());
        assertThat(both.frames("dnp3")).isEqualTo(a.frames("dnp3"));
        assertThat(both.frames("modbus")).isEqualTo(b.frames("modbus"));
        assertThat(both.flows()).hasSize(a.flows().size() + b.flows().size());
        assertThat(both.files()).hasSize(2);
        assertThat(both.protocols())
                .containsKeys(
                        "modbus",
                        "s7comm",
                        "dnp3",
                        "enip",
                        "cip",
                        "iec104",
                        "opcua",
                        "bacnet",
                        "profinet_dcp",
                        "mqtt",
                        "goose",
                        "mms",
                        "arp",
                        "dns",
                        "tcp",
                        "udp");
    }

    @ParameterizedTest
    @EnumSource(CaptureReader.Access.class)
    void givenSmallReaderWindows_whenAnalysed_thenTheSameResultAsOneWindow(CaptureReader.Access access)
            throws Exception {
        var file = List.of(capture("iec61850/Sample_File_MMS_and_GOOSE.pcap"));
        var whole = new Analyzer().run(file, ProgressListener.NONE);
        var windowed = new Analyzer(new CaptureReader(4096, access)).run(file, ProgressListener.NONE);
        assertThat(windowed.protocols()).isEqualTo(whole.protocols());
        assertThat(windowed.packets()).isEqualTo(whole.packets());
        assertThat(windowed.flows()).isEqualTo(whole.flows());
    }

    @Test
    void givenMmsConnectionsStartedBeforeTheCapture_whenAnalysed_thenClassifiedAsMmsButNotCounted() throws Exception {
        var analysis = analyze("iec61850/Sample_File_MMS_and_GOOSE.pcap");
        // tshark decodes MMS only on the connection whose presentation context it saw set up: 8 frames
        assertThat(analysis.frames("mms")).isEqualTo(8);
        var port102 =
                analysis.flows().stream().filter(f -> f.serverPort() == 102).toList();
        // connections that carried presentation data are MMS; the ones with only keep-alives stay plain COTP
        assertThat(port102).filteredOn(f -> f.protocol().equals("mms")).hasSize(5);
        assertThat(port102).extracting(ObservedFlow::protocol).containsOnly("mms", "cotp");
        assertThat(analysis.frames("goose")).isEqualTo(34);
        assertThat(analysis.flows()).anySatisfy(f -> {
            assertThat(f.transport()).isEqualTo("eth");
            assertThat(f.protocol()).isEqualTo("goose");
            assertThat(f.etherType()).isEqualTo(0x88B8);
        });
    }

    @Test
    void givenProgressListener_whenAnalysed_thenToldTheEndOfEachFile() throws Exception {
        var seen = new ArrayList<String>();
        var file = capture("dnp3/dnp3_read.pcap");
        Analyzer.analyze(List.of(file), (f, position, size) -> seen.add(f.getFileName() + " " + position + "/" + size));
        long size = java.nio.file.Files.size(file);
        assertThat(seen).last().isEqualTo("dnp3_read.pcap " + size + "/" + size);
    }

    @Test
    void givenMqttSession_whenAnalysed_thenClientIdTopicsAndBrokerRole() throws Exception {
        var records = new ArrayList<Record>();
        long t = 1_700_000_000_000_000_000L;
        int syn = Packet.SYN, ack = Packet.ACK, psh = Packet.PSH;
        records.add(new Record(t, tcpFrame(true, 51000, 1883, 1000, 0, syn, new byte[0])));
        records.add(new Record(t + 1, tcpFrame(false, 51000, 1883, 7000, 1001, syn | ack, new byte[0])));
        byte[] connect = Dissect.hex(Frames.MQTT_CONNECT_311);
        byte[] publish = Dissect.hex(Frames.MQTT_PUBLISH);
        records.add(new Record(t + 2, tcpFrame(true, 51000, 1883, 1001, 7001, ack | psh, connect)));
        records.add(new Record(
                t + 3,
                tcpFrame(
                        false,
                        51000,
                        1883,
                        7001,
                        1001 + connect.length,
                        ack | psh,
                        Dissect.hex("20020000")))); // CONNACK
        records.add(new Record(t + 4, tcpFrame(true, 51000, 1883, 1001 + connect.length, 7005, ack | psh, publish)));
        var file = TestFrames.write(dir, "mqtt.pcap", TestFrames.pcap(true, true, 1, records));
        var analysis = Analyzer.analyze(List.of(file));
        assertThat(analysis.frames("mqtt")).isEqualTo(3);
        var flow = analysis.flows().getFirst();
        assertThat(flow.protocol()).isEqualTo("mqtt");
        assertThat(flow.topics()).containsExactly("site/pump1");
        assertThat(flow.functions())
                .extracting(FunctionCount::name)
                .containsExactlyInAnyOrder("connect", "connack", "publish");
        var client = asset(analysis, "192.168.10.105");
        assertThat(client.identity()).containsEntry("mqtt.client_id", "plc-17");
        assertThat(client.vendor()).isEqualTo("Rockwell Automation");
        assertThat(asset(analysis, "192.168.10.120").roles()).containsExactly("mqtt broker");
        assertThat(analysis.firstSeen()).isPresent();
    }

    @Test
    void givenFileThatIsNotACapture_whenAnalysed_thenFormatExceptionNamingTheFile() {
        var file =
                TestFrames.write(dir, "model.yaml", "plant: demo\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThatThrownBy(() -> Analyzer.analyze(List.of(file)))
                .isInstanceOf(CaptureFormatException.class)
                .hasMessageContaining("model.yaml")
                .hasMessageContaining("0x706c616e");
    }

    @Test
    void givenTruncatedCapture_whenAnalysed_thenMalformedCountedWithReason() throws Exception {
        byte[] whole = java.nio.file.Files.readAllBytes(capture("dnp3/dnp3_read.pcap"));
        var file = TestFrames.write(dir, "cut.pcap", java.util.Arrays.copyOf(whole, whole.length - 10));
        var analysis = Analyzer.analyze(List.of(file));
        assertThat(analysis.malformed()).isEqualTo(1);
        assertThat(analysis.malformedReasons()).containsEntry("record_beyond_file", 1L);
        assertThat(analysis.linkTypes()).containsOnlyKeys(1);
    }

    @Test
    void givenFramesNotCaptured_whenAnalysed_thenGapsCountedApartAndTheFramesAfterThemNotMalformed() throws Exception {
        // snap7_s300_everything.pcapng without frames 9, 10, 20, 21, 30 (captures/README.md): tshark flags "previous
        // segment not captured" at frames 9, 10, 18, 19 and 27, finds nothing malformed and 59 S7comm frames
        var analysis = analyze("s7comm/snap7_s300_gaps.pcap");

        assertThat(analysis.gaps()).isEqualTo(5);
        assertThat(analysis.gapFrames()).containsExactly(9L, 10L, 18L, 19L, 27L);
        assertThat(analysis.malformed()).isZero();
        assertThat(analysis.malformedReasons()).isEmpty();
        assertThat(analysis.frames("s7comm")).isEqualTo(59);
        assertThat(analysis.frameInFile(analysis.gapFrames().get(0))).endsWith("snap7_s300_gaps.pcap#9");
    }

    @Test
    void givenMoreGapsThanAreNumbered_whenAnalysed_thenAllCountedAndTheFirstTwentyNumbered() throws Exception {
        byte[] adu = Dissect.hex(Frames.MODBUS_DIAGNOSTICS_QUERY);
        var records = new ArrayList<Record>();
        long t = 1_700_000_000_000_000_000L;
        for (int i = 0; i < 26; i++) {
            // each segment starts 100 bytes after the previous one ended: 25 gaps, in frames 2 to 26
            records.add(new Record(t + i, tcpFrame(true, 40000, 502, 1000 + i * (adu.length + 100L), 0, 0x18, adu)));
        }
        var file = TestFrames.write(dir, "gaps.pcap", TestFrames.pcap(true, true, 1, records));

        var analysis = Analyzer.analyze(List.of(file));

        assertThat(analysis.gaps()).isEqualTo(25);
        assertThat(analysis.gapFrames()).hasSize(20).startsWith(2L, 3L).endsWith(21L);
        assertThat(analysis.malformed()).isZero();
        assertThat(analysis.frames("modbus")).isEqualTo(26);
    }

    @Test
    void givenMacAddresses_whenWritten_thenTwoLowercaseHexDigitsPerOctetWithColons() {
        assertThat(Analyzer.mac(0)).isEqualTo("00:00:00:00:00:00");
        assertThat(Analyzer.mac(0x00_19_07_24_3C_CAL)).isEqualTo("00:19:07:24:3c:ca");
        assertThat(Analyzer.mac(0xFF_FF_FF_FF_FF_FFL)).isEqualTo("ff:ff:ff:ff:ff:ff");
        assertThat(Analyzer.mac(0x01_0E_CF_00_00_00L)).isEqualTo("01:0e:cf:00:00:00");
    }

    @Test
    void givenAddresses_whenWritten_thenDottedQuadsAndRfc5952TextAsThePlantModelWritesThem() {
        assertThat(Analyzer.address(0, 0xFFFF_0A00_0001L)).isEqualTo("10.0.0.1");
        // link-local with the longest zero run compressed, lower case, no leading zeros (RFC 5952 section 4)
        long hi = 0xFE80_0000_0000_0000L, lo = 0x0200_F8FF_FE21_67CFL;
        assertThat(Analyzer.address(hi, lo)).isEqualTo("fe80::200:f8ff:fe21:67cf");
        assertThat(Analyzer.address(0, 1)).isEqualTo("::1");
        assertThat(Analyzer.address(0x2001_0DB8_0000_0000L, 0x0001_0000_0000_0001L))
                .isEqualTo("2001:db8::1:0:0:1");
        assertThat(io.zonewarden.core.model.IpAddress.parse(Analyzer.address(hi, lo))
                        .toString())
                .isEqualTo(Analyzer.address(hi, lo));
    }

    @Test
    void givenNanosecondTimestamps_whenMadeInstants_thenTheSameAsFloorDivisionIncludingBefore1970() {
        for (long nanos : new long[] {
            0,
            1,
            999_999_999,
            1_000_000_000,
            1_714_557_600_123_456_789L,
            -1,
            -999_999_999,
            -1_000_000_000,
            -1_000_000_001,
            Long.MAX_VALUE,
            Long.MIN_VALUE
        }) {
            assertThat(Analyzer.instant(nanos))
                    .as("%d", nanos)
                    .isEqualTo(java.time.Instant.ofEpochSecond(
                            Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L)));
        }
    }
}
