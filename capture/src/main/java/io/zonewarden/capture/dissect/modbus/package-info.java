/**
 * Modbus/TCP (MODBUS Messaging on TCP/IP Implementation Guide v1.0b; MODBUS Application Protocol v1.1b3): MBAP
 * header, unit id, function codes, exceptions, and the access class of each function (read, write, diagnostic,
 * program).
 */
@NullMarked
package io.zonewarden.capture.dissect.modbus;

import org.jspecify.annotations.NullMarked;
