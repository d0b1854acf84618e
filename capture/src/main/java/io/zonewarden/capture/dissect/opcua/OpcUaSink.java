package io.zonewarden.capture.dissect.opcua;

import io.zonewarden.capture.dissect.DissectorSink;

/** Receives OPC UA binary messages. */
public interface OpcUaSink extends DissectorSink {
    /** One message chunk: type as three ASCII letters packed big-endian (see {@link OpcUaDissector#HEL}). */
    void opcua(int messageType, int chunkType, long secureChannelId);

    /** The security policy URI of an OpenSecureChannel message. */
    void opcuaSecurityPolicy(String policyUri);

    /** The requested security mode (1 None, 2 Sign, 3 SignAndEncrypt) of an unencrypted OpenSecureChannel request. */
    void opcuaSecurityMode(int mode);

    /** The binary encoding id of the service request or response in a readable message body. */
    void opcuaService(int typeId);
}
