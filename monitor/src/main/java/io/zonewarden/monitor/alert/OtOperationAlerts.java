package io.zonewarden.monitor.alert;

import io.zonewarden.capture.CaptureAnalysis;
import io.zonewarden.capture.FunctionCount;
import io.zonewarden.core.zoning.Severity;
import io.zonewarden.monitor.policy.Endpoint;
import io.zonewarden.monitor.policy.PlantMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Alert rules for OT operations that are dangerous whatever the baseline: program download and upload, firmware,
 * stopping or restarting a controller, commands that operate the process, and writes to outputs and parameters. Each
 * rule is a value in {@link #RULES}: the first that matches a function names the alert.
 */
public final class OtOperationAlerts {

    /** One rule: the protocol keys it applies to (empty: all), the function names or access class it matches. */
    record Rule(
            String id,
            Severity severity,
            AttackTechnique technique,
            String title,
            List<String> protocols,
            List<String> names,
            String access) {

        boolean matches(FunctionCount f) {
            if (!protocols.isEmpty() && !protocols.contains(f.protocol())) return false;
            if (!names.isEmpty()) return names.contains(f.name());
            return access.equals(f.access());
        }
    }

    static final List<Rule> RULES = List.of(
            new Rule(
                    "OT-PROGRAM-UPLOAD",
                    Severity.WARNING,
                    AttackTechnique.T0845,
                    "program upload from a controller",
                    List.of("s7comm", "modbus"),
                    List.of(
                            "start_upload",
                            "upload",
                            "end_upload",
                            "umas_initialize_upload",
                            "umas_upload_block",
                            "umas_end_upload"),
                    ""),
            new Rule(
                    "OT-PROGRAM-DOWNLOAD",
                    Severity.ERROR,
                    AttackTechnique.T0843,
                    "program download to a controller",
                    List.of("s7comm", "modbus"),
                    List.of(
                            "request_download",
                            "download_block",
                            "download_ended",
                            "umas_initialize_download",
                            "umas_download_block",
                            "umas_end_download"),
                    ""),
            new Rule(
                    "OT-PLC-STOP",
                    Severity.ERROR,
                    AttackTechnique.T0858,
                    "controller stopped",
                    List.of("s7comm", "s7comm_plus", "modbus"),
                    List.of("plc_stop", "umas_stop_plc"),
                    ""),
            new Rule(
                    "OT-PLC-CONTROL",
                    Severity.ERROR,
                    AttackTechnique.T0858,
                    "controller started or mode changed",
                    List.of("s7comm", "s7comm_plus", "modbus"),
                    List.of("plc_control", "userdata_mode_transition", "plc_start", "umas_start_plc"),
                    ""),
            new Rule(
                    "OT-DEVICE-RESTART",
                    Severity.ERROR,
                    AttackTechnique.T0816,
                    "device restart or reset",
                    List.of(),
                    List.of(
                            "cold_restart",
                            "warm_restart",
                            "initialize_data",
                            "reset",
                            "reinitialize_device_request",
                            "c_rp_na_1"),
                    ""),
            new Rule(
                    "OT-CIP-STOP",
                    Severity.ERROR,
                    AttackTechnique.T0858,
                    "controller stopped or started (CIP)",
                    List.of("cip"),
                    List.of("stop", "start"),
                    ""),
            new Rule(
                    "OT-APPLICATION-CONTROL",
                    Severity.ERROR,
                    AttackTechnique.T0858,
                    "outstation application started, stopped or reconfigured (DNP3)",
                    List.of("dnp3"),
                    List.of("start_appl", "stop_appl", "initialize_appl", "activate_config", "save_config"),
                    ""),
            new Rule(
                    "OT-COMMUNICATION-CONTROL",
                    Severity.ERROR,
                    AttackTechnique.T0814,
                    "device told to stop communicating (BACnet)",
                    List.of("bacnet"),
                    List.of("device_communication_control"),
                    ""),
            // the programming functions carry reads as well as downloads; those whose sub-functions are not known
            // (Concept, Modicon, an unknown UMAS code) flag the session as the engineering access it is
            new Rule(
                    "OT-MODBUS-PROGRAM",
                    Severity.WARNING,
                    AttackTechnique.T0843,
                    "engineering session over a Modbus programming function (UMAS, Concept, Modicon): may download"
                            + " or upload programs",
                    List.of("modbus"),
                    List.of(),
                    "program"),
            // sub-function 1 restarts the device's communications (MODBUS Application Protocol v1.1b3, 6.8.1)
            new Rule(
                    "OT-MODBUS-DIAGNOSTICS",
                    Severity.WARNING,
                    AttackTechnique.T0816,
                    "Modbus diagnostics (one sub-function restarts the device's communications)",
                    List.of("modbus"),
                    List.of("diagnostics"),
                    ""),
            new Rule(
                    "OT-FIRMWARE",
                    Severity.ERROR,
                    AttackTechnique.T0857,
                    "program or firmware transfer",
                    List.of(),
                    List.of(),
                    "program"),
            new Rule(
                    "OT-COMMAND",
                    Severity.WARNING,
                    AttackTechnique.T0855,
                    "command that operates the process",
                    List.of(),
                    List.of(),
                    "control"),
            new Rule(
                    "OT-FORCED-OUTPUT",
                    Severity.WARNING,
                    AttackTechnique.T0855,
                    "write to outputs (coils)",
                    List.of("modbus"),
                    List.of("write_single_coil", "write_multiple_coils"),
                    ""),
            new Rule(
                    "OT-DCP-SET",
                    Severity.WARNING,
                    AttackTechnique.T0836,
                    "station name or IP address set over PROFINET DCP",
                    List.of("profinet_dcp"),
                    List.of("set_request"),
                    ""),
            new Rule(
                    "OT-WRITE",
                    Severity.INFO,
                    AttackTechnique.T0836,
                    "parameter or value written",
                    List.of("modbus", "s7comm", "s7comm_plus", "dnp3", "cip", "opcua", "bacnet", "iec104", "mms"),
                    List.of(),
                    "write"));

    private OtOperationAlerts() {}

    /**
     * What the rules look at in a function count. A class rather than a record, whose equals and hashCode would be
     * bootstrapped through method handles at their first call in every run, and rather than the three joined in one
     * text, which made and hashed a new string for each of the capture's 10^5 function counts: the counts of one
     * function share their strings, whose hashes are kept and which compare equal at once.
     */
    private static final class Kind {
        private final String protocol, name, access;

        Kind(FunctionCount function) {
            this.protocol = function.protocol();
            this.name = function.name();
            this.access = function.access();
        }

        @Override
        public boolean equals(@org.jspecify.annotations.Nullable Object o) {
            return o instanceof Kind k && protocol.equals(k.protocol) && name.equals(k.name) && access.equals(k.access);
        }

        @Override
        public int hashCode() {
            return (protocol.hashCode() * 31 + name.hashCode()) * 31 + access.hashCode();
        }
    }

    /** The alert for one function, if a rule matches it. */
    static Optional<Rule> rule(FunctionCount function) {
        for (var rule : RULES) {
            if (rule.matches(function)) return Optional.of(rule);
        }
        return Optional.empty();
    }

    /** Every dangerous operation in the capture, one alert per flow and function. */
    public static List<Alert> raise(CaptureAnalysis analysis, PlantMap map) {
        var alerts = new ArrayList<Alert>();
        // an address is looked up in the plant once, however many of its flows raise an alert
        var endpoints = new java.util.HashMap<String, Endpoint>();
        // a capture has some 10^4 function counts of a few dozen kinds: each kind is matched against the rules once
        var rules = new java.util.HashMap<Kind, Optional<Rule>>();
        for (var flow : analysis.flows()) {
            @org.jspecify.annotations.Nullable
            List<String> evidence = null; // most flows raise nothing: name their frames only when one does
            for (var function : flow.functions()) {
                var rule = rules.computeIfAbsent(new Kind(function), kind -> rule(function));
                if (rule.isEmpty()) continue;
                if (evidence == null) {
                    evidence = flow.firstFrame() <= 0
                            ? analysis.files().stream().map(Path::toString).toList()
                            : List.of(analysis.frameInFile(flow.firstFrame()), analysis.frameInFile(flow.lastFrame()));
                }
                Endpoint client = endpoints.computeIfAbsent(flow.clientAddress(), a -> map.endpoint(a, null));
                Endpoint server = endpoints.computeIfAbsent(flow.serverAddress(), a -> map.endpoint(a, null));
                alerts.add(new Alert(
                        rule.get().id(),
                        rule.get().severity(),
                        rule.get().technique(),
                        rule.get().title(),
                        client,
                        server,
                        function.protocol(),
                        function.name(),
                        function.code(),
                        function.count(),
                        flow.firstSeen(),
                        flow.lastSeen(),
                        evidence,
                        flow.clientPort(),
                        flow.serverPort()));
            }
        }
        alerts.sort((a, b) -> {
            int bySeverity = a.severity().compareTo(b.severity());
            return bySeverity != 0 ? bySeverity : a.rule().compareTo(b.rule());
        });
        return alerts;
    }
}
