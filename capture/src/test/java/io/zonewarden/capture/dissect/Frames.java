package io.zonewarden.capture.dissect;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Application-layer frames, as hex, from the committed captures (see captures/README.md; frame numbers as tshark
 * shows them) or, for MQTT and TLS, which no public capture here carries, written by hand from the specifications.
 * Shared by the exact-field tests, the hostile-input sweeps and the fuzz seeds.
 */
public final class Frames {
    private Frames() {}

    /** Protocol to frames. */
    public static Map<String, List<String>> all() {
        var frames = new LinkedHashMap<String, List<String>>();
        frames.put("modbus", List.of(MODBUS_DIAGNOSTICS_QUERY, MODBUS_EXCEPTION));
        frames.put(
                "s7comm",
                List.of(S7_SETUP_JOB, S7_SETUP_ACK_DATA, S7_SZL_REQUEST, S7_SZL_0011_RESPONSE, S7_PLUS_CREATE_OBJECT));
        frames.put("mms", List.of(MMS_READ_IN_DT, MMS_BARE_INITIATE, MMS_CONNECT));
        frames.put(
                "dnp3",
                List.of(
                        DNP3_READ,
                        DNP3_RESPONSE,
                        DNP3_SELECT,
                        DNP3_DIRECT_OPERATE,
                        DNP3_COLD_RESTART,
                        DNP3_UNSOLICITED,
                        DNP3_WRITE));
        frames.put(
                "enip",
                List.of(
                        ENIP_LIST_IDENTITY_REQUEST,
                        ENIP_LIST_IDENTITY_REPLY,
                        ENIP_CIP_STOP,
                        ENIP_FORWARD_OPEN,
                        ENIP_UNCONNECTED_SEND,
                        ENIP_READ_TAG));
        frames.put(
                "iec104",
                List.of(
                        IEC104_I_MEASURED,
                        IEC104_I_COMMAND,
                        IEC104_U_TESTFR,
                        IEC104_SINGLE_COMMAND,
                        IEC104_INTERROGATION));
        frames.put(
                "opcua",
                List.of(
                        OPCUA_HELLO,
                        OPCUA_OPEN_REQUEST,
                        OPCUA_CREATE_SESSION,
                        OPCUA_READ,
                        OPCUA_WRITE,
                        OPCUA_BROWSE,
                        OPCUA_CALL));
        frames.put(
                "bacnet",
                List.of(
                        BACNET_I_AM,
                        BACNET_WHO_IS,
                        BACNET_READ_PROPERTY,
                        BACNET_COMPLEX_ACK,
                        BACNET_WRITE_PROPERTY,
                        BACNET_REINITIALIZE,
                        BACNET_DEVICE_COMMUNICATION_CONTROL));
        frames.put("profinet_dcp", List.of(DCP_IDENTIFY_REQUEST, DCP_IDENTIFY_RESPONSE, DCP_SET_IP));
        frames.put("mqtt", List.of(MQTT_CONNECT_311, MQTT_PUBLISH, MQTT_SUBSCRIBE, MQTT_CONNECT_5));
        frames.put("tls", List.of(TLS_CLIENT_HELLO));
        frames.put("lldp", List.of(LLDP_ANNOUNCEMENT));
        frames.put("dhcp", List.of(DHCP_DISCOVER));
        return frames;
    }

    // modbus/modbus_test_data_part1.pcap frames 8 and 9: diagnostics query, exception 11 in reply
    public static final String MODBUS_DIAGNOSTICS_QUERY = "0000000000060a0800040000";
    public static final String MODBUS_EXCEPTION = "0000000000030a880b";

