package io.zonewarden.capture.dissect.mqtt;

import io.zonewarden.capture.dissect.StreamFraming;
import io.zonewarden.capture.wire.Violation;
import io.zonewarden.capture.wire.Wire;

/**
 * MQTT control packet: fixed header (type in the high nibble, flags), remaining length as a variable byte integer of
 * at most four octets (MQTT 3.1.1 2.2.3, 5.0 1.5.5), then variable header and payload. Strings are a 2-octet length
 * and UTF-8 bytes (3.1.1 1.5.3). Version 5.0 adds a properties block (variable byte integer length) to CONNECT
 * (3.1.2.11), PUBLISH (3.3.2.3) and SUBSCRIBE (3.8.2.1). Stateless.
 */
public final class MqttDissector extends StreamFraming {
    public static final int PORT = 1883;
    public static final int CONNECT = 1, PUBLISH = 3, SUBSCRIBE = 8;
    private static final String[] NAMES = {
        "reserved",
        "connect",
        "connack",
        "publish",
        "puback",
        "pubrec",
        "pubrel",
        "pubcomp",
        "subscribe",
        "suback",
        "unsubscribe",
        "unsuback",
        "pingreq",
        "pingresp",
        "disconnect",
        "auth"
    };
    private static final int MAX_TOPICS = 32;

    public static String label(int packetType) {
        return packetType >= 0 && packetType < NAMES.length ? NAMES[packetType] : "type_" + packetType;
    }

    @Override
    public boolean accepts(byte[] buf, int offset, int available) {
        return available >= 2 && (Wire.u8(buf, offset) >>> 4) != 0;
    }

    @Override
    public int pduLength(byte[] buf, int offset, int available) {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            if (available < 2 + i) {
                return NEED_MORE;
            }
            int b = Wire.u8(buf, offset + 1 + i);
            value |= (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) {
                return 2 + i + value;
            }
        }
        return DESYNC;
    }

    /** Dissects one complete control packet; {@code protocolLevel} is 5 when the connection negotiated MQTT 5.0. */
    public void dissect(byte[] buf, int offset, int length, int protocolLevel, MqttSink sink) {
        int header = pduLength(buf, offset, length);
        if (header < 0 || header > length) {
            sink.violation(Violation.BAD_MQTT_HEADER, offset);
            return;
        }
        int type = Wire.u8(buf, offset) >>> 4;
        int flags = Wire.u8(buf, offset) & 0x0F;
        sink.mqtt(type);
        int end = offset + length;
        int pos = offset + 1;
        while (pos < end && (Wire.u8(buf, pos) & 0x80) != 0) {
            pos++;
        }
        pos++; // last remaining-length octet
        switch (type) {
            case CONNECT -> connect(buf, pos, end, sink);
            case PUBLISH -> {
                int topicLength = pos + 2 <= end ? Wire.u16be(buf, pos) : -1;
                if (topicLength < 0 || pos + 2 + topicLength > end) {
                    sink.violation(Violation.TRUNCATED_PDU, pos);
                    return;
                }
                sink.mqttTopic(type, buf, pos + 2, topicLength);
            }
            case SUBSCRIBE -> {
                pos += 2; // packet identifier
                if (protocolLevel >= 5) {
                    pos = skipProperties(buf, pos, end);
                }
                for (int i = 0; i < MAX_TOPICS && pos >= 0 && pos + 2 <= end; i++) {
                    int n = Wire.u16be(buf, pos);
                    if (pos + 2 + n + 1 > end) {
                        sink.violation(Violation.TRUNCATED_PDU, pos);
                        return;
                    }
                    sink.mqttTopic(type, buf, pos + 2, n);
                    pos += 2 + n + 1; // filter and its options octet
                }
            }
            default -> {
                if (flags != 0 && type != 6 && type != 10) {
                    // 3.1.1 2.2.2: only PUBLISH, PUBREL, SUBSCRIBE and UNSUBSCRIBE have non-zero flags
                    sink.violation(Violation.BAD_MQTT_HEADER, offset);
                }
            }
        }
    }

    /** CONNECT: protocol name, level, flags, keep alive, [properties], client identifier. */
    private static void connect(byte[] buf, int pos, int end, MqttSink sink) {
        if (pos + 2 > end) {
            sink.violation(Violation.TRUNCATED_PDU, pos);
            return;
        }
        int nameLength = Wire.u16be(buf, pos);
        pos += 2 + nameLength;
        if (pos + 4 > end) {
            sink.violation(Violation.TRUNCATED_PDU, pos);
            return;
        }
        int level = Wire.u8(buf, pos);
        pos += 4; // level, flags, keep alive
        if (level >= 5) {
            pos = skipProperties(buf, pos, end);
        }
        if (pos < 0 || pos + 2 > end) {
            sink.violation(Violation.TRUNCATED_PDU, Math.max(pos, 0));
            return;
        }
        int idLength = Wire.u16be(buf, pos);
        if (pos + 2 + idLength > end) {
            sink.violation(Violation.TRUNCATED_PDU, pos);
            return;
        }
        sink.mqttConnect(Wire.ascii(buf, pos + 2, Math.min(idLength, 256)), level);
    }

    private static int skipProperties(byte[] buf, int pos, int end) {
        int value = 0;
        for (int i = 0; i < 4; i++) {
            if (pos + i >= end) {
                return -1;
            }
            int b = Wire.u8(buf, pos + i);
            value |= (b & 0x7F) << (7 * i);
            if ((b & 0x80) == 0) {
                int next = pos + i + 1 + value;
                return next > end ? -1 : next;
            }
        }
        return -1;
    }
}
