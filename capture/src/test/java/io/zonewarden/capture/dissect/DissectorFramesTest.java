package io.zonewarden.capture.dissect;

import static io.zonewarden.capture.dissect.Dissect.hex;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Exact fields of real frames (see {@link Frames} for where each comes from), checked against tshark's decode. */
class DissectorFramesTest {

    private static RecordingSink run(String protocol, String frame) {
        var sink = Dissect.run(protocol, hex(frame));
        assertThat(sink.violations)
                .as("violations of a well-formed " + protocol + " frame")
                .isEmpty();
        return sink;
    }

    @Test
    void givenModbusQueryAndException_whenDissected_thenUnitFunctionAndExceptionCode() {
        assertThat(run("modbus", Frames.MODBUS_DIAGNOSTICS_QUERY).events)
                .containsExactly("modbus tid=0 unit=10 fc=8 exc=-1");
        assertThat(run("modbus", Frames.MODBUS_EXCEPTION).events).containsExactly("modbus tid=0 unit=10 fc=8 exc=11");
    }

    @Test
    void givenModbusLengthBeyondMaxAdu_whenDissected_thenViolationButStillFramed() {
        // length 0x0200: a 518-byte ADU, over the 260-byte limit of the implementation guide (section 4.2)
        var bytes = new StringBuilder("000100000200" + "0103");
        bytes.append("00".repeat(0x200 - 2));
        var sink = Dissect.run("modbus", hex(bytes.toString()));
        assertThat(sink.events).containsExactly("modbus tid=1 unit=1 fc=3 exc=-1");
        assertThat(sink.violations).containsExactly(io.zonewarden.capture.wire.Violation.BAD_MBAP_HEADER);
    }

    @Test
    void givenS7SetupCommunication_whenDissected_thenJobAndAckData() {
        assertThat(run("s7comm", Frames.S7_SETUP_JOB).events)
                .containsExactly("cotp type=0xf eot=true len=18", "s7comm rosctr=1 fc=0xf0 err=-1/-1");
        assertThat(run("s7comm", Frames.S7_SETUP_ACK_DATA).events)
                .containsExactly("cotp type=0xf eot=true len=20", "s7comm rosctr=3 fc=0xf0 err=0/0");
    }

    @Test
    void givenS7SzlReadAndResponse_whenDissected_thenUserdataGroupAndModuleOrderNumber() {
        assertThat(run("s7comm", Frames.S7_SZL_REQUEST).events).contains("s7comm rosctr=7 fc=0x10401 err=-1/-1");
        assertThat(run("s7comm", Frames.S7_SZL_0011_RESPONSE).events)
                .contains("s7comm rosctr=7 fc=0x10401 err=-1/-1", "s7 order_number=6ES7 315-2EH14-0AB0");
    }

    @Test
    void givenS7commPlusCreateObject_whenDissected_thenClassifiedWithoutDecoding() {
        assertThat(run("s7comm", Frames.S7_PLUS_CREATE_OBJECT).events).contains("s7plus v=1 op=0x31 fn=0x4ca");
    }

    @Test
    void givenMmsInSessionAndBare_whenDissected_thenPduAndService() {
        assertThat(run("mms", Frames.MMS_READ_IN_DT).events).contains("mms pdu=0 service=4");
        assertThat(run("mms", Frames.MMS_BARE_INITIATE).events).contains("mms pdu=8 service=-1");
        assertThat(run("mms", Frames.MMS_CONNECT).events).contains("mms pdu=8 service=-1");
    }

    @Test
    void givenDnp3ReadAndResponse_whenDissected_thenLinkAddressesDirectionAndFunction() {
        assertThat(run("dnp3", Frames.DNP3_READ).events)
                .containsExactly("dnp3 link 3->2 master=true prm=true fc=4", "dnp3 app fc=1 iin=-1");
        assertThat(run("dnp3", Frames.DNP3_RESPONSE).events)
                .containsExactly("dnp3 link 2->3 master=false prm=true fc=4", "dnp3 app fc=129 iin=0");
        assertThat(run("dnp3", Frames.DNP3_SELECT).events).contains("dnp3 app fc=3 iin=-1");
    }

    @Test
    void givenDnp3FrameWithBadBlockCrc_whenDissected_thenCrcViolationAndNoApplication() {
        var bytes = hex(Frames.DNP3_READ);
        bytes[12] ^= 0x01; // inside the first user data block: its CRC no longer matches
        var sink = Dissect.run("dnp3", bytes);
        assertThat(sink.violations).containsExactly(io.zonewarden.capture.wire.Violation.BAD_DNP3_CRC);
        assertThat(sink.events).noneMatch(e -> e.startsWith("dnp3 app"));
    }

