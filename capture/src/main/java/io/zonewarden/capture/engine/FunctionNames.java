package io.zonewarden.capture.engine;

import io.zonewarden.capture.dissect.bacnet.BacnetService;
import io.zonewarden.capture.dissect.dnp3.Dnp3Function;
import io.zonewarden.capture.dissect.enip.CipService;
import io.zonewarden.capture.dissect.enip.EnipCommand;
import io.zonewarden.capture.dissect.iec104.Iec104Type;
import io.zonewarden.capture.dissect.modbus.ModbusFunction;
import io.zonewarden.capture.dissect.modbus.UmasFunction;
import io.zonewarden.capture.dissect.mqtt.MqttDissector;
import io.zonewarden.capture.dissect.opcua.OpcUaService;
import io.zonewarden.capture.dissect.s7comm.S7Function;
import io.zonewarden.capture.dissect.s7comm.S7PlusFunction;
import io.zonewarden.capture.flow.AppProtocol;

/** Names for the function codes the engine records, from each protocol's code table. Used when reporting only. */
public final class FunctionNames {
    private FunctionNames() {}

    /**
     * Set in a Modbus code that carries a UMAS function: {@code UMAS | umasFunction << 8 | 90}. Above the exception
     * bit (0x80) and the UMAS byte, so that plain Modbus codes keep their values.
     */
    public static final int UMAS = 0x10000;

    private static String umas(int function) {
        return UmasFunction.of(function) == UmasFunction.UNKNOWN
                ? "umas_0x" + Integer.toHexString(function)
                : UmasFunction.of(function).label();
    }

    public static String name(AppProtocol protocol, int code) {
        return switch (protocol) {
            case MODBUS ->
                (code & UMAS) != 0
                        ? umas((code >>> 8) & 0xFF)
                        : (ModbusFunction.of(code & 0x7F) == ModbusFunction.UNKNOWN
                                        ? "function_" + (code & 0x7F)
                                        : ModbusFunction.of(code & 0x7F).label())
                                + ((code & 0x80) != 0 ? "_exception" : "");
            case S7COMM ->
                S7Function.of(code) == S7Function.UNKNOWN
                        ? "function_0x" + Integer.toHexString(code)
                        : S7Function.of(code).label();
            case S7COMM_PLUS -> s7commPlus(code);
            case DNP3 ->
                Dnp3Function.of(code) == Dnp3Function.UNKNOWN
                        ? "function_" + code
                        : Dnp3Function.of(code).label();
            case ENIP ->
                code == 0x010000
                        ? "io_data"
                        : EnipCommand.of(code) == EnipCommand.UNKNOWN
                                ? "command_0x" + Integer.toHexString(code)
                                : EnipCommand.of(code).label();
            case CIP ->
                CipService.of(code) == CipService.UNKNOWN
                        ? "service_0x" + Integer.toHexString(code)
                        : CipService.of(code).label();
            case IEC104 -> {
                if (code == 0x2000) {
                    yield "s_frame";
                }
                if ((code & 0x1000) != 0) {
                    yield switch (code & 0xFF) {
                        case 0x04 -> "startdt_act";
                        case 0x08 -> "startdt_con";
                        case 0x10 -> "stopdt_act";
                        case 0x20 -> "stopdt_con";
                        case 0x40 -> "testfr_act";
                        case 0x80 -> "testfr_con";
                        default -> "u_frame_0x" + Integer.toHexString(code & 0xFF);
                    };
                }
                yield Iec104Type.name(code);
            }
            case OPCUA -> OpcUaService.label(code);
            case BACNET -> bacnet(code >>> 8, code & 0xFF);
            case PROFINET_DCP -> dcp(code >>> 8) + (((code & 0xFF) & 1) != 0 ? "_response" : "_request");
            case MQTT -> MqttDissector.label(code);
            case MMS -> mms(code >>> 8, code & 0xFF);
            default -> "code_" + code;
        };
    }

