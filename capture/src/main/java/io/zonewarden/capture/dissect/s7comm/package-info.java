/**
 * Siemens S7comm (protocol id 0x32) inside COTP: ROSCTR, job and ack-data functions, userdata groups with SZL reads
 * (module identity); S7comm-plus (protocol id 0x72) is recognised and classified by opcode and function without
 * decoding its body.
 */
@NullMarked
package io.zonewarden.capture.dissect.s7comm;

import org.jspecify.annotations.NullMarked;