    // s7comm/s7ident.pcap frames 8, 9, 10, 11; s7comm/S7-1511_db6w0_HMI.pcap frame 6
    public static final String S7_SETUP_JOB = "0300001902f08032010000000000080000f0000001000101e0";
    public static final String S7_SETUP_ACK_DATA = "0300001b02f080320300000000000800000000f0000001000101e0";
    public static final String S7_SZL_REQUEST = "0300002102f080320700000100000800080001120411440100ff09000400110000";
    public static final String S7_SZL_0011_RESPONSE = "0300009902f080320700000100000c007c000112081284010000000000ff0900"
            + "7800110000001c0004000136455337203331352d32454831342d304142302000c000040001000636455337203331352d32"
            + "454831342d304142302000c0000400010007202020202020202020202020202020202020202000c05603020600814"
            + "26f6f74204c6f61646572202020202020202020000041200909";
    public static final String S7_PLUS_CREATE_OBJECT =
            "030000f302f080720100e431000004ca0000000100000120360000011d00040000000000a1000000d3821f0000a38169"
                    + "00151653657276657253657373696f6e5f3130303030303230a38221001512303a3a3acccccccccccccccccccccccc3a"
                    + "3aa3822800150f53375f56657262696e64756e675f31a3822900151753494d41544943204e455420504320536f667477"
                    + "617265a3822a0015163a3a3a224f5043205365727665725f31223a3a564d2fa3822b000402a3822c001210000020a382"
                    + "2d00150131a1000000d3817f0000a38169001515537562736372697074696f6e436f6e7461696e6572a2a20000000072"
                    + "010000";

    // iec61850/iec61850_read.pcap frames 12 (read request in a DT) and 8 (CONNECT); mms-relinquishControl frame 8
    public static final String MMS_READ_IN_DT =
            "0300002a02f08001000100611d301b020103a016a014020100a40f800100a10aa0083006a00480026d75";
    public static final String MMS_BARE_INITIATE =
            "0300002f02f080a8268002001f81010382010383020808a416800101810305e800820c03ffffffffffffffffffffff";
    public static final String MMS_CONNECT = "030000bb02f0800db20506130100160102140200023302000134020001c19c3181"
            + "99a003800101a28191810400000001820400000001a423300f0201010604520100013004060251013010020103060528ca"
            + "22020130040602510188020600615a3058020101a053605180020780a107060528ca220203a20606042bce0f02a303020117"
            + "be35283306025101020103a02aa82880027530810203e8820203e8830105a417800101810305fb00820d03ffffffffffffff"
            + "ffffffff00";

    // dnp3/dnp3_read.pcap frames 4 and 6; dnp3/dnp3_select_operate.pcap frame 4
    public static final String DNP3_READ = "056414c4020003004503c7c8013c02063c03063c04063c010642ac";
    public static final String DNP3_RESPONSE = "05647444030002006854f4c88100000102000008810181010101d374010101"
            + "0a02000006000000000000011e6ca40100000e01ef030000010300000001ed2178030000012bd1ffff01ed03000001e62e"
            + "41c9000001170d0200000000000001b50c02c650000000000000018a0d020000000000000693000000000000000000000000"
            + "000000ffff";
    public static final String DNP3_SELECT = "05641ac40200030040f2c6c7030c0128010001000301640000008fda6400000000005b";

    // enip/enip_test.pcap frames 6 and 7; enip/cip_stop_plc.pcap frame 1
    public static final String ENIP_LIST_IDENTITY_REQUEST = "63000000000000000000000000000000c1debed100000000";
    public static final String ENIP_LIST_IDENTITY_REPLY = "63003300000000000000000000000000c1debed10000000001000c002d00"
            + "01000002af120a0101a4000000000000000001000c003a00040330008e4d52000b313735362d454e42542f4103";
    public static final String ENIP_CIP_STOP =
            "70001c0001002a00000000000000000000000000000000000000000001000200a1000400224095ffb100080006010702208e2401";

    // iec104/090813_diverse.pcap frames 1, 9 and 3
    public static final String IEC104_I_MEASURED = "681a9a0028000d02010003001405000000f041001505000000314400";
    public static final String IEC104_I_COMMAND = "681528009c003a010600030095110081080017130d086d";
    public static final String IEC104_U_TESTFR = "680443000000";

    // opcua/python_opcua-client-server_minimal.pcap frames 7, 11 and 15 (the last cut after its service id)
    public static final String OPCUA_HELLO = "48454c464a00000000000000000001000000010000000000000000002a0000006f70"
            + "632e7463703a2f2f6c6f63616c686f73743a343834302f667265656f706375612f7365727665722f";
    public static final String OPCUA_OPEN_REQUEST = "4f504e4684000000000000002f000000687474703a2f2f6f7063666f756e6461"
            + "74696f6e2e6f72672f55412f5365637572697479506f6c696379234e6f6e65ffffffffffffffff01000000010000000100be"
            + "010000647cf1a8e973d5010100000000000000ffffffffe80300000000000000000000000000010000000000000080ee3600";
    public static final String OPCUA_CREATE_SESSION =
            "4d5347461e000000090000000e00000002000000020000000100cd01000038b2f1a8";