    @Test
    void givenEnipListIdentityAndCipStop_whenDissected_thenIdentityAndServicePath() {
        assertThat(run("enip", Frames.ENIP_LIST_IDENTITY_REQUEST).events).containsExactly("enip cmd=0x63 status=0");
        assertThat(run("enip", Frames.ENIP_LIST_IDENTITY_REPLY).events)
                .containsExactly(
                        "enip cmd=0x63 status=0",
                        "identity vendor=1 type=12 product=58 rev=4.3 serial=0x00524d8e name=1756-ENBT/A");
        assertThat(run("enip", Frames.ENIP_CIP_STOP).events)
                .containsExactly("enip cmd=0x70 status=0", "cip sc=0x7 resp=false class=0x8e inst=1 status=-1");
    }

    @Test
    void givenIec104Frames_whenDissected_thenTypeCauseAndCommonAddress() {
        assertThat(run("iec104", Frames.IEC104_I_MEASURED).events)
                .containsExactly("iec104 I type=13 cot=1 neg=false test=false ca=3");
        assertThat(run("iec104", Frames.IEC104_I_COMMAND).events)
                .containsExactly("iec104 I type=58 cot=6 neg=false test=false ca=3");
        assertThat(run("iec104", Frames.IEC104_U_TESTFR).events).containsExactly("iec104 U 0x40");
    }

    @Test
    void givenOpcUaHelloOpenAndCreateSession_whenDissected_thenPolicyModeAndServices() {
        assertThat(run("opcua", Frames.OPCUA_HELLO).events).containsExactly("opcua HELF channel=-1");
        assertThat(run("opcua", Frames.OPCUA_OPEN_REQUEST).events)
                .containsExactly(
                        "opcua OPNF channel=0",
                        "opcua policy=http://opcfoundation.org/UA/SecurityPolicy#None",
                        "opcua service=446",
                        "opcua mode=1");
        assertThat(run("opcua", Frames.OPCUA_CREATE_SESSION).events)
                .containsExactly("opcua MSGF channel=9", "opcua service=461");
    }

    @Test
    void givenBacnetFrames_whenDissected_thenApduServicesAndDeviceInstance() {
        assertThat(run("bacnet", Frames.BACNET_I_AM).events)
                .containsExactly("bvlc fn=0xa", "bacnet apdu type=1 service=0", "bacnet i-am device=721 vendor=15");
        assertThat(run("bacnet", Frames.BACNET_WHO_IS).events)
                .containsExactly("bvlc fn=0xb", "bacnet apdu type=1 service=8");
        assertThat(run("bacnet", Frames.BACNET_READ_PROPERTY).events)
                .containsExactly("bvlc fn=0xa", "bacnet apdu type=0 service=12");
        assertThat(run("bacnet", Frames.BACNET_COMPLEX_ACK).events)
                .containsExactly("bvlc fn=0xa", "bacnet apdu type=3 service=12");
    }

    @Test
    void givenDcpIdentifyAndSet_whenDissected_thenStationNameAndIp() {
        assertThat(run("profinet_dcp", Frames.DCP_IDENTIFY_REQUEST).events)
                .containsExactly("dcp frame=0xfefe service=5 type=0");
        assertThat(run("profinet_dcp", Frames.DCP_IDENTIFY_RESPONSE).events)
                .containsExactly(
                        "dcp frame=0xfeff service=5 type=1",
                        "dcp vendor=INC",
                        "dcp station=X208-BORD",
                        "dcp ip=c0a80006/ffffff00 gw=c0a80001");
        assertThat(run("profinet_dcp", Frames.DCP_SET_IP).events)
                .containsExactly("dcp frame=0xfefd service=4 type=0", "dcp ip=c0a8000a/ffffff00 gw=c0a80001");
    }

    @Test
    void givenMqttPackets_whenDissected_thenClientIdAndTopics() {
        assertThat(run("mqtt", Frames.MQTT_CONNECT_311).events)
                .containsExactly("mqtt type=1", "mqtt connect id=plc-17 level=4");
        assertThat(run("mqtt", Frames.MQTT_CONNECT_5).events)
                .containsExactly("mqtt type=1", "mqtt connect id=plc-17 level=5");
        assertThat(run("mqtt", Frames.MQTT_PUBLISH).events).containsExactly("mqtt type=3", "mqtt topic=site/pump1");
        assertThat(run("mqtt", Frames.MQTT_SUBSCRIBE).events).containsExactly("mqtt type=8", "mqtt topic=alarm/#");
    }

