package io.zonewarden.capture.dissect.iec104;

/**
 * ASDU type identifiers (IEC 60870-5-101 clause 7.2.1.1 and IEC 60870-5-104 clause 8), grouped by direction: process
 * information in monitor direction, process commands, system commands, parameters and file transfer.
 */
public final class Iec104Type {
    /** What an ASDU type does. */
    public enum Kind {
        MONITOR,
        COMMAND,
        SYSTEM,
        PARAMETER,
        FILE,
        UNKNOWN
    }

    private Iec104Type() {}

    public static Kind kind(int typeId) {
        if (typeId >= 1 && typeId <= 44) {
            return Kind.MONITOR;
        }
        if (typeId >= 45 && typeId <= 69) {
            return Kind.COMMAND;
        }
        if (typeId == 70 || (typeId >= 100 && typeId <= 107)) {
            return typeId == 70 ? Kind.MONITOR : Kind.SYSTEM;
        }
        if (typeId >= 110 && typeId <= 113) {
            return Kind.PARAMETER;
        }
        if (typeId >= 120 && typeId <= 127) {
            return Kind.FILE;
        }
        return Kind.UNKNOWN;
    }

    /** The standard's mnemonic, e.g. C_SC_NA_1 for 45, or "type_&lt;n&gt;". */
    public static String name(int typeId) {
        return switch (typeId) {
            case 1 -> "M_SP_NA_1";
            case 3 -> "M_DP_NA_1";
            case 5 -> "M_ST_NA_1";
            case 7 -> "M_BO_NA_1";
            case 9 -> "M_ME_NA_1";
            case 11 -> "M_ME_NB_1";
            case 13 -> "M_ME_NC_1";
            case 15 -> "M_IT_NA_1";
            case 30 -> "M_SP_TB_1";
            case 31 -> "M_DP_TB_1";
            case 34 -> "M_ME_TD_1";
            case 35 -> "M_ME_TE_1";
            case 36 -> "M_ME_TF_1";
            case 45 -> "C_SC_NA_1";
            case 46 -> "C_DC_NA_1";
            case 47 -> "C_RC_NA_1";
            case 48 -> "C_SE_NA_1";
            case 49 -> "C_SE_NB_1";
            case 50 -> "C_SE_NC_1";
            case 51 -> "C_BO_NA_1";
            case 58 -> "C_SC_TA_1";
            case 59 -> "C_DC_TA_1";
            case 60 -> "C_RC_TA_1";
            case 61 -> "C_SE_TA_1";
            case 62 -> "C_SE_TB_1";
            case 63 -> "C_SE_TC_1";
            case 64 -> "C_BO_TA_1";
            case 70 -> "M_EI_NA_1";
            case 100 -> "C_IC_NA_1";
            case 101 -> "C_CI_NA_1";
            case 102 -> "C_RD_NA_1";
            case 103 -> "C_CS_NA_1";
            case 104 -> "C_TS_NA_1";
            case 105 -> "C_RP_NA_1";
            case 106 -> "C_CD_NA_1";
            case 107 -> "C_TS_TA_1";
            case 110 -> "P_ME_NA_1";
            case 111 -> "P_ME_NB_1";
            case 112 -> "P_ME_NC_1";
            case 113 -> "P_AC_NA_1";
            case 120 -> "F_FR_NA_1";
            case 121 -> "F_SR_NA_1";
            case 122 -> "F_SC_NA_1";
            case 123 -> "F_LS_NA_1";
            case 124 -> "F_AF_NA_1";
            case 125 -> "F_SG_NA_1";
            case 126 -> "F_DR_TA_1";
            case 127 -> "F_SC_NB_1";
            default -> "type_" + typeId;
        };
    }
}