    // bacnet/bacnet_example.pcap frames 74, 72, 1 and 2
    public static final String BACNET_I_AM = "810a001401001000c4020002d12204009103210f";
    public static final String BACNET_WHO_IS = "810b000c0120ffff00ff1008";
    public static final String BACNET_READ_PROPERTY = "810a001101040005010c0c00000001194d";
    public static final String BACNET_COMPLEX_ACK =
            "810a0021010030010c0c00000001194d3e750d0053656e736f725f34353331323f";

    // profinet/ChangeIPUsingDCP.pcap frames 1, 2 and 3 (Ethernet payload from the FrameID)
    public static final String DCP_IDENTIFY_REQUEST =
            "fefe05000100000100010004ffff00000000000000000000000000000000000000000000000000000000";
    public static final String DCP_IDENTIFY_RESPONSE = "feff0501010000010000005e0205001c000001010102020102020203020402"
            + "05033d0501050205030504ffff020100050000494e43000202000b0000583230382d424f524400020300060000002a0a01"
            + "02040004000001000102000e0001c0a80006ffffff00c0a80001";
    public static final String DCP_SET_IP =
            "fefd040001000001000000120102000e0001c0a8000affffff00c0a80001000000000000000000000000";

    // further functions and services, from the shared corpus (../shared/pcaps; file and tshark frame number given)
    // ICS-Security-Tools/pcaps/s7/step7_s300_stop.pcapng 1; s7/snap7_s300_everything.pcapng 59;
    // s7/tia_s300_downloadHwConfig.pcapng 66; ModbusTCP/mb2.pcap 2
    public static final String S7_PLC_STOP = "0300002102f0803201000035000010000029000000000009505f50524f4752414d";
    public static final String S7_PLC_CONTROL =
            "0300002302f080320100001d000012000028000000000000fd00024550055f4d4f4455";
    public static final String S7_REQUEST_DOWNLOAD =
            "0300003102f080320100007700002000001a00010000000000095f3042303030303" + "7500d31303030303934303030303232";
    public static final String S7_WRITE_VAR =
            "0300002402f080320100000001000e00050501120a1001000103e8840000050003000100";

    // ICS-Security-Tools/pcaps/dnp3/opendnp3-3/conformance/8.2.4.2/dump.pcap 16; bro/dnp3/dnp3.pcap 70;
    // dnp3/opendnp3-3/conformance/8.11.2.3/dump.pcap 4; dnp3/opendnp3-3/conformance/8.11.2.1/dump.pcap 19
    public static final String DNP3_DIRECT_OPERATE =
            "05644ec4000401003edcc0c3050c012805000a000301640000004219c800000000"
                    + "0b00030164000000c80000bea400000c00030164000000c8000000000d0f6900030164000000c800000000130003017dda640000"
                    + "00c800000008da5a";
    public static final String DNP3_COLD_RESTART = "056408c404000300b4b8cdc30daf84";
    public static final String DNP3_UNSOLICITED = "05640a44010000046788c0f082900043a2";
    public static final String DNP3_WRITE = "05640ec4000401004372c0c0025001000707002c49";

    // ICS-Security-Tools/pcaps/openics/EIP-SoftwareUpload.pcap 23; openics/EIP-IPAddressChangeAttempt.pcap 7;
    // EthernetIP/cip_unlock_cpu.pcap 1
    public static final String ENIP_FORWARD_OPEN = "6f004000000102110000000035a902002008e10000000000000000002000020000"
            + "000000b200300054022006240107f9190000801800fe8019004d00f32b95320000000000127a00f44300127a00f443a30301"
            + "0020022401";
    public static final String ENIP_UNCONNECTED_SEND = "6f00260000010211000000000681300018a7e10000000000000000000a0002"
            + "0000000000b2001600520220062401069a08000e0320f42400300801000100";
    public static final String ENIP_READ_TAG =
            "7000200000010212000000000000000000000000000000000000000001000200a1000400016b0700b1000c004c1c4c04208e240120742401";

