/**
 * MQTT 3.1, 3.1.1 and 5.0 (OASIS) on TCP 1883: fixed header and remaining length (3.1.1 section 2.2), CONNECT client
 * identifier (3.1), PUBLISH topic (3.3) and SUBSCRIBE topic filters (3.8).
 */
@NullMarked
package io.zonewarden.capture.dissect.mqtt;

import org.jspecify.annotations.NullMarked;