    @Test
    void givenTlsClientHello_whenDissected_thenServerName() {
        assertThat(run("tls", Frames.TLS_CLIENT_HELLO).events).containsExactly("tls sni=hmi.plant.example");
    }

    @Test
    void givenLldpAnnouncement_whenDissected_thenPortAndSystemName() {
        assertThat(run("lldp", Frames.LLDP_ANNOUNCEMENT).events)
                .containsExactly("announced port=port 3", "announced system_name=sw-cell-2");
    }

    @Test
    void givenS7ControlProgramAndWriteJobs_whenDissected_thenFunctionCodes() {
        assertThat(run("s7comm", Frames.S7_PLC_STOP).events).contains("s7comm rosctr=1 fc=0x29 err=-1/-1");
        assertThat(run("s7comm", Frames.S7_PLC_CONTROL).events).contains("s7comm rosctr=1 fc=0x28 err=-1/-1");
        assertThat(run("s7comm", Frames.S7_REQUEST_DOWNLOAD).events).contains("s7comm rosctr=1 fc=0x1a err=-1/-1");
        assertThat(run("s7comm", Frames.S7_WRITE_VAR).events).contains("s7comm rosctr=1 fc=0x5 err=-1/-1");
    }

    @Test
    void givenDnp3ControlRestartUnsolicitedAndWrite_whenDissected_thenFunctionCodes() {
        assertThat(run("dnp3", Frames.DNP3_DIRECT_OPERATE).events).contains("dnp3 app fc=5 iin=-1");
        assertThat(run("dnp3", Frames.DNP3_COLD_RESTART).events).contains("dnp3 app fc=13 iin=-1");
        assertThat(run("dnp3", Frames.DNP3_UNSOLICITED).events)
                .containsExactly("dnp3 link 1024->1 master=false prm=true fc=4", "dnp3 app fc=130 iin=36864");
        assertThat(run("dnp3", Frames.DNP3_WRITE).events).contains("dnp3 app fc=2 iin=-1");
    }

    @Test
    void givenCipForwardOpenUnconnectedSendAndReadTag_whenDissected_thenServiceAndTargetObject() {
        assertThat(run("enip", Frames.ENIP_FORWARD_OPEN).events)
                .containsExactly("enip cmd=0x6f status=0", "cip sc=0x54 resp=false class=0x6 inst=1 status=-1");
        assertThat(run("enip", Frames.ENIP_UNCONNECTED_SEND).events)
                .contains("cip sc=0x52 resp=false class=0x6 inst=1 status=-1");
        assertThat(run("enip", Frames.ENIP_READ_TAG).events)
                .contains("cip sc=0x4c resp=false class=0x8e inst=1 status=-1");
    }

    @Test
    void givenIec104SingleCommandAndInterrogation_whenDissected_thenCommandTypes() {
        assertThat(run("iec104", Frames.IEC104_SINGLE_COMMAND).events)
                .containsExactly("iec104 I type=45 cot=6 neg=false test=false ca=3");
        assertThat(run("iec104", Frames.IEC104_INTERROGATION).events)
                .containsExactly("iec104 I type=100 cot=6 neg=false test=false ca=37133");
    }

    @Test
    void givenOpcUaServiceRequests_whenDissected_thenServiceEncodingIds() {
        assertThat(run("opcua", Frames.OPCUA_READ).events).contains("opcua service=631");
        assertThat(run("opcua", Frames.OPCUA_WRITE).events).contains("opcua service=673");
        assertThat(run("opcua", Frames.OPCUA_BROWSE).events).contains("opcua service=527");
        assertThat(run("opcua", Frames.OPCUA_CALL).events).contains("opcua service=712");
    }

    @Test
    void givenBacnetWriteReinitializeAndCommunicationControl_whenDissected_thenConfirmedServices() {
        assertThat(run("bacnet", Frames.BACNET_WRITE_PROPERTY).events).contains("bacnet apdu type=0 service=15");
        assertThat(run("bacnet", Frames.BACNET_REINITIALIZE).events).contains("bacnet apdu type=0 service=20");
        assertThat(run("bacnet", Frames.BACNET_DEVICE_COMMUNICATION_CONTROL).events)
                .contains("bacnet apdu type=0 service=17");
    }

    @Test
    void givenDhcpDiscover_whenDissected_thenClientHostNameAndVendorClass() {
        assertThat(run("dhcp", Frames.DHCP_DISCOVER).events)
                .containsExactly("dhcp 080006aabbcc option 12=rtu-7", "dhcp 080006aabbcc option 60=MSFT 5.0");
    }
}