    /**
     * What a function does to the device it is sent to, for conduit policies: {@code read}, {@code write}, {@code
     * control} (operate, start/stop, restart), {@code program} (download, upload, firmware), {@code diagnostic},
     * {@code file}, {@code session}, {@code monitor} (data sent by the device itself), {@code response} or {@code
     * other}.
     */
    public static String access(AppProtocol protocol, int code) {
        String kind = switch (protocol) {
            case MODBUS ->
                (code & UMAS) != 0
                        ? UmasFunction.of((code >>> 8) & 0xFF).kind().name()
                        : ModbusFunction.of(code & 0x7F).access().name();
            case S7COMM -> S7Function.of(code).kind().name();
            case S7COMM_PLUS -> s7commPlusAccess(code);
            case DNP3 -> Dnp3Function.of(code).kind().name();
            case CIP -> CipService.of(code).kind().name();
            case IEC104 -> iec104Access(code);
            case OPCUA -> opcUaAccess(code);
            case BACNET -> bacnetAccess(code >>> 8, code & 0xFF);
            case PROFINET_DCP -> (code >>> 8) == 4 ? "WRITE" : "READ";
            case MMS -> mmsAccess(code >>> 8, code & 0xFF);
            case MQTT -> (code == 3 ? "WRITE" : code == 8 ? "READ" : "SESSION");
            default -> "OTHER";
        };
        return kind.toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * S7comm-plus codes are {@code opcode << 16 | function}: a request is named by its function, a response by its
     * function with {@code _response}. A SetVariable request that stops or starts the CPU has opcode {@code 0x80 |
     * state} (1 STOP, 3 RUN; see the engine); other opcodes keep no function.
     */
    private static String s7commPlus(int code) {
        int opcode = code >>> 16 & 0xFF, function = code & 0xFFFF;
        if (function == S7PlusFunction.SET_VARIABLE.code() && opcode == 0x81) return "plc_stop";
        if (function == S7PlusFunction.SET_VARIABLE.code() && opcode == 0x83) return "plc_start";
        String name = S7PlusFunction.of(function) == S7PlusFunction.UNKNOWN
                ? "function_0x" + Integer.toHexString(function)
                : S7PlusFunction.of(function).label();
        return switch (opcode) {
            case 0x31 -> name;
            case 0x32 -> name + "_response";
            case 0x33 -> "notification";
            default -> "opcode_0x" + Integer.toHexString(opcode);
        };
    }

    private static String s7commPlusAccess(int code) {
        int opcode = code >>> 16 & 0xFF, function = code & 0xFFFF;
        return switch (opcode) {
            case 0x31 -> S7PlusFunction.of(function).kind().name();
            case 0x32 -> "RESPONSE";
            case 0x33 -> "MONITOR";
            case 0x81, 0x83 -> function == S7PlusFunction.SET_VARIABLE.code() ? "CONTROL" : "OTHER";
            default -> "OTHER";
        };
    }

    private static String iec104Access(int code) {
        if (code >= 0x1000) {
            return "SESSION"; // U and S frames: link control
        }
        return switch (Iec104Type.kind(code)) {
            case MONITOR -> "MONITOR";
            case COMMAND -> "CONTROL";
            case SYSTEM -> code == 105 ? "CONTROL" : "READ"; // reset process; interrogation, clock sync, read
            case PARAMETER -> "WRITE";
            case FILE -> "FILE";
            case UNKNOWN -> "OTHER";
        };
    }

    private static String opcUaAccess(int typeId) {
        return switch (OpcUaService.of(typeId)) {
            case WRITE, HISTORY_UPDATE, ADD_NODES, ADD_REFERENCES, DELETE_NODES, DELETE_REFERENCES -> "WRITE";
            case CALL -> "CONTROL";
            case READ,
                    HISTORY_READ,
                    BROWSE,
                    BROWSE_NEXT,
                    TRANSLATE_BROWSE_PATHS_TO_NODE_IDS,
                    QUERY_FIRST,
                    QUERY_NEXT,
                    PUBLISH,
                    REPUBLISH,
                    CREATE_MONITORED_ITEMS,
                    MODIFY_MONITORED_ITEMS,
                    CREATE_SUBSCRIPTION,
                    MODIFY_SUBSCRIPTION -> "READ";
            case UNKNOWN -> "OTHER";
            default -> "SESSION";
        };
    }

    private static String bacnetAccess(int pduType, int service) {
        if (pduType == 0) {
            return service == 17 || service == 20 ? "CONTROL" : BacnetService.isWrite(true, service) ? "WRITE" : "READ";
        }
        if (pduType == 1) {
            return service == 10 ? "WRITE" : service == 6 || service == 9 ? "CONTROL" : "MONITOR";
        }
        return "RESPONSE";
    }

    private static String mmsAccess(int pdu, int service) {
        if (pdu != 0) {
            return pdu == 3 ? "MONITOR" : pdu == 8 || pdu == 11 ? "SESSION" : "RESPONSE";
        }
        return switch (service) {
            case 5 -> "WRITE";
            case 26, 27, 28, 29, 30 -> "CONTROL";
            default -> "READ";
        };
    }

    private static String bacnet(int pduType, int service) {
        return switch (pduType) {
            case 0 -> BacnetService.label(true, service);
            case 1 -> BacnetService.label(false, service);
            case 2 -> "simple_ack_" + BacnetService.label(true, service);
            case 3 -> "complex_ack_" + BacnetService.label(true, service);
            case 4 -> "segment_ack";
            case 5 -> "error_" + BacnetService.label(true, service);
            case 6 -> "reject";
            case 7 -> "abort";
            default -> "pdu_" + pduType;
        };
    }

    private static String dcp(int service) {
        return switch (service) {
            case 3 -> "get";
            case 4 -> "set";
            case 5 -> "identify";
            case 6 -> "hello";
            default -> "service_" + service;
        };
    }

    /** MMSpdu choices (ISO 9506-2 7.1) and confirmed service choices (ISO 9506-2 7.4). */
    private static String mms(int pdu, int service) {
        String pduName = switch (pdu) {
            case 0 -> "confirmed_request";
            case 1 -> "confirmed_response";
            case 2 -> "confirmed_error";
            case 3 -> "unconfirmed";
            case 4 -> "reject";
            case 5 -> "cancel_request";
            case 6 -> "cancel_response";
            case 7 -> "cancel_error";
            case 8 -> "initiate_request";
            case 9 -> "initiate_response";
            case 10 -> "initiate_error";
            case 11 -> "conclude_request";
            case 12 -> "conclude_response";
            case 13 -> "conclude_error";
            default -> "pdu_" + pdu;
        };
        if ((pdu != 0 && pdu != 1) || service == 0xFF) {
            return pduName;
        }
        String serviceName = switch (service) {
            case 0 -> "status";
            case 1 -> "get_name_list";
            case 2 -> "identify";
            case 3 -> "rename";
            case 4 -> "read";
            case 5 -> "write";
            case 6 -> "get_variable_access_attributes";
            case 11 -> "define_named_variable_list";
            case 12 -> "get_named_variable_list_attributes";
            case 13 -> "delete_named_variable_list";
            case 26 -> "start";
            case 27 -> "stop";
            case 28 -> "resume";
            case 29 -> "reset";
            case 30 -> "kill";
            default -> "service_" + service;
        };
        return pduName + "_" + serviceName;
    }
}
