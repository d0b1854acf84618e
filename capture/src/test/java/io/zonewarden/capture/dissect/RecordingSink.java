package io.zonewarden.capture.dissect;

import io.zonewarden.capture.dissect.bacnet.BacnetSink;
import io.zonewarden.capture.dissect.cotp.CotpSink;
import io.zonewarden.capture.dissect.dnp3.Dnp3Sink;
import io.zonewarden.capture.dissect.enip.EnipSink;
import io.zonewarden.capture.dissect.iec104.Iec104Sink;
import io.zonewarden.capture.dissect.mms.MmsSink;
import io.zonewarden.capture.dissect.modbus.ModbusSink;
import io.zonewarden.capture.dissect.mqtt.MqttSink;
import io.zonewarden.capture.dissect.opcua.OpcUaSink;
import io.zonewarden.capture.dissect.profinet.DcpSink;
import io.zonewarden.capture.dissect.s7comm.S7Sink;
import io.zonewarden.capture.dissect.tls.TlsSink;
import io.zonewarden.capture.wire.Violation;
import io.zonewarden.capture.wire.Wire;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** A sink for every dissector that writes what it is told as short text events, for assertions. */
public final class RecordingSink
        implements ModbusSink,
                CotpSink,
                S7Sink,
                MmsSink,
                Dnp3Sink,
                EnipSink,
                Iec104Sink,
                OpcUaSink,
                BacnetSink,
                DcpSink,
                MqttSink,
                TlsSink,
                io.zonewarden.capture.dissect.lldp.DiscoverySink,
                io.zonewarden.capture.dissect.dhcp.DhcpSink {
    public final List<String> events = new ArrayList<>();
    public final List<Violation> violations = new ArrayList<>();
    /** Called with the TSDU of each COTP DT that ends one (EOT), to chain S7comm or MMS. */
    public Consumer<byte[]> onTsdu = b -> {};

    @Override
    public void violation(Violation violation, int offset) {
        violations.add(violation);
    }

    @Override
    public void modbus(int transactionId, int unitId, int function, int exceptionCode, int umasFunction) {
        events.add("modbus tid=%d unit=%d fc=%d exc=%d".formatted(transactionId, unitId, function, exceptionCode)
                + (umasFunction >= 0 ? " umas=0x%x".formatted(umasFunction) : ""));
    }

    @Override
    public void cotp(int type, boolean endOfTsdu, byte[] buf, int userData, int userLength) {
        events.add("cotp type=0x%x eot=%b len=%d".formatted(type, endOfTsdu, userLength));
        if (endOfTsdu) {
            onTsdu.accept(java.util.Arrays.copyOfRange(buf, userData, userData + userLength));
        }
    }

    @Override
    public void s7comm(int rosctr, int function, int errorClass, int errorCode) {
        events.add("s7comm rosctr=%d fc=0x%x err=%d/%d".formatted(rosctr, function, errorClass, errorCode));
    }

    @Override
    public void s7Identity(String field, String value) {
        events.add("s7 " + field + "=" + value);
    }

    @Override
    public void s7commPlus(int version, int opcode, int function) {
        events.add("s7plus v=%d op=0x%x fn=0x%x".formatted(version, opcode, function));
    }

    @Override
    public void mms(int pdu, int service) {
        events.add("mms pdu=%d service=%d".formatted(pdu, service));
    }

    @Override
    public void dnp3Link(int source, int destination, boolean fromMaster, boolean primary, int linkFunction) {
        events.add("dnp3 link %d->%d master=%b prm=%b fc=%d"
                .formatted(source, destination, fromMaster, primary, linkFunction));
    }

    @Override
    public void dnp3Application(int function, int iin) {
        events.add("dnp3 app fc=%d iin=%d".formatted(function, iin));
    }

    @Override
    public void enip(int command, long status) {
        events.add("enip cmd=0x%x status=%d".formatted(command, status));
    }

    @Override
    public void cip(int service, boolean response, int classId, int instance, int generalStatus) {
        events.add("cip sc=0x%x resp=%b class=0x%x inst=%d status=%d"
                .formatted(service, response, classId, instance, generalStatus));
    }

    @Override
    public void enipIdentity(
            int vendorId,
            int deviceType,
            int productCode,
            int revisionMajor,
            int revisionMinor,
            long serial,
            byte[] buf,
            int nameOffset,
            int nameLength) {
        events.add("identity vendor=%d type=%d product=%d rev=%d.%d serial=0x%08x name=%s"
                .formatted(
                        vendorId,
                        deviceType,
                        productCode,
                        revisionMajor,
                        revisionMinor,
                        serial,
                        Wire.ascii(buf, nameOffset, nameLength)));
    }

    @Override
    public void iec104U(int function) {
        events.add("iec104 U 0x%x".formatted(function));
    }

    @Override
    public void iec104S(int receiveSequence) {
        events.add("iec104 S nr=" + receiveSequence);
    }

    @Override
    public void iec104I(int typeId, int cause, boolean negative, boolean test, int commonAddress) {
        events.add(
                "iec104 I type=%d cot=%d neg=%b test=%b ca=%d".formatted(typeId, cause, negative, test, commonAddress));
    }

    @Override
    public void opcua(int messageType, int chunkType, long secureChannelId) {
        events.add("opcua %c%c%c%c channel=%d"
                .formatted(
                        (char) (messageType >>> 16),
                        (char) ((messageType >>> 8) & 0xFF),
                        (char) (messageType & 0xFF),
                        (char) chunkType,
                        secureChannelId));
    }

    @Override
    public void opcuaSecurityPolicy(String policyUri) {
        events.add("opcua policy=" + policyUri);
    }

    @Override
    public void opcuaSecurityMode(int mode) {
        events.add("opcua mode=" + mode);
    }

    @Override
    public void opcuaService(int typeId) {
        events.add("opcua service=" + typeId);
    }

    @Override
    public void bvlc(int function) {
        events.add("bvlc fn=0x%x".formatted(function));
    }

    @Override
    public void bacnetApdu(int pduType, int service) {
        events.add("bacnet apdu type=%d service=%d".formatted(pduType, service));
    }

    @Override
    public void bacnetIAm(int deviceInstance, int vendorId) {
        events.add("bacnet i-am device=%d vendor=%d".formatted(deviceInstance, vendorId));
    }

    @Override
    public void dcp(int frameId, int serviceId, int serviceType) {
        events.add("dcp frame=0x%x service=%d type=%d".formatted(frameId, serviceId, serviceType));
    }

    @Override
    public void dcpStationName(String name) {
        events.add("dcp station=" + name);
    }

    @Override
    public void dcpIp(int address, int mask, int gateway) {
        events.add("dcp ip=%08x/%08x gw=%08x".formatted(address, mask, gateway));
    }

    @Override
    public void dcpVendor(String vendor) {
        events.add("dcp vendor=" + vendor);
    }

    @Override
    public void mqtt(int packetType) {
        events.add("mqtt type=" + packetType);
    }

    @Override
    public void mqttConnect(String clientId, int protocolLevel) {
        events.add("mqtt connect id=%s level=%d".formatted(clientId, protocolLevel));
    }

    @Override
    public void mqttTopic(int packetType, byte[] buf, int offset, int length) {
        var bytes = java.util.Arrays.copyOfRange(buf, offset, offset + length);
        events.add("mqtt topic=" + new String(bytes, StandardCharsets.UTF_8));
    }

    @Override
    public void dhcpClientOption(long mac, int option, byte[] buf, int offset, int length) {
        var bytes = java.util.Arrays.copyOfRange(buf, offset, offset + length);
        events.add("dhcp %012x option %d=%s".formatted(mac, option, new String(bytes, StandardCharsets.US_ASCII)));
    }

    @Override
    public void announced(String field, String value) {
        events.add("announced " + field + "=" + value);
    }

    @Override
    public void tlsServerName(String serverName) {
        events.add("tls sni=" + serverName);
    }
}
