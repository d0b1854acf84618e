package io.zonewarden.capture.dissect.mqtt;

import io.zonewarden.capture.dissect.DissectorSink;

/** Receives MQTT control packets. */
public interface MqttSink extends DissectorSink {
    /** One control packet: type 1 CONNECT ... 14 DISCONNECT, 15 AUTH (see {@link MqttDissector#label}). */
    void mqtt(int packetType);

    /** The client identifier and protocol level of a CONNECT. */
    void mqttConnect(String clientId, int protocolLevel);

    /** A topic name (PUBLISH) or topic filter (SUBSCRIBE), as bytes in {@code buf}: copy only what you keep. */
    void mqttTopic(int packetType, byte[] buf, int offset, int length);
}
