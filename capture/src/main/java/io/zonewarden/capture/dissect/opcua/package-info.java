/**
 * OPC UA Connection Protocol and Secure Conversation binary messages (OPC 10000-6, clauses 7.1.2 and 6.7): message
 * header, secure channel, security policy and mode, and the service type of unencrypted messages.
 */
@NullMarked
package io.zonewarden.capture.dissect.opcua;

import org.jspecify.annotations.NullMarked;