    // ICS-Security-Tools/pcaps/IEC60870-5-104/090813_diverse.pcap 25; IEC60870-5-104/JavaRMI_and_IEC_Misc.pcap 10
    public static final String IEC104_SINGLE_COMMAND = "680e2c00a2002d010600030094110081";
    public static final String IEC104_INTERROGATION = "680e00000000640106010d9100000014";

    // icsnpp-opcua-binary/pcaps: open62541_read_service_test_data.pcap 25,
    // open62541_client-server_mainloop-withStringTable.pcap 91 and 123, open62541_browse_has_server_idx.pcap 191
    public static final String OPCUA_READ = "4d5347467f0000000100000001000000050000000500000001007702040100a652a8f997"
            + "e4a4d416f11fd1fbef7ed7d6af004ba2d9d8010600000000000000ffffffff0000000000000000000000000000000000000001"
            + "00000003010010000000426f6f6c65616e2e5661726961626c650d000000ffffffff0000ffffffff";
    public static final String OPCUA_WRITE = "4d5347466d000000020000000200000015000000150000000100a102040100a79694b3d9"
            + "4b557fa31a6116f21f4104fcd5484e41e7d5011600000000000000ffffffff00000000000000010000000301000a0000007468"
            + "652e616e737765720d000000ffffffff010601000000";
    public static final String OPCUA_BROWSE = "4d534746710000000400000004000000040000000400000001000f02040100d2db107e"
            + "ffa507ed5345b48b8d78f7ff58f9440f88a7d8010400000000000000ffffffffe803000000000000002aeb350a88a7d8010000"
            + "00000100000001000000005702000000002301000000003f000000";
    public static final String OPCUA_CALL = "4d53474669000000020000000200000018000000180000000100c802040100a79694b3d94"
            + "b557fa31a6116f21f41041cea694e41e7d5011900000000000000ffffffff0000000000000001000000005501014df4010000"
            + "000c0c00000048656c6c6f20536572766572";

    // icsnpp-bacnet/testing/traces: bacnet_services.pcap 3 and 265, bacnet_example.pcap 572
    public static final String BACNET_WRITE_PROPERTY = "810a001f01240003016cff0203020f0c0040006519553e44424800003f490a";
    public static final String BACNET_REINITIALIZE = "810a001101040005011409061d0b0044656c63617474793730";
    public static final String BACNET_DEVICE_COMMUNICATION_CONTROL = "810a001301240003016cff0203841119012900";

    // MQTT 3.1.1 CONNECT and PUBLISH (OASIS 3.1, 3.3), 5.0 SUBSCRIBE and CONNECT (3.8.2.1, 3.1.2.11): by hand
    public static final String MQTT_CONNECT_311 = "101200044d5154540402003c0006706c632d3137";
    public static final String MQTT_PUBLISH = "300e000a736974652f70756d70313432";
    public static final String MQTT_SUBSCRIBE = "820d0001000007616c61726d2f2300";
    public static final String MQTT_CONNECT_5 = "101300044d5154540502003c000006706c632d3137";

    // LLDPDU (IEEE 802.1AB 8.5): chassis id, port id, TTL, port description, system name, end; written by hand
    public static final String LLDP_ANNOUNCEMENT =
            "020704080006aabbcc0403077031060200780806706f727420330a0973772d63656c6c2d320000";

    // DHCPDISCOVER (RFC 2131/2132) from 08:00:06:aa:bb:cc with host name "rtu-7" and vendor class "MSFT 5.0"; by hand
    public static final String DHCP_DISCOVER = "010106000000abcd00000000" + "00".repeat(16) + "080006aabbcc"
            + "00".repeat(10 + 64 + 128) + "63825363350101" + "0c057274752d37" + "3c084d53465420352e30" + "ff";

    // TLS 1.2 ClientHello with server_name "hmi.plant.example" (RFC 5246 7.4.1.2, RFC 6066 3): written by hand
    public static final String TLS_CLIENT_HELLO = "1603010049010000450303" + "00".repeat(32)
            + "000002c02f0100001a00000016001400001168"
            + "6d692e706c616e742e6578616d706c65";
}
