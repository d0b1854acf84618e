/**
 * Built-in alerts for OT operations that are dangerous whatever the baseline (program download, PLC stop, device
 * restart, commands and forced writes), each with the MITRE ATT&CK for ICS technique it matches.
 */
@NullMarked
package io.zonewarden.monitor.alert;

import org.jspecify.annotations.NullMarked;
